/** The HTML report's inline stylesheet (no external fonts or images: the report must open offline). */
export const HTML_STYLE = `
:root { color-scheme: light dark; --error: #c62828; --warning: #b26a00; --info: #1565c0; --met: #2e7d32;
  --bg: #fff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23;
  --error: #f47067; --warning: #e0a030; --info: #6cb6ff; --met: #57ab5a; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--fg); }
header, main { max-width: 70rem; margin: 0 auto; padding: 0 1.25rem; }
header { border-bottom: 1px solid var(--line); padding-block: 1rem; }
header p { margin: 0; color: var(--muted); }
h1 { margin: 0; font-size: 1.5rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; word-break: break-all; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
h4 { margin: .5rem 0 .25rem; font-size: .95rem; }
code { font: .9em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.totals { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0; }
.total { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; min-width: 8rem; }
.total dt { color: var(--muted); font-size: .85rem; }
.total dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
table { border-collapse: collapse; margin: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .6rem; text-align: left; }
th { background: var(--panel); }
td { font-variant-numeric: tabular-nums; }
.by-rule td:not(:first-child), .codes td:nth-child(3) { text-align: right; }
.note { border: 1px solid var(--line); border-radius: 8px; padding: 0 1rem 1rem; margin: 1.25rem 0; }
.note.unreadable { border-color: var(--error); }
.counts, .none, .source { color: var(--muted); }
.note-text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
  padding: .75rem; font: .9rem/1.55 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; max-height: 40rem; overflow: auto; }
mark { color: inherit; background: none; border-bottom: 2px solid; }
mark.error { background: color-mix(in srgb, var(--error) 18%, transparent); border-color: var(--error); }
mark.warning { background: color-mix(in srgb, var(--warning) 18%, transparent); border-color: var(--warning); }
mark.info { background: color-mix(in srgb, var(--info) 14%, transparent); border-color: var(--info); }
mark.evidence { border-bottom: 2px dotted var(--met); }
.diagnostics { padding-left: 1.25rem; }
.diagnostic { margin: .4rem 0; }
.diagnostic .where { color: var(--muted); font-variant-numeric: tabular-nums; }
.diagnostic .severity { font-weight: 600; }
.diagnostic.error .severity, p.error { color: var(--error); }
.diagnostic.warning .severity { color: var(--warning); }
.diagnostic.info .severity { color: var(--info); }
.rule { color: var(--muted); }
.evidence, .suggested, .hint, .about { font-size: .9rem; }
.hint { color: var(--muted); }
.checklist ul { list-style: none; padding-left: .5rem; margin: 0; }
.met .mark { color: var(--met); font-weight: 700; }
.missing .mark { color: var(--error); font-weight: 700; }
.query { margin: .5rem 0; }
.query pre { white-space: pre-wrap; background: var(--panel); border-left: 3px solid var(--info); padding: .5rem .75rem; margin: .25rem 0; }
q { quotes: "“" "”"; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: .75rem 1.5rem; margin: 1rem 0; }
.chart { margin: 0; }
.chart figcaption { font-weight: 600; margin-bottom: .25rem; }
.chart svg { max-width: 100%; height: auto; font: 12px system-ui, -apple-system, "Segoe UI", sans-serif; }
.chart text { fill: var(--fg); }
.chart .bar rect { fill: var(--info); }
.chart .bar.status-error rect { fill: var(--error); }
.chart .bar.status-warning rect { fill: var(--warning); }
.chart .bar.status-info rect { fill: var(--info); }
.chart .bar.status-ok rect { fill: var(--met); }
.chart .bar.status-unreadable rect { fill: var(--muted); }
#worklist-filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: .5rem 0; }
#worklist-filters[hidden] { display: none; }
#worklist-filters select, #worklist-filters button { font: inherit; color: var(--fg); background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: .1rem .3rem; }
#worklist-shown { color: var(--muted); }
#worklist { width: 100%; }
#worklist th button { font: inherit; font-weight: 600; color: var(--fg); background: none; border: 0; padding: 0; cursor: pointer; }
#worklist th[aria-sort="ascending"] button::after { content: " ▲"; }
#worklist th[aria-sort="descending"] button::after { content: " ▼"; }
#worklist td:nth-child(1), #worklist td:nth-child(6), #worklist td:nth-child(7) { text-align: right; }
#worklist a { color: inherit; }
#worklist .rules code { font-size: .8em; white-space: nowrap; }
.status { font-weight: 600; }
.status-error { color: var(--error); }
.status-warning { color: var(--warning); }
.status-info { color: var(--info); }
.status-ok { color: var(--met); }
.status-unreadable { color: var(--muted); }
:focus-visible { outline: 3px solid var(--info); outline-offset: 2px; }
`;
