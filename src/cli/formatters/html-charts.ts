/**
 * The report's charts: horizontal bar charts drawn as inline SVG when the report is written, so they
 * need no script, no font and no file. Every label goes through `escapeHtml`; each bar carries its
 * label and value as data attributes (and an SVG <title>, the tooltip) so readers and tests get the
 * numbers exactly.
 */
import type { Diagnostic, LintResult } from '../../engine/types.ts';
import type { NoteReport } from '../lint-input.ts';
import { escapeHtml } from './html-escape.ts';
import { NOTE_STATUS_LABEL, NOTE_STATUSES, noteStatus } from './note-status.ts';
import { packOf } from './packs.ts';

export interface Bar {
  label: string;
  value: number;
  /** CSS class of the bar (its colour). */
  tone?: string;
}

const WIDTH = 640;
const LABEL_WIDTH = 260;
const VALUE_WIDTH = 50;
const ROW = 24;
const BAR = 16;

/** Bars longest first (then by label), each row a label, a bar scaled to the largest value, and the value. */
export function barChart(id: string, title: string, unit: string, bars: readonly Bar[]): string {
  const heading = `<figcaption id="${id}-title">${escapeHtml(title)}</figcaption>`;
  if (bars.length === 0) return `<figure class="chart" id="${id}">${heading}<p class="none">Nothing to chart.</p></figure>`;
  const max = Math.max(...bars.map((bar) => bar.value), 1);
  const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const rows = bars.map((bar, index) => {
    const y = index * ROW;
    const width = Math.max(bar.value > 0 ? 2 : 0, Math.round((bar.value / max) * span));
    const label = escapeHtml(bar.label);
    const said = escapeHtml(`${bar.label}: ${bar.value} ${unit}`);
    return (
      `<g class="bar${bar.tone ? ` ${escapeHtml(bar.tone)}` : ''}" data-label="${label}" data-value="${bar.value}"><title>${said}</title>` +
      `<text class="bar-label" x="${LABEL_WIDTH - 8}" y="${y + BAR - 3}" text-anchor="end">${escapeHtml(truncate(bar.label, 38))}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 2}" width="${width}" height="${BAR}" rx="2"></rect>` +
      `<text class="bar-value" x="${LABEL_WIDTH + width + 6}" y="${y + BAR - 3}">${bar.value}</text></g>`
    );
  });
  const height = bars.length * ROW + 4;
  return (
    `<figure class="chart" id="${id}">${heading}` +
    `<svg role="img" aria-labelledby="${id}-title" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `${rows.join('')}</svg></figure>`
  );
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** Counts by key, largest first, then by key. */
function ranked(counts: Map<string, number>): [string, number][] {
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

function countNotes(results: readonly LintResult[], keysOf: (result: LintResult) => Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const result of results) for (const key of new Set(keysOf(result))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Documentation gaps: a code lacks evidence, or the note suggests an undocumented diagnosis. */
export const GAP_KINDS: ReadonlySet<string> = new Set(['lacking-evidence', 'possible-dx']);
const isGap = (d: Diagnostic) => GAP_KINDS.has(d.kind);

/** What a query would ask about: the chosen code it concerns, else the diagnosis it suggests. */
function queryCondition(d: Diagnostic, result: LintResult): string | null {
  if (d.code !== null) {
    const title = result.codes.find((code) => code.code === d.code)?.title;
    return title ? `${d.code} ${title}` : d.code;
  }
  const suggested = d.suggestedCodes[0];
  return suggested ? `${suggested.code} ${suggested.title}` : null;
}

export interface ChartData {
  status: Bar[];
  gapsByPack: Bar[];
  gapsByRule: Bar[];
  queriesByCondition: Bar[];
}

export function chartData(reports: readonly NoteReport[]): ChartData {
  const results = reports.map((report) => report.result).filter((result): result is LintResult => result !== null);
  const statuses = new Map<string, number>();
  for (const report of reports) statuses.set(noteStatus(report), (statuses.get(noteStatus(report)) ?? 0) + 1);
  const gapsByPack = countNotes(results, (r) => r.diagnostics.filter(isGap).map(packOf));
  const gapsByRule = countNotes(results, (r) => r.diagnostics.filter(isGap).map((d) => d.ruleId));
  const queries = countNotes(results, (r) =>
    r.diagnostics.filter((d) => d.query !== null).flatMap((d) => queryCondition(d, r) ?? []),
  );
  return {
    status: NOTE_STATUSES.filter((s) => statuses.has(s)).map((s) => ({ label: NOTE_STATUS_LABEL[s], value: statuses.get(s)!, tone: `status-${s}` })),
    gapsByPack: ranked(gapsByPack).map(([label, value]) => ({ label, value })),
    gapsByRule: ranked(gapsByRule).map(([label, value]) => ({ label, value })),
    queriesByCondition: ranked(queries).map(([label, value]) => ({ label, value })),
  };
}

export function charts(reports: readonly NoteReport[]): string {
  const data = chartData(reports);
  return `<div class="charts">
${barChart('chart-status', 'Notes by status', 'notes', data.status)}
${barChart('chart-gaps-pack', 'Notes with documentation gaps, by pack', 'notes', data.gapsByPack)}
${barChart('chart-gaps-rule', 'Notes with documentation gaps, by rule', 'notes', data.gapsByRule)}
${barChart('chart-queries', 'Query opportunities, by condition', 'notes', data.queriesByCondition)}
</div>`;
}
