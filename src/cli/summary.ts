/** Counts shared by every output format, taken over the diagnostics that are reported. */
import type { Diagnostic, Severity } from '../engine/types.ts';
import type { NoteReport } from './lint-input.ts';

export interface Counts {
  notes: number;
  unreadable: number;
  error: number;
  warning: number;
  info: number;
}

export function countReports(reports: readonly NoteReport[]): Counts {
  const counts: Counts = { notes: 0, unreadable: 0, error: 0, warning: 0, info: 0 };
  for (const report of reports) {
    if (report.error !== undefined) counts.unreadable++;
    if (!report.result) continue;
    counts.notes++;
    for (const diagnostic of report.result.diagnostics) counts[diagnostic.severity]++;
  }
  return counts;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Diagnostics in reading order; at the same place, the more severe first. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId),
  );
}
