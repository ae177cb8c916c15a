/**
 * The bench's two outputs: one JSON object (flat budget keys first, then the detail) and readable
 * tables with every budget next to its measurement.
 */
import { checkBudgets, type BudgetResult } from './budgets.ts';
import type { BrowserResult } from './browser-types.ts';
import type { BuildSizesResult, EntrypointSize } from './build-sizes.ts';
import type { ClassResult, NodeBenchResult } from './node-bench.ts';

export interface BenchReport {
  corpus: string;
  /** loadAverage: the 1-minute load average before and after the run; above the core count, other processes competed for the CPUs and times are inflated. */
  environment: { node: string; platform: string; cpus: number; cpuModel: string; loadAverage: [number, number] };
  node: NodeBenchResult;
  build: BuildSizesResult;
  browser: BrowserResult;
}

export type FlatKeys = Record<string, number | null>;

/** "0.5k" -> "0_5k", so every class has keys like p95_ms_0_5k. */
const keyOf = (classId: string): string => classId.replace('.', '_');

export function flatKeys(report: BenchReport): FlatKeys {
  const flat: FlatKeys = {};
  for (const c of report.node.classes) {
    flat[`p50_ms_${keyOf(c.id)}`] = c.lint.p50;
    flat[`p95_ms_${keyOf(c.id)}`] = c.lint.p95;
    flat[`max_ms_${keyOf(c.id)}`] = c.lint.max;
    flat[`p95_cpu_ms_${keyOf(c.id)}`] = c.lint.cpu.p95;
  }
  for (const key of ['p50_ms_3k', 'p95_ms_3k', 'p95_ms_10k', 'p95_ms_100k']) flat[key] ??= null;
  flat.ms_1mb = report.node.megabyte.lint.p50;
  flat.cpu_ms_1mb = report.node.megabyte.lint.cpu.p50;
  flat.ratio_vs_compromise = report.node.all.ratio;
  flat.ratio_all_packs_vs_one = report.node.packCost.ratio;
  flat.chars_per_second = report.node.all.lint.charsPerSecond;
  flat.peak_heap_added_bytes = Math.max(report.node.all.heap.peakAddedByCall, report.node.megabyte.heap.peakAddedByCall);
  flat.adversarial_max_ms = report.node.adversarial.length > 0 ? Math.max(...report.node.adversarial.map((a) => a.ms)) : null;
  const growth = report.node.growth;
  flat.adversarial_growth_max = growth.length > 0 ? Math.max(...growth.map((g) => g.growth)) : null;
  const sizes = report.build.ok ? report.build.sizes : null;
  flat.content_script_gzip_bytes = sizes?.contentScript?.gzip ?? null;
  flat.content_script_raw_bytes = sizes?.contentScript?.raw ?? null;
  flat.background_gzip_bytes = sizes?.background?.gzip ?? null;
  flat.popup_gzip_bytes = sizes?.popup?.gzip ?? null;
  const browser = report.browser.ok ? report.browser.bench : null;
  const worst = (size: '3k' | '10k', stat: 'p50' | 'p95'): number | null => {
    const rows = browser?.keystroke.filter((k) => k.size === size) ?? [];
    return rows.length > 0 ? Math.max(...rows.map((k) => k[stat])) : null;
  };
  flat.keystroke_p50_ms_3k = worst('3k', 'p50');
  flat.keystroke_p95_ms_3k = worst('3k', 'p95');
  flat.keystroke_p50_ms_10k = worst('10k', 'p50');
  flat.keystroke_p95_ms_10k = worst('10k', 'p95');
  flat.long_tasks_while_typing = browser ? browser.longTasks.count : null;
  flat.cold_start_ms = browser?.coldStartMs ?? null;
  flat.warm_start_ms = browser?.warmStartMs ?? null;
  return flat;
}

export function jsonReport(report: BenchReport): string {
  const flat = flatKeys(report);
  return JSON.stringify({
    ...flat,
    budgets: checkBudgets(flat),
    corpus: report.corpus,
    environment: report.environment,
    measurement: MEASUREMENT_NOTES,
    classes: report.node.classes,
    all: report.node.all,
    packCost: report.node.packCost,
    megabyte: report.node.megabyte,
    adversarial: report.node.adversarial,
    growth: report.node.growth,
    build: report.build,
    browser: report.browser,
  });
}

