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
import { firstIndexReaching } from '../sorted.ts';
import type { AuthorRole, Finding, FindingOf, Section } from '../types.ts';
import { NoteMemo } from '../note-memo.ts';

export interface AuthoredText {
  findings: readonly Finding[];
  sections: readonly Section[];
}

const isHeader = (f: Finding): f is FindingOf<'author'> =>
  f.type === 'author' && !f.assertion.negated && !f.assertion.hypothetical && !f.assertion.family;

/** A result's author headers by scope, each list in order of start (headers at one start in findings order). */
interface Headers {
  note: ReadonlyArray<FindingOf<'author'>>;
  section: ReadonlyArray<FindingOf<'author'>>;
  /** Each section-scoped header's own section (found when first asked). */
  own: Map<FindingOf<'author'>, Section | undefined>;
}

/**
 * The author headers of a result, kept per findings array: rules ask who wrote each of thousands of
 * findings, and walking every finding (or every header) for each question grew with the square of the
 * note; the header before an offset is found by binary search instead.
 */
const headersOf = new NoteMemo<readonly Finding[], { length: number; headers: Headers }>('author headers');

function authorHeaders(findings: readonly Finding[]): Headers {
  let kept = headersOf.get(findings);
  // An array that grew since (findings still being gathered) is read afresh.
  if (!kept || kept.length !== findings.length) {
    const all = findings.filter(isHeader);
    const byStart = (scope: 'note' | 'section') =>
      all.filter((f) => (f.attributes.scope === 'note') === (scope === 'note')).sort((a, b) => a.start - b.start);
    headersOf.set(findings, (kept = { length: findings.length, headers: { note: byStart('note'), section: byStart('section'), own: new Map() } }));
  }
  return kept.headers;
}

/** The last header that starts at or before `offset` (of several at one start, the last in findings order). */
function lastAtOrBefore(headers: ReadonlyArray<FindingOf<'author'>>, offset: number): FindingOf<'author'> | null {
  return headers[firstIndexReaching(headers, (f) => f.start > offset) - 1] ?? null;
}

/** The role that covers `offset` (UTF-16 offset into the note); 'provider' when no author header does. */
export function authorRoleAt(result: AuthoredText, offset: number): AuthorRole {
  const headers = authorHeaders(result.findings);
  const note = lastAtOrBefore(headers.note, offset);
  const section = lastAtOrBefore(headers.section, offset);
  if (section && (!note || section.start > note.start)) {
    if (!headers.own.has(section)) headers.own.set(section, result.sections.find((s) => s.start <= section.start && section.start < s.end));
    const own = headers.own.get(section);
    if (own && offset < own.end) return section.attributes.role;
  }
  return note ? note.attributes.role : 'provider';
}

/** Whether the text at `offset` is the provider's (a diagnosis there may be coded). */
export function isProviderText(result: AuthoredText, offset: number): boolean {
  return authorRoleAt(result, offset) === 'provider';
}
