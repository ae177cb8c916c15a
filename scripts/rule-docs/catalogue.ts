/**
 * The rules catalogue, rendered from the rule registry (meta), the compiled code lexicon (titles)
 * and each rule's table-driven test cases (examples; invalid examples show what lint() prints for
 * them today). One model per rule, two renderings: Markdown for the repository (docs/rules/) and
 * plain HTML for the extension package (public/rules/, opened from the popup and hover card). The
 * HTML pages hold no script, no inline style and no remote reference, so the extension's
 * content security policy allows them as they are and they work offline.
 *
 * Pure apart from reading the case tables: `renderCatalogue` returns path -> content, and both the
 * build script and the meta-test (tests/unit/rules/docs.test.ts) call it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from '../../src/engine/index.ts';
import { defaultLexicon } from '../../src/engine/lexicon.ts';
import { rules as registry } from '../../src/engine/rules/index.ts';
import type { Rule } from '../../src/engine/rules/index.ts';
import type { DiagnosticKind, LintOptions } from '../../src/engine/types.ts';
import { RULE_DOCS_DIR, ruleDocPath } from '../../src/ui/rule-docs.ts';
import type { RuleCases, ValidCase } from '../../tests/unit/rules/rule-tester.ts';
import { citations } from '../../src/ui/citations.ts';

export const ROOT = join(import.meta.dirname, '../..');
/** Where the case tables live; one module per rule id, default export `RuleCases` (type-only imports). */
export const CASES_DIR = 'tests/unit/rules/cases';
export const MARKDOWN_DIR = 'docs/rules';
/** Copied by WXT into the extension's root, so `rules/<id>.html` is `browser.runtime.getURL('rules/<id>.html')`. */
export const HTML_DIR = `public/${RULE_DOCS_DIR}`;

const KINDS: Record<DiagnosticKind, string> = {
  'lacking-evidence': 'a chosen code lacks documentation it needs',
  'conflicting-codes': 'two chosen codes may not be reported together',
  'better-code': 'the documentation supports a more accurate code',
  'possible-dx': 'findings suggest a diagnosis that no chosen code captures (a query to the provider)',
  sequencing: 'codes are chosen in an order the guidelines do not allow',
  'invalid-code': 'a chosen code is malformed, a header, not valid this year, or fails an edit',
};

interface Example {
  name: string;
  text: string;
  /** "Codes chosen outside the note: R53.1, R54", "Setting: inpatient", ... */
  context: string[];
  /** What the rule prints for the example (invalid examples only). */
  reports: string[];
}

interface RulePage {
  id: string;
  pack: string;
  kind: DiagnosticKind;
  /** The generic rule kind that runs it, or `custom`. */
  ruleKind: string;
  severity: string;
  description: string;
  codes: { code: string; title: string }[];
  sources: string[];
  messages: { id: string; text: string }[];
  valid: Example[];
  invalid: Example[];
}

/** Every case table, keyed by rule id. */
export async function loadRuleCases(root = ROOT): Promise<Map<string, RuleCases>> {
  const dir = join(root, CASES_DIR);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  const out = new Map<string, RuleCases>();
  for (const file of files) {
    const cases = ((await import(pathToFileURL(join(dir, file)).href)) as { default: RuleCases }).default;
    if (file !== `${cases.ruleId}.ts`) throw new Error(`${CASES_DIR}/${file} holds the cases of ${cases.ruleId}: name the file after its rule`);
    out.set(cases.ruleId, cases);
  }
  return out;
}

export function lintCase(c: ValidCase, extra: Omit<LintOptions, 'codes'> = {}) {
  const options: LintOptions = { ...c.options, ...extra, rules: { ...c.options?.rules, ...extra.rules } };
  if (c.codes) options.codes = c.codes;
  return lint(c.text, options);
}

function example(c: ValidCase, rule: Rule | null): Example {
  const context: string[] = [];
  if (c.codes?.length) context.push(`Codes chosen outside the note: ${c.codes.join(', ')}`);
  if (c.options?.setting) context.push(`Setting: ${c.options.setting}`);
  if (c.options?.age !== undefined) context.push(`Age: ${c.options.age}`);
  for (const [id, level] of Object.entries(c.options?.rules ?? {})) context.push(`Rule ${id}: ${level}`);
  for (const [analyte, range] of Object.entries(c.options?.labRanges ?? {})) context.push(`Lab range ${analyte}: ${JSON.stringify(range)}`);
  const reports = rule
    ? lintCase(c).diagnostics.filter((d) => d.ruleId === rule.meta.id).map((d) => `${d.severity}${d.code ? ` ${d.code}` : ''}: ${d.message}`)
    : [];
  return { name: caseTitle(c.name), text: c.text, context, reports };
}

