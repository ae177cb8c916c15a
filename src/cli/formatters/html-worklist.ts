/**
 * The notes as a worklist: one row per note (status, codes, the rules that flagged it, counts), with
 * filters by code, rule, severity, pack and status and sortable columns. The rows carry what the
 * filters need as data attributes; the report's script (html-worklist-script.ts) does the rest, and
 * without it the table is still a complete list.
 */
import type { Severity } from '../../engine/types.ts';
import type { NoteReport } from '../lint-input.ts';
import { SEVERITY_ORDER } from '../summary.ts';
import { escapeHtml } from './html-escape.ts';
import { NOTE_STATUS_LABEL, NOTE_STATUSES, noteStatus } from './note-status.ts';
import { packOf } from './packs.ts';
import { noteTitle } from './stylish.ts';

interface WorklistRow {
  position: number;
  title: string;
  status: ReturnType<typeof noteStatus>;
  codes: string[];
  rules: string[];
  severities: Severity[];
  packs: string[];
  problems: number;
  errors: number;
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

export function worklistRows(reports: readonly NoteReport[]): WorklistRow[] {
  return reports.map((report, index) => {
    const diagnostics = report.result?.diagnostics ?? [];
    return {
      position: index + 1,
      title: noteTitle(report),
      status: noteStatus(report),
      codes: unique((report.result?.codes ?? []).map((code) => code.code)),
      rules: unique(diagnostics.map((d) => d.ruleId)).sort(),
      severities: unique(diagnostics.map((d) => d.severity)).sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b]),
      packs: unique(diagnostics.map(packOf)).sort(),
      problems: diagnostics.length,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
    };
  });
}

function select(name: string, label: string, values: readonly string[], labelOf: (value: string) => string = (v) => v): string {
  const options = values.map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(labelOf(value))}</option>`).join('');
  return `<label>${label} <select name="${name}"><option value="">any</option>${options}</select></label>`;
}

function sortable(key: string, label: string): string {
  return `<th scope="col"><button type="button" data-sort="${key}">${label}</button></th>`;
}

function row(r: WorklistRow): string {
  const attributes = [
    ['position', String(r.position)],
    ['note', `note-${r.position}`],
    ['title', r.title],
    ['status', r.status],
    ['code', r.codes.join(' ')],
    ['rule', r.rules.join(' ')],
    ['severity', r.severities.join(' ')],
    ['pack', r.packs.join(' ')],
    ['problems', String(r.problems)],
    ['errors', String(r.errors)],
  ]
    .map(([key, value]) => `data-${key}="${escapeHtml(value!)}"`)
    .join(' ');
  const codes = r.codes.map((code) => `<code>${escapeHtml(code)}</code>`).join(' ');
  const rules = r.rules.map((rule) => `<code>${escapeHtml(rule)}</code>`).join(' ');
  return `<tr ${attributes}><td>${r.position}</td><td><a href="#note-${r.position}">${escapeHtml(r.title)}</a></td><td><span class="status status-${r.status}">${NOTE_STATUS_LABEL[r.status]}</span></td><td>${codes}</td><td class="rules">${rules}</td><td>${r.problems}</td><td>${r.errors}</td></tr>`;
}

export function worklist(reports: readonly NoteReport[]): string {
  const rows = worklistRows(reports);
  const values = (pick: (r: WorklistRow) => readonly string[]) => unique(rows.flatMap(pick)).sort();
  const severities = (Object.keys(SEVERITY_ORDER) as Severity[]).filter((s) => rows.some((r) => r.severities.includes(s)));
  const statuses = NOTE_STATUSES.filter((s) => rows.some((r) => r.status === s));
  const filters = [
    select('code', 'Code', values((r) => r.codes)),
    select('rule', 'Rule', values((r) => r.rules)),
    select('severity', 'Severity', severities),
    select('pack', 'Pack', values((r) => r.packs)),
    select('status', 'Status', statuses, (s) => NOTE_STATUS_LABEL[s as keyof typeof NOTE_STATUS_LABEL]),
  ].join('\n');
  return `<section id="worklist-section">
<h2>Worklist</h2>
<form id="worklist-filters" hidden>
${filters}
<button type="reset">Clear filters</button>
<output id="worklist-shown" aria-live="polite"></output>
</form>
<table id="worklist"><thead><tr>${sortable('position', '#')}${sortable('title', 'Note')}${sortable('status', 'Status')}<th scope="col">Codes</th><th scope="col">Rules</th>${sortable('problems', 'Problems')}${sortable('errors', 'Errors')}</tr></thead>
<tbody>
${rows.map(row).join('\n')}
</tbody></table>
</section>`;
}
