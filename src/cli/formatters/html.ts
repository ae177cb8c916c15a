/**
 * One self-contained HTML report for a batch: a summary with charts (inline SVG drawn here), a
 * worklist of every note that filters and sorts, then every note. Inline CSS, one inline script
 * allowed by its hash, no external assets, a CSP that forbids loading anything: it opens offline and
 * a note cannot make it do anything. Every piece of note text, message and id goes through
 * `escapeHtml`. Output is deterministic (no timestamp).
 */
import type { Diagnostic, LintResult, Severity } from '../../engine/types.ts';
import type { NoteReport } from '../lint-input.ts';
import { LineIndex } from '../positions.ts';
import { countReports, plural, SEVERITY_ORDER, sortDiagnostics } from '../summary.ts';
import { charts, GAP_KINDS } from './html-charts.ts';
import { escapeHtml } from './html-escape.ts';
import { HTML_STYLE } from './html-style.ts';
import { worklist } from './html-worklist.ts';
import { WORKLIST_SCRIPT, WORKLIST_SCRIPT_HASH } from './html-worklist-script.ts';
import { noteTitle } from './stylish.ts';

export { escapeHtml };

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function table(head: string[], rows: string[][], className: string): string {
  const th = head.map((cell) => `<th>${cell}</th>`).join('');
  const tr = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${className}"><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table>`;
}

function summary(reports: readonly NoteReport[]): string {
  const counts = countReports(reports);
  const results = reports.map((report) => report.result).filter((result): result is LintResult => result !== null);
  const byRule = new Map<string, Record<Severity, number>>();
  const codes = new Map<string, { title: string | null; notes: number }>();
  const gaps = new Map<string, { notes: number; hint: string | null }>();
  for (const result of results) {
    for (const diagnostic of result.diagnostics) {
      const row = byRule.get(diagnostic.ruleId) ?? { error: 0, warning: 0, info: 0 };
      row[diagnostic.severity]++;
      byRule.set(diagnostic.ruleId, row);
    }
    for (const code of new Map(result.codes.map((c) => [c.code, c])).values()) {
      const entry = codes.get(code.code) ?? { title: code.title, notes: 0 };
      entry.notes++;
      codes.set(code.code, entry);
    }
    for (const ruleId of new Set(result.diagnostics.filter((d) => GAP_KINDS.has(d.kind)).map((d) => d.ruleId))) {
      const gap = gaps.get(ruleId) ?? { notes: 0, hint: null };
      gap.notes++;
      gap.hint ??= result.diagnostics.find((d) => d.ruleId === ruleId && d.documentationHint)?.documentationHint ?? null;
      gaps.set(ruleId, gap);
    }
  }
  const totals = [
    ['notes', counts.notes],
    ['unreadable inputs', counts.unreadable],
    ['codes', codes.size],
    ['errors', counts.error],
    ['warnings', counts.warning],
    ['infos', counts.info],
  ]
    .map(([label, value]) => `<div class="total"><dt>${label}</dt><dd data-total="${label}">${value}</dd></div>`)
    .join('');
  const ruleRows = [...byRule.entries()]
    .sort(([a, x], [b, y]) => y.error + y.warning + y.info - (x.error + x.warning + x.info) || a.localeCompare(b))
    .map(([ruleId, row]) => [`<code>${escapeHtml(ruleId)}</code>`, ...SEVERITIES.map((s) => String(row[s])), String(row.error + row.warning + row.info)]);
  const codeRows = [...codes.entries()]
    .sort(([a, x], [b, y]) => y.notes - x.notes || a.localeCompare(b))
    .map(([code, entry]) => [`<code>${escapeHtml(code)}</code>`, escapeHtml(entry.title ?? 'not in the lexicon'), String(entry.notes)]);
  const gapItems = [...gaps.entries()]
    .sort(([a, x], [b, y]) => y.notes - x.notes || a.localeCompare(b))
    .slice(0, 5)
    .map(([ruleId, gap]) => `<li><code>${escapeHtml(ruleId)}</code>: ${plural(gap.notes, 'note')}${gap.hint ? ` <span class="hint">${escapeHtml(gap.hint)}</span>` : ''}</li>`);
  return `<section id="summary">
<h2>Summary</h2>
<dl class="totals">${totals}</dl>
${charts(reports)}
<h3>Diagnostics by rule</h3>
${ruleRows.length > 0 ? table(['rule', 'errors', 'warnings', 'infos', 'total'], ruleRows, 'by-rule') : '<p class="none">No diagnostics.</p>'}
<h3>Codes</h3>
${codeRows.length > 0 ? table(['code', 'title', 'notes'], codeRows, 'codes') : '<p class="none">No codes chosen.</p>'}
<h3>Top gaps</h3>
${gapItems.length > 0 ? `<ol class="gaps">${gapItems.join('')}</ol>` : '<p class="none">No documentation gaps found.</p>'}
</section>`;
}