/**
 * A case name as a reader sees it: the rulebook's "seed" cases lose that internal word
 * ("seed poor case: ..." -> "Poor documentation: ...", "seed 001: G72.4 is a header" -> "G72.4 is a header").
 */
function caseTitle(name: string): string {
  const t = name
    .replace(/^seed(?: \d{3})?(?:\s*:\s*|\s+)/i, '')
    .replace(/^(good|poor) case\b/i, '$1 documentation');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * A pack rule's examples from its pack's table tests (lexicon/packs/<pack>/ `tests`) when it has no
 * TypeScript case table: rows that expect it are invalid examples, rows that expect it silent valid.
 */
export function packCases(rule: Rule): RuleCases | undefined {
  const tests = defaultLexicon().data.packs.find((p) => p.id === rule.meta.pack)?.tests ?? [];
  const asCase = (t: (typeof tests)[number], i: number) => ({
    name: t.name ?? `${rule.meta.pack} example ${i + 1}`,
    text: t.note,
    codes: t.codes,
    options: { ...(t.setting ? { setting: t.setting } : {}), ...(t.age !== undefined ? { age: t.age } : {}) },
  });
  const valid = tests.map(asCase).filter((_, i) => tests[i]!.notExpect.includes(rule.meta.id));
  const invalid = tests.map(asCase).filter((_, i) => tests[i]!.expect.includes(rule.meta.id)).map((c) => ({ ...c, expect: [{ ruleId: rule.meta.id }] }));
  return valid.length > 0 || invalid.length > 0 ? { ruleId: rule.meta.id, valid, invalid } : undefined;
}

function page(rule: Rule, tableCases: RuleCases | undefined): RulePage {
  const { meta } = rule;
  const cases = tableCases ?? packCases(rule);
  if (!cases) throw new Error(`rule ${meta.id} has no examples: add ${CASES_DIR}/${meta.id}.ts or rows to its pack's tests`);
  const lexicon = defaultLexicon();
  return {
    id: meta.id,
    pack: meta.pack,
    kind: meta.kind,
    ruleKind: meta.ruleKind,
    severity: meta.severity,
    description: meta.description,
    codes: meta.codes.map((code) => ({ code, title: lexicon.codes.get(code)?.title ?? '(not in the code lexicon)' })),
    sources: citations(meta.sources, 'page'),
    messages: Object.entries(meta.messages).map(([id, text]) => ({ id, text })),
    valid: cases.valid.map((c) => example(c, null)),
    invalid: cases.invalid.map((c) => example(c, rule)),
  };
}

/** path (relative to the repository) -> content, for every file of the catalogue. */
export async function renderCatalogue(root = ROOT, rules: readonly Rule[] = registry): Promise<Map<string, string>> {
  const cases = await loadRuleCases(root);
  const pages = rules.map((r) => page(r, cases.get(r.meta.id)));
  const files = new Map<string, string>();
  for (const p of pages) {
    files.set(`${MARKDOWN_DIR}/${p.id}.md`, markdownPage(p));
    files.set(`public/${ruleDocPath(p.id)}`, htmlPage(p));
  }
  files.set(`${MARKDOWN_DIR}/README.md`, markdownIndex(pages));
  files.set(`${HTML_DIR}/index.html`, htmlIndex(pages));
  files.set(`${HTML_DIR}/style.css`, STYLE);
  return files;
}

// ---------------------------------------------------------------- grouping

function byPackAndKind(pages: readonly RulePage[]): [string, [DiagnosticKind, RulePage[]][]][] {
  const packs = [...new Set(pages.map((p) => p.pack))].sort();
  return packs.map((pack) => [
    pack,
    (Object.keys(KINDS) as DiagnosticKind[])
      .map((kind): [DiagnosticKind, RulePage[]] => [kind, pages.filter((p) => p.pack === pack && p.kind === kind)])
      .filter(([, ps]) => ps.length > 0),
  ]);
}

function switchOff(id: string) {
  return {
    config: `{"version": 1, "rules": {"${id}": "off"}}`,
    cli: `npx note-lint --rule ${id}:off notes/`,
  };
}

// ---------------------------------------------------------------- Markdown

/** Text in Markdown prose or a table cell: characters that would start markup are escaped. */
const md = (s: string) => s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);

