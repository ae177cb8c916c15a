/**
 * Terminal output in the manner of ESLint's stylish formatter: a header per note with problems,
 * aligned `line:column  severity  message  rule-id` rows, and a summary line. Colour only when asked
 * (the caller decides from the TTY and NO_COLOR).
 */
import type { ResolvedSetting, Severity } from '../../engine/types.ts';
import type { NoteReport } from '../lint-input.ts';
import { LineIndex } from '../positions.ts';
import { countReports, plural, sortDiagnostics } from '../summary.ts';

interface Paint {
  underline(text: string): string;
  dim(text: string): string;
  severity(severity: Severity, text: string): string;
  summary(severity: Severity | null, text: string): string;
}

const ESC = '\u001b[';
const SEVERITY_COLOUR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

const colour: Paint = {
  underline: (text) => `${ESC}4m${text}${ESC}24m`,
  dim: (text) => `${ESC}2m${text}${ESC}22m`,
  severity: (severity, text) => `${ESC}${SEVERITY_COLOUR[severity]}m${text}${ESC}39m`,
  summary: (severity, text) => (severity ? `${ESC}1m${ESC}${SEVERITY_COLOUR[severity]}m${text}${ESC}39m${ESC}22m` : `${ESC}1m${ESC}32m${text}${ESC}39m${ESC}22m`),
};

const plain: Paint = {
  underline: (text) => text,
  dim: (text) => text,
  severity: (_severity, text) => text,
  summary: (_severity, text) => text,
};

export function noteTitle(report: NoteReport): string {
  const ids = report.fhir;
  if (!ids) return report.file;
  const parts = [
    ids.documentReference && `DocumentReference/${ids.documentReference}`,
    ids.patient && `Patient/${ids.patient}`,
    ids.encounter && `Encounter/${ids.encounter}`,
  ].filter(Boolean);
  return parts.length > 0 ? `${report.file} (${parts.join(', ')})` : report.file;
}

/** "inpatient setting (from the note: "Discharge summary")", "outpatient setting (default)". */
export function settingLabel(setting: ResolvedSetting): string {
  const from =
    setting.source === 'note'
      ? `from the note: ${(setting.evidence ?? []).map((e) => JSON.stringify(oneLine(e.text))).join(', ')}`
      : setting.source === 'option'
        ? 'as configured'
        : 'default';
  return `${setting.value} setting (${from})`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function formatStylish(reports: readonly NoteReport[], useColour: boolean): string {
  const paint = useColour ? colour : plain;
  const blocks: string[] = [];
  for (const report of reports) {
    if (!report.result || report.text === null || report.result.diagnostics.length === 0) continue;
    const lines = new LineIndex(report.text);
    const rows = sortDiagnostics(report.result.diagnostics).map((diagnostic) => {
      const { line, column } = lines.position(diagnostic.start);
      return { where: `${line}:${column}`, severity: diagnostic.severity, message: oneLine(diagnostic.message), ruleId: diagnostic.ruleId };
    });
    const whereWidth = Math.max(...rows.map((row) => row.where.length));
    const severityWidth = Math.max(...rows.map((row) => row.severity.length));
    const messageWidth = Math.max(...rows.map((row) => row.message.length));
    const body = rows.map(
      (row) =>
        `  ${paint.dim(row.where.padEnd(whereWidth))}  ${paint.severity(row.severity, row.severity.padEnd(severityWidth))}  ${row.message.padEnd(messageWidth)}  ${paint.dim(row.ruleId)}`,
    );
    // The setting decides how uncertain diagnoses are coded, so it is shown with the note's problems.
    const setting = report.result.setting ? [`  ${paint.dim(settingLabel(report.result.setting))}`] : [];
    blocks.push([paint.underline(noteTitle(report)), ...setting, ...body].join('\n'));
  }
  const counts = countReports(reports);
  const problems = counts.error + counts.warning + counts.info;
  const notes = plural(counts.notes, 'note');
  const lines: string[] = [];
  if (blocks.length > 0) lines.push('', blocks.join('\n\n'), '');
  if (problems > 0) {
    const worst: Severity = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info';
    lines.push(paint.summary(worst, `✖ ${plural(problems, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}) in ${notes}`));
  } else if (counts.unreadable === 0) {
    lines.push(paint.summary(null, `✔ No problems in ${notes}`));
  } else {
    lines.push(`No problems in ${notes}`);
  }
  if (counts.unreadable > 0) lines.push(paint.summary('error', `✖ ${plural(counts.unreadable, 'input')} could not be read (reasons on standard error)`));
  return `${lines.join('\n')}\n`;
}