/** The note text with diagnostic spans marked (most severe wins where they overlap) and evidence underlined. */
function highlightedText(text: string, diagnostics: readonly Diagnostic[]): string {
  const spans = diagnostics.filter((d) => d.end > d.start).map((d) => ({ start: d.start, end: d.end, severity: d.severity as Severity | null, message: `${d.severity}: ${d.message} (${d.ruleId})` }));
  const evidence = diagnostics.flatMap((d) => d.evidence).filter((e) => e.end > e.start).map((e) => ({ start: e.start, end: e.end, severity: null, message: 'evidence' }));
  const all = [...spans, ...evidence].filter((span) => span.start >= 0 && span.end <= text.length);
  const cuts = [...new Set([0, text.length, ...all.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const piece = escapeHtml(text.slice(from, to));
    const covering = all.filter((span) => span.start <= from && span.end >= to);
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const severities = covering.map((span) => span.severity).filter((s): s is Severity => s !== null);
    const worst = severities.sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])[0];
    const title = escapeHtml([...new Set(covering.map((span) => span.message))].join('\n'));
    html += `<mark class="${worst ?? 'evidence'}" title="${title}">${piece}</mark>`;
  }
  return html;
}

function diagnosticItem(diagnostic: Diagnostic, lines: LineIndex): string {
  const { line, column } = lines.position(diagnostic.start);
  const parts = [
    `<span class="where">${line}:${column}</span> <span class="severity">${diagnostic.severity}</span> ${escapeHtml(diagnostic.message)} <code class="rule">${escapeHtml(diagnostic.ruleId)}</code>`,
  ];
  if (diagnostic.code) parts.push(`<div class="about">Code <code>${escapeHtml(diagnostic.code)}</code></div>`);
  if (diagnostic.evidence.length > 0) {
    parts.push(`<div class="evidence">Evidence: ${diagnostic.evidence.map((e) => `<q>${escapeHtml(e.text)}</q>`).join(', ')}</div>`);
  }
  if (diagnostic.suggestedCodes.length > 0) {
    const suggestions = diagnostic.suggestedCodes.map((s) => `<code>${escapeHtml(s.code)}</code> ${escapeHtml(s.title)}: ${escapeHtml(s.reason)}`);
    parts.push(`<div class="suggested">Suggested: ${suggestions.join('; ')}</div>`);
  }
  if (diagnostic.documentationHint) parts.push(`<div class="hint">Document: ${escapeHtml(diagnostic.documentationHint)}</div>`);
  return `<li class="diagnostic ${diagnostic.severity}" data-rule="${escapeHtml(diagnostic.ruleId)}">${parts.join('')}</li>`;
}

function checklists(result: LintResult): string {
  if (result.checklists.length === 0) return '';
  const lists = result.checklists.map((checklist) => {
    const items = checklist.items.map(
      (item) =>
        `<li class="${item.met ? 'met' : 'missing'}"><span class="mark">${item.met ? '✓' : '✗'}</span> ${escapeHtml(item.label)}${
          item.met ? item.evidence.map((e) => ` <q>${escapeHtml(e.text)}</q>`).join('') : ` <span class="hint">${escapeHtml(item.hint)}</span>`
        }</li>`,
    );
    return `<div class="checklist"><h4><code>${escapeHtml(checklist.code)}</code> ${escapeHtml(checklist.title ?? '')}</h4><ul>${items.join('')}</ul></div>`;
  });
  return `<h3>Evidence checklists</h3>${lists.join('')}`;
}

function queries(diagnostics: readonly Diagnostic[]): string {
  const drafts = diagnostics.filter((d) => d.query);
  if (drafts.length === 0) return '';
  const items = drafts.map((d) => `<figure class="query"><figcaption><code>${escapeHtml(d.ruleId)}</code>${d.code ? ` · <code>${escapeHtml(d.code)}</code>` : ''}</figcaption><pre>${escapeHtml(d.query!)}</pre></figure>`);
  return `<h3>Query drafts</h3>${items.join('')}`;
}

function note(report: NoteReport, position: number): string {
  const heading = `<h2>${escapeHtml(noteTitle(report))}</h2>`;
  if (!report.result || report.text === null) {
    return `<article class="note unreadable" id="note-${position}">${heading}<p class="error">Could not be read: ${escapeHtml(report.error ?? 'unknown reason')}</p></article>`;
  }
  const { result, text } = report;
  const lines = new LineIndex(text);
  const diagnostics = sortDiagnostics(result.diagnostics);
  const counts = SEVERITIES.map((s) => plural(diagnostics.filter((d) => d.severity === s).length, s)).join(', ');
  const codes = result.codes.length > 0
    ? `<ul class="codes">${result.codes.map((c) => `<li><code>${escapeHtml(c.code)}</code> ${escapeHtml(c.title ?? 'not in the lexicon')} <span class="source">${c.source}</span></li>`).join('')}</ul>`
    : '<p class="none">No codes chosen.</p>';
  const list = diagnostics.length > 0 ? `<ol class="diagnostics">${diagnostics.map((d) => diagnosticItem(d, lines)).join('')}</ol>` : '<p class="none">No problems.</p>';
  return `<article class="note" id="note-${position}">${heading}
<p class="counts">${counts}</p>
<h3>Codes</h3>${codes}
<h3>Note</h3><pre class="note-text">${highlightedText(text, diagnostics)}</pre>
<h3>Diagnostics</h3>${list}
${checklists(result)}
${queries(diagnostics)}
</article>`;
}

export function formatHtml(reports: readonly NoteReport[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src ${WORKLIST_SCRIPT_HASH}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>note-lint report</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header><h1>note-lint report</h1><p>Contains patient notes: store and share it like the chart itself.</p></header>
<main>
${summary(reports)}
${worklist(reports)}
<section id="notes">
${reports.map((report, index) => note(report, index + 1)).join('\n')}
</section>
</main>
<script>${WORKLIST_SCRIPT}</script>
</body>
</html>
`;
}
