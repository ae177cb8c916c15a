/**
 * Who wrote the text at an offset (Guideline I.B.14): a BMI, a nutrition-focused exam or a pressure
 * ulcer stage may come from any clinician, a diagnosis only from the provider. Pure: reads the
 * `author` findings and sections of a lint result.
 *
 * Coverage: a note-scoped author (a note title such as "RD note", "H&P", or a bare role before the
 * first section header) covers the text up to the next note-scoped author; a section-scoped author
 * (a bare role such as "PT:" inside a section) covers the rest of its section only. Text no author
 * covers is the provider's: a note without headers is a provider note. Negated, hypothetical or
 * family "authors" cover nothing.
 */
import type { AuthorRole, Finding, FindingOf, Section } from '../types.ts';

export interface AuthoredText {
  findings: readonly Finding[];
  sections: readonly Section[];
}

const isHeader = (f: Finding): f is FindingOf<'author'> =>
  f.type === 'author' && !f.assertion.negated && !f.assertion.hypothetical && !f.assertion.family;

/**
 * The author headers of a result, kept per findings array: rules ask who wrote each of thousands of
 * findings, and walking every finding for each question grew with the square of the note.
 */
const headersOf = new WeakMap<readonly Finding[], { length: number; headers: ReadonlyArray<FindingOf<'author'>> }>();

function authorHeaders(findings: readonly Finding[]): ReadonlyArray<FindingOf<'author'>> {
  let kept = headersOf.get(findings);
  // An array that grew since (findings still being gathered) is read afresh.
  if (!kept || kept.length !== findings.length) headersOf.set(findings, (kept = { length: findings.length, headers: findings.filter(isHeader) }));
  return kept.headers;
}

/** The role that covers `offset` (UTF-16 offset into the note); 'provider' when no author header does. */
export function authorRoleAt(result: AuthoredText, offset: number): AuthorRole {
  let note: FindingOf<'author'> | null = null;
  let section: FindingOf<'author'> | null = null;
  for (const f of authorHeaders(result.findings)) {
    if (f.start > offset) continue;
    if (f.attributes.scope === 'note') {
      if (!note || f.start >= note.start) note = f;
    } else if (!section || f.start >= section.start) {
      section = f;
    }
  }
  if (section && (!note || section.start > note.start)) {
    const own = result.sections.find((s) => s.start <= section.start && section.start < s.end);
    if (own && offset < own.end) return section.attributes.role;
  }
  return note ? note.attributes.role : 'provider';
}

/** Whether the text at `offset` is the provider's (a diagnosis there may be coded). */
export function isProviderText(result: AuthoredText, offset: number): boolean {
  return authorRoleAt(result, offset) === 'provider';
}