export const MEASUREMENT_NOTES = {
  cpu: 'process.cpuUsage() (user + system, all threads) around the same calls: unaffected by other processes taking the cores, so compare it with the wall time on a busy machine',
  time: 'performance.now() around one synchronous lint(text) / nlp(text) call in one Node process, after a 1.5 s warm-up of each; runs go round-robin over the notes; p50/p95/max are nearest-rank over every run of every note of the class',
  ratio: 'sum over notes of median lint time / sum over the same notes of median compromise nlp(text) time (compromise default build)',
  ratio_all_packs_vs_one:
    'the eval notes (tests/eval/cases) linted with every pack and with the weakness pack alone, interleaved note by note (alternating which goes first), in process CPU time; sum over notes of each note\'s median over the rounds, all packs / one pack',
  ms_1mb: 'median of 3 lint runs of the 1 MiB note',
  heap: 'full GC (gc() exposed at run time), heapUsed read before and right after one lint call with its result still referenced; the added bytes are a lower bound of the peak when a scavenge ran inside the call',
  keystroke: 'Chromium with the built extension: for each edit, time from the last synthetic key event to the animation frame in which the field\'s CSS highlights changed; worst of contenteditable and textarea',
  sizes: 'files the manifest names for each entrypoint plus their static imports, raw bytes and gzip -9 per file, summed',
};

