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

/** The role that covers `offset` (UTF-16 offset into the note); 'provider' when no author header does. */
export function authorRoleAt(result: AuthoredText, offset: number): AuthorRole {
  let note: FindingOf<'author'> | null = null;
  let section: FindingOf<'author'> | null = null;
  for (const f of result.findings) {
    if (!isHeader(f) || f.start > offset) continue;
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
