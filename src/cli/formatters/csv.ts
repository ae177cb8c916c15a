/**
 * A worklist for CDI specialists and coders: every note is listed, with its status (its most severe
 * problem, "ok" or "unreadable") and its chosen codes: one row per diagnostic, or one row for a note
 * with no problems or that could not be read (the message says which). RFC 4180 (CRLF rows, fields
 * with comma, quote or line break quoted, quotes doubled). Cells that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) get a leading apostrophe: note text is
 * untrusted.
 */
import type { NoteReport } from '../lint-input.ts';
import { LineIndex } from '../positions.ts';
import { sortDiagnostics } from '../summary.ts';
import { noteStatus } from './note-status.ts';

export const CSV_COLUMNS = [
  'file',
  'document_id',
  'patient_id',
  'encounter_id',
  'note_status',
  'note_codes',
  'line',
  'column',
  'code',
  'rule',
  'severity',
  'kind',
  'message',
  'evidence',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | null | undefined>;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function noteRows(report: NoteReport): Row[] {
  const status = noteStatus(report);
  const note = {
    file: report.file,
    document_id: report.fhir?.documentReference,
    patient_id: report.fhir?.patient,
    encounter_id: report.fhir?.encounter,
    note_status: status,
    note_codes: report.result?.codes.map((code) => code.code).join(' '),
  };
  const blank = { line: null, column: null, code: null, rule: null, severity: null, kind: null, evidence: null };
  if (!report.result || report.text === null) return [{ ...note, ...blank, message: `Could not be read: ${report.error ?? 'unknown reason'}` }];
  if (report.result.diagnostics.length === 0) return [{ ...note, ...blank, message: 'No problems found.' }];
  const lines = new LineIndex(report.text);
  return sortDiagnostics(report.result.diagnostics).map((diagnostic) => {
    const { line, column } = lines.position(diagnostic.start);
    return {
      ...note,
      line,
      column,
      code: diagnostic.code,
      rule: diagnostic.ruleId,
      severity: diagnostic.severity,
      kind: diagnostic.kind,
      message: diagnostic.message,
      evidence: diagnostic.evidence.map((ref) => ref.text).join(' | '),
    };
  });
}

export function formatCsv(reports: readonly NoteReport[]): string {
  const rows = [CSV_COLUMNS.join(','), ...reports.flatMap(noteRows).map((row) => CSV_COLUMNS.map((column) => csvCell(row[column])).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}