const ms = (x: number | null | undefined): string => (x === null || x === undefined ? '-' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const bytes = (x: number | null | undefined): string => (x === null || x === undefined ? '-' : x >= 1024 * 1024 ? `${(x / 1024 / 1024).toFixed(1)} MB` : `${(x / 1024).toFixed(1)} KB`);
const rate = (x: number): string => (Number.isFinite(x) ? `${(x / 1e6).toFixed(1)} M` : '-');

/** `align`: one letter per column, "l" or "r" (default: first column left, the rest right). */
function table(head: readonly string[], rows: readonly (readonly string[])[], align = 'l'): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const left = (i: number): boolean => (align[i] ?? 'r') === 'l';
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (left(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function classRow(c: ClassResult): string[] {
  return [
    c.id,
    String(c.notes),
    String(c.meanChars),
    ms(c.lint.p50),
    ms(c.lint.p95),
    ms(c.lint.max),
    ms(c.lint.cpu.p95),
    rate(c.lint.charsPerSecond),
    ms(c.compromise?.p50),
    ms(c.compromise?.p95),
    c.ratio === null ? '-' : c.ratio.toFixed(3),
    bytes(c.heap.peakAddedByCall),
    c.findingsPerNote.toFixed(1),
    c.diagnosticsPerNote.toFixed(1),
  ];
}

function sizeRow(name: string, size: EntrypointSize | null): string[] {
  return [name, size ? bytes(size.raw) : '-', size ? bytes(size.gzip) : '-', size ? size.files.map((f) => f.file).join(' ') : 'not in manifest'];
}

function budgetValue(b: BudgetResult): string {
  if (b.value === null) return '-';
  if (b.unit === 'ms') return `${ms(b.value)} ms`;
  if (b.unit === 'bytes') return bytes(b.value);
  if (b.unit === 'ratio') return b.value.toFixed(3);
  return String(b.value);
}

export function humanReport(report: BenchReport): string {
  const { node, build, browser, environment } = report;
  const flat = flatKeys(report);
  const out: string[] = [];
  out.push(`note-lint bench: ${report.corpus}`);
  out.push(`Node ${environment.node} on ${environment.platform}, ${environment.cpus} x ${environment.cpuModel}`);
  const [loadBefore, loadAfter] = environment.loadAverage;
  const busy = Math.max(loadBefore, loadAfter) > environment.cpus;
  out.push(`1-min load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after${busy ? ': other processes competed for the CPUs, so times (p95 and max most) are inflated' : ''}`);
  out.push('');
  out.push('Lint vs compromise full parse, wall ms per note (nearest-rank percentiles over every run; cpu p95: process CPU ms of the same runs)');
  out.push(
    table(
      ['class', 'notes', 'mean chars', 'lint p50', 'p95', 'max', 'cpu p95', 'chars/s', 'nlp p50', 'nlp p95', 'lint/nlp', 'heap added', 'findings', 'diags'],
      [...node.classes.map(classRow), classRow(node.all)],
    ),
  );
  const pc = node.packCost;
  out.push('');
  out.push(
    `All ${pc.packs} packs vs the weakness pack alone, ${pc.noteCount} notes (${pc.notes}), CPU ms, each note's median of ${pc.rounds} interleaved rounds: ` +
      `${ms(pc.allPacksMs)} / ${ms(pc.onePackMs)} = ${pc.ratio.toFixed(3)} (single rounds ${pc.roundRatioMin.toFixed(2)}-${pc.roundRatioMax.toFixed(2)})`,
  );
  const mb = node.megabyte;
  out.push('');
  out.push(
    `1 MB note (${mb.chars} chars): lint p50 ${ms(mb.lint.p50)} ms, max ${ms(mb.lint.max)} ms over ${mb.lint.n} runs (cpu p50 ${ms(mb.lint.cpu.p50)} ms); ` +
      `compromise ${mb.compromiseMs === null ? 'not run' : `${ms(mb.compromiseMs)} ms`}; heap added ${bytes(mb.heap.peakAddedByCall)}`,
  );
  out.push('');
  out.push(`Adversarial inputs (slowest of ${node.adversarial[0]?.runs ?? 0} runs; budget < 1000 ms each)`);
  out.push(table(['input', 'chars', 'ms', 'cpu ms', 'findings', 'what'], node.adversarial.map((a) => [a.id, String(a.chars), ms(a.ms), ms(a.cpuMs), String(a.findings), a.description]), 'lrrrrl'));
  out.push('');
  const growth = [...node.growth].sort((a, b) => b.growth - a.growth).slice(0, 8);
  out.push(`Growth on adversarial families, 100 KB -> 200 KB (fastest of 2 runs, CPU ms; worst ${growth.length} of ${node.growth.length}; budget x3)`);
  out.push(table(['family', 'cpu ms', 'cpu ms x2', 'growth'], growth.map((g) => [g.family, ms(g.cpuMs), ms(g.doubledCpuMs), g.growth.toFixed(2)]), 'lrrr'));
  out.push('');
  out.push('Extension build (.output/chrome-mv3)');
  if (build.ok) {
    out.push(table(['entrypoint', 'raw', 'gzip', 'files'], [sizeRow('content script', build.sizes.contentScript), sizeRow('background', build.sizes.background), sizeRow('popup', build.sizes.popup)], 'lrrl'));
  } else out.push(`  not measured: ${build.reason}`);
  out.push('');
  out.push('Browser (Chromium, built extension)');
  if (browser.ok) {
    const b = browser.bench;
    out.push(`  ${b.chromium}; the content script waits 3x the field's last lint round trip (${b.debounceMs.min}-${b.debounceMs.max} ms) after the last input before it asks for a lint, so most of every latency below is that debounce`);
    out.push(table(['field', 'size', 'chars', 'edits', 'p50 ms', 'p95 ms', 'max ms'], b.keystroke.map((k) => [k.field, k.size, String(k.chars), `${k.edits}${k.missed ? ` (+${k.missed} missed)` : ''}`, ms(k.p50), ms(k.p95), ms(k.max)]), 'll'));
    const during = b.longTasks.entries.map((t) => `${ms(t.duration)} ms in ${t.size} during ${t.during}`).join('; ');
    out.push(`  long tasks while typing: ${b.longTasks.count} (max ${ms(b.longTasks.maxMs)} ms, total ${ms(b.longTasks.totalMs)} ms)${during ? `: ${during}` : ''}`);
    out.push(
      `  cold start to first highlights: ${ms(b.coldStartMs)} ms from navigation start (page DOMContentLoaded at ${ms(b.coldDomContentLoadedMs)} ms; ` +
        `${b.coldStartLongTasks} long tasks); same page again: ${ms(b.warmStartMs)} ms`,
    );
  } else out.push(`  not measured: ${browser.reason}`);
  out.push('');
  out.push('Budgets');
  out.push(table(['budget', 'key', 'measured', 'limit', ''], checkBudgets(flat).map((b) => [b.label, b.key, budgetValue(b), budgetValue({ ...b, value: b.limit }), b.status.toUpperCase()]), 'llrrl'));
  return out.join('\n');
}
