/**
 * What the popup shows for one linted note, derived from the engine's result: the conflicts between
 * chosen codes (they concern the encounter, not one code), one section per chosen code (its status,
 * its evidence checklist, then its problems that are not checklist items), the problems about no
 * chosen code, and the query drafts. Each quote, hint, suggested code and
 * source is kept only where it is first shown, so the popup never says the same thing twice.
 */
import type { ChosenCode, Diagnostic, EvidenceRef, Severity, SuggestedCode } from '../../engine/types.ts';
import type { FieldResult } from '../../messaging/protocol.ts';
import { citations } from '../citations.ts';
import { SEVERITY_ORDER } from '../severity.ts';

/** supported: nothing flagged; gaps: documentation missing or a better code; conflict: may not be reported with another chosen code; invalid: not a billable code. */
export type CodeStatus = 'supported' | 'gaps' | 'conflict' | 'invalid';

export interface ChecklistRow {
  requirement: string;
  label: string;
  met: boolean;
  /** Met: the note's words that meet it (each quote shown once in the popup). */
  quotes: EvidenceRef[];
  /** Missing: what to write, or null when the popup already said it. */
  hint: string | null;
  /** The flag the missing item raised, if any (its severity, rule and query). */
  diagnostic: Diagnostic | null;
  /** The flag's citable sources not yet shown. */
  sources: string[];
}

export interface ProblemRow {
  diagnostic: Diagnostic;
  quotes: EvidenceRef[];
  hint: string | null;
  suggestions: SuggestedCode[];
  sources: string[];
}

export interface CodeSection {
  code: ChosenCode;
  status: CodeStatus;
  /** Flags about this code, including conflicts reported on the other code of the pair. */
  problemCount: number;
  checklist: { met: number; rows: ChecklistRow[] } | null;
  problems: ProblemRow[];
}

export interface QueryDraft {
  diagnostic: Diagnostic;
  /** What the query is about, in the popup's words: the code, a colon, the topic ("<code>: Functional impact"). */
  label: string;
  query: string;
}

export interface EncounterView {
  /** Chosen codes that may not be reported together: shown once, above the code sections. */
  conflicts: ProblemRow[];
  sections: CodeSection[];
  /** Problems about no chosen code: possible diagnoses, a code the documentation supports. */
  otherProblems: ProblemRow[];
  queries: QueryDraft[];
  /** Every flag, by severity (the field's summary). */
  counts: Record<Severity, number>;
}

/** Remembers what the popup has shown, in display order. */
class Said {
  private readonly seen = new Set<string>();
  first(kind: string, text: string): boolean {
    const key = `${kind}\u0000${text.trim().replace(/\s+/g, ' ').toLowerCase()}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

function bySeverityThenPlace(a: Diagnostic, b: Diagnostic): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.start - b.start || a.ruleId.localeCompare(b.ruleId);
}

const CODE_CHARACTER = /[a-z0-9]/i;

/** The text names the code as a whole code: not as the start of a longer code, nor after a letter, digit or dot. */
function mentions(text: string, code: string): boolean {
  for (let at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + code.length);
    if (!CODE_CHARACTER.test(before) && before !== '.' && !CODE_CHARACTER.test(after)) return true;
  }
  return false;
}

/** The chosen codes a conflict is about: its own code and any other chosen code it names or quotes. */
function conflictCodes(diagnostic: Diagnostic, codes: readonly ChosenCode[]): Set<string> {
  const involved = new Set<string>(diagnostic.code ? [diagnostic.code] : []);
  for (const code of codes) {
    const quoted = diagnostic.evidence.some((ref) => ref.start === code.start && ref.end === code.end);
    if (quoted || mentions(diagnostic.message, code.code)) involved.add(code.code);
  }
  return involved;
}

function statusOf(code: string, own: readonly Diagnostic[], conflicts: readonly Diagnostic[], missing: number, codes: readonly ChosenCode[]): CodeStatus {
  if (conflicts.some((d) => conflictCodes(d, codes).has(code))) return 'conflict';
  if (own.some((d) => d.kind === 'invalid-code')) return 'invalid';
  return own.length > 0 || missing > 0 ? 'gaps' : 'supported';
}

export function encounterView(result: FieldResult): EncounterView {
  const said = new Said();
  const codeSpans = new Set(result.codes.filter((c) => c.start !== undefined).map((c) => `${c.start}:${c.end}`));
  const chosen = new Set(result.codes.map((c) => c.code));
  const diagnostics = [...result.diagnostics].sort(bySeverityThenPlace);
  const conflicts = diagnostics.filter((d) => d.kind === 'conflicting-codes');

  // A code's own span is shown (with "show in note") in its section heading, never again as a quote.
  const newQuotes = (refs: readonly EvidenceRef[]) =>
    refs.filter((ref) => ref.text.trim() !== '' && !codeSpans.has(`${ref.start}:${ref.end}`) && said.first('quote', ref.text));
  const newHint = (hint: string | null) => (hint && said.first('hint', hint) ? hint : null);
  const newSources = (diagnostic: Diagnostic) => citations(diagnostic.sources, 'popup').filter((s) => said.first('source', s));
  const problemRow = (diagnostic: Diagnostic): ProblemRow => ({
    diagnostic,
    quotes: newQuotes(diagnostic.evidence),
    hint: newHint(diagnostic.documentationHint),
    suggestions: diagnostic.suggestedCodes.filter((s) => !chosen.has(s.code) && said.first('code', s.code)),
    sources: newSources(diagnostic),
  });

  const conflictRows = conflicts.map(problemRow);
  const sections = result.codes.map((code): CodeSection => {
    const own = diagnostics.filter((d) => d.code === code.code && d.kind !== 'conflicting-codes');
    const checklist = result.checklists.find((c) => c.code === code.code);
    const answered = new Set<Diagnostic>();
    const rows = (checklist?.items ?? []).map((item): ChecklistRow => {
      const diagnostic = item.met
        ? null
        : (own.find((d) => !answered.has(d) && d.kind === 'lacking-evidence' && d.documentationHint === item.hint) ?? null);
      if (diagnostic) answered.add(diagnostic);
      return {
        requirement: item.requirement,
        label: item.label,
        met: item.met,
        quotes: item.met ? newQuotes(item.evidence) : [],
        hint: item.met ? null : newHint(item.hint),
        diagnostic,
        sources: diagnostic ? newSources(diagnostic) : [],
      };
    });
    const problems = own.filter((d) => !answered.has(d)).map(problemRow);
    const missing = rows.filter((row) => !row.met).length;
    const problemCount = own.length + conflicts.filter((d) => conflictCodes(d, result.codes).has(code.code)).length;
    return {
      code,
      status: statusOf(code.code, own, conflicts, missing, result.codes),
      problemCount,
      checklist: checklist ? { met: rows.length - missing, rows } : null,
      problems,
    };
  });

  const otherProblems = diagnostics
    .filter((d) => d.kind !== 'conflicting-codes' && (d.code === null || !chosen.has(d.code)))
    .map(problemRow);

  const checklistLabel = new Map<Diagnostic, string>();
  for (const section of sections) {
    for (const row of section.checklist?.rows ?? []) if (row.diagnostic) checklistLabel.set(row.diagnostic, `${section.code.code}: ${row.label}`);
  }
  const queries = diagnostics
    .filter((d): d is Diagnostic & { query: string } => d.query !== null && d.query.trim() !== '')
    .map((d) => ({ diagnostic: d, label: checklistLabel.get(d) ?? d.message, query: d.query }));

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return { conflicts: conflictRows, sections, otherProblems, queries, counts };
}
