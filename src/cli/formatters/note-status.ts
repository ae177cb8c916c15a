/**
 * A note's status in a batch: its most severe diagnostic, "ok" when it has none, "unreadable" when it
 * could not be linted. The CSV worklist and the HTML report list every note with it.
 */
import type { NoteReport } from '../lint-input.ts';

export type NoteStatus = 'error' | 'warning' | 'info' | 'ok' | 'unreadable';

/** Most in need of review first. */
export const NOTE_STATUSES: readonly NoteStatus[] = ['error', 'warning', 'info', 'ok', 'unreadable'];

export const NOTE_STATUS_LABEL: Record<NoteStatus, string> = {
  error: 'errors',
  warning: 'warnings',
  info: 'infos only',
  ok: 'no problems',
  unreadable: 'unreadable',
};

export function noteStatus(report: NoteReport): NoteStatus {
  if (!report.result) return 'unreadable';
  const severities = new Set(report.result.diagnostics.map((d) => d.severity));
  if (severities.has('error')) return 'error';
  if (severities.has('warning')) return 'warning';
  return severities.has('info') ? 'info' : 'ok';
}