function fence(text: string, lang = 'text'): string {
  let ticks = '```';
  while (text.includes(ticks)) ticks += '`';
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

function markdownExample(e: Example, reportsTitle: string): string {
  const lines = [`#### ${md(e.name)}`, ''];
  for (const c of e.context) lines.push(`${md(c)}  `);
  if (e.context.length > 0) lines.push('');
  lines.push(fence(e.text), '');
  if (e.reports.length > 0) {
    lines.push(`${reportsTitle}:`, '');
    for (const r of e.reports) lines.push(`- ${md(r)}`);
    lines.push('');
  }
  return lines.join('\n');
}

function markdownPage(p: RulePage): string {
  const off = switchOff(p.id);
  const out = [
    `# ${p.id}`,
    '',
    md(p.description),
    '',
    '| | |',
    '|---|---|',
    `| Kind | \`${p.kind}\`: ${md(KINDS[p.kind])} |`,
    `| Default severity | \`${p.severity}\` |`,
    `| Pack | \`${p.pack}\` |`,
    `| Runs as | ${p.ruleKind === 'custom' ? 'a custom rule (TypeScript)' : `generic rule kind \`${p.ruleKind}\` configured by the pack's data`} |`,
    `| Codes | ${p.codes.length > 0 ? p.codes.map((c) => `${c.code} ${md(c.title)}`).join('<br>') : 'any chosen code, or the note as a whole'} |`,
    '',
    '## Sources',
    '',
    ...(p.sources.length > 0 ? p.sources.map((s) => `- ${md(s)}`) : ['None published.']),
    '',
    '## Messages',
    '',
    'Words in braces are filled in from the note.',
    '',
    ...p.messages.map((m) => `- \`${m.id}\`: ${md(m.text)}`),
    '',
    '## Switch it off',
    '',
    `- **Config file** (\`note-lint.config.json\`, or the file the options page exports and imports):`,
    '',
    `  \`\`\`json\n  ${off.config}\n  \`\`\``,
    '',
    `- **CLI**: \`${off.cli}\``,
    `- **Extension**: options page, *Rules*, untick \`${p.id}\`.`,
    '',
    `Instead of \`off\`, \`error\`, \`warning\` or \`info\` changes its severity.`,
    '',
    '## Examples',
    '',
    'From the rule\'s test cases; the reports are what note-lint prints for them.',
    '',
    '### Valid: no report',
    '',
    ...p.valid.map((e) => markdownExample(e, 'Reports')),
    '### Invalid: reported',
    '',
    ...p.invalid.map((e) => markdownExample(e, `\`${p.id}\` reports`)),
  ];
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function markdownIndex(pages: readonly RulePage[]): string {
  const out = [
    '# Rules',
    '',
    `Generated by \`npm run docs:rules\` from the rule registry, the code lexicon and the rules' test cases; do not edit by hand.`,
    `Every rule can be switched off or given another severity by its id: config file, \`--rule id:off\`, options page.`,
    '',
  ];
  for (const [pack, kinds] of byPackAndKind(pages)) {
    out.push(`## Pack \`${pack}\``, '');
    for (const [kind, ps] of kinds) {
      out.push(`### ${kind}`, '', `${md(KINDS[kind].charAt(0).toUpperCase() + KINDS[kind].slice(1))}.`, '');
      out.push('| Rule | Default | Codes | What it checks |', '|---|---|---|---|');
      for (const p of ps) out.push(`| [${p.id}](${p.id}.md) | ${p.severity} | ${p.codes.map((c) => c.code).join(', ') || 'any'} | ${md(p.description)} |`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------- HTML

const html = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function htmlDocument(title: string, body: string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${html(title)} - note-lint</title>`,
    '<link rel="stylesheet" href="style.css">',
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function htmlExample(e: Example, reportsTitle: string): string {
  return [
    '<section class="example">',
    `<h4>${html(e.name)}</h4>`,
    ...e.context.map((c) => `<p class="context">${html(c)}</p>`),
    `<pre>${html(e.text)}</pre>`,
    ...(e.reports.length > 0 ? [`<p>${reportsTitle}:</p>`, '<ul>', ...e.reports.map((r) => `<li>${html(r)}</li>`), '</ul>'] : []),
    '</section>',
  ].join('\n');
}

function htmlPage(p: RulePage): string {
  const off = switchOff(p.id);
  return htmlDocument(p.id, [
    '<p class="nav"><a href="index.html">All rules</a></p>',
    `<h1>${html(p.id)}</h1>`,
    `<p class="description">${html(p.description)}</p>`,
    '<table class="facts">',
    `<tr><th scope="row">Kind</th><td><code>${p.kind}</code>: ${html(KINDS[p.kind])}</td></tr>`,
    `<tr><th scope="row">Default severity</th><td><code>${p.severity}</code></td></tr>`,
    `<tr><th scope="row">Pack</th><td><code>${html(p.pack)}</code></td></tr>`,
    `<tr><th scope="row">Runs as</th><td>${p.ruleKind === 'custom' ? 'a custom rule (TypeScript)' : `generic rule kind <code>${html(p.ruleKind)}</code> configured by the pack's data`}</td></tr>`,
    `<tr><th scope="row">Codes</th><td>${p.codes.length > 0 ? p.codes.map((c) => `${html(c.code)} ${html(c.title)}`).join('<br>') : 'any chosen code, or the note as a whole'}</td></tr>`,
    '</table>',
    '<h2>Sources</h2>',
    ...(p.sources.length > 0 ? ['<ul>', ...p.sources.map((s) => `<li>${html(s)}</li>`), '</ul>'] : ['<p>None published.</p>']),
    '<h2>Messages</h2>',
    '<p>Words in braces are filled in from the note.</p>',
    '<ul>',
    ...p.messages.map((m) => `<li><code>${html(m.id)}</code>: ${html(m.text)}</li>`),
    '</ul>',
    '<h2>Switch it off</h2>',
    '<ul>',
    `<li><strong>Config file</strong> (<code>note-lint.config.json</code>, or the file the options page exports and imports): <code>${html(off.config)}</code></li>`,
    `<li><strong>CLI</strong>: <code>${html(off.cli)}</code></li>`,
    `<li><strong>Extension</strong>: options page, <em>Rules</em>, untick <code>${html(p.id)}</code>.</li>`,
    '</ul>',
    '<p>Instead of <code>off</code>, <code>error</code>, <code>warning</code> or <code>info</code> changes its severity.</p>',
    '<h2>Examples</h2>',
    '<p>From the rule\'s test cases; the reports are what note-lint prints for them.</p>',
    '<h3>Valid: no report</h3>',
    ...p.valid.map((e) => htmlExample(e, 'Reports')),
    '<h3>Invalid: reported</h3>',
    ...p.invalid.map((e) => htmlExample(e, `<code>${html(p.id)}</code> reports`)),
  ]);
}

function htmlIndex(pages: readonly RulePage[]): string {
  const body = ['<h1>Rules</h1>', '<p>Every rule can be switched off or given another severity by its id: config file, <code>--rule id:off</code>, options page.</p>'];
  for (const [pack, kinds] of byPackAndKind(pages)) {
    body.push(`<h2>Pack <code>${html(pack)}</code></h2>`);
    for (const [kind, ps] of kinds) {
      body.push(`<h3>${kind}</h3>`, `<p>${html(KINDS[kind].charAt(0).toUpperCase() + KINDS[kind].slice(1))}.</p>`, '<table class="index">');
      body.push('<tr><th scope="col">Rule</th><th scope="col">Default</th><th scope="col">Codes</th><th scope="col">What it checks</th></tr>');
      for (const p of ps) {
        body.push(`<tr><td><a href="${html(p.id)}.html">${html(p.id)}</a></td><td>${p.severity}</td><td>${html(p.codes.map((c) => c.code).join(', ') || 'any')}</td><td>${html(p.description)}</td></tr>`);
      }
      body.push('</table>');
    }
  }
  return htmlDocument('Rules', body);
}

const STYLE = `/* Rule pages shipped in the extension (generated by npm run docs:rules). */
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1b1f23; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.05rem; margin-top: 1.5rem; }
h4 { font-size: 0.95rem; margin: 1rem 0 0.25rem; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.9em; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; padding: 0.5rem 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.75rem 0.25rem 0; border-bottom: 1px solid #eaeef2; }
.context { margin: 0; color: #57606a; font-size: 0.9em; }
.nav { font-size: 0.9em; }
@media (prefers-color-scheme: dark) {
  body { color: #e6edf3; background: #0d1117; }
  pre { background: #161b22; border-color: #30363d; }
  h2, th, td { border-color: #30363d; }
  a { color: #58a6ff; }
  .context { color: #8b949e; }
}
`;
