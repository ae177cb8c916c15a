/**
 * A worklist for CDI specialists and coders: one row per diagnostic, RFC 4180 (CRLF rows, fields with
 * comma, quote or line break quoted, quotes doubled). Cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) get a leading apostrophe: note text is untrusted.
 */
import type { NoteReport } from '../lint-input.ts';
import { LineIndex } from '../positions.ts';
import { sortDiagnostics } from '../summary.ts';

export const CSV_COLUMNS = [
  'file',
  'document_id',
  'patient_id',
  'encounter_id',
  'line',
  'column',
  'code',
  'rule',
  'severity',
  'kind',
  'message',
  'evidence',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(reports: readonly NoteReport[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const report of reports) {
    if (!report.result || report.text === null) continue;
    const lines = new LineIndex(report.text);
    for (const diagnostic of sortDiagnostics(report.result.diagnostics)) {
      const { line, column } = lines.position(diagnostic.start);
      const evidence = diagnostic.evidence.map((ref) => ref.text).join(' | ');
      const cells = [
        report.file,
        report.fhir?.documentReference,
        report.fhir?.patient,
        report.fhir?.encounter,
        line,
        column,
        diagnostic.code,
        diagnostic.ruleId,
        diagnostic.severity,
        diagnostic.kind,
        diagnostic.message,
        evidence,
      ];
      rows.push(cells.map(csvCell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
