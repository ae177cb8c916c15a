/**
 * `npm run bench -- [--json] [--corpus PATH] [--check] [--quick] [--no-browser] [--profile]`:
 * lint time per note size against compromise's full parse, the 1 MB note, adversarial inputs, the
 * built extension's sizes and, in Chromium, keystroke-to-highlight latency. See args.ts for usage.
 */
import { cpus, loadavg, platform } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adversarialInputs } from './adversarial.ts';
import { FAMILIES, LEXICON_FAMILIES } from './adversarial-families.ts';
import { parseArgs, USAGE, type BenchArgs } from './args.ts';
import { anyBudgetFailed, checkBudgets } from './budgets.ts';
import { readBuildSizes } from './build-sizes.ts';
import { DEFAULT_SEED, MEGABYTE, generateCorpus, generateMegabyteNote } from './corpus/generate.ts';
import { loadCorpus } from './corpus/load.ts';
import { SIZE_CLASSES, sizeClassOf } from './corpus/size-classes.ts';
import type { ClassInput } from './node-bench.ts';
import type { PackCostNote } from './pack-cost.ts';
import { flatKeys, humanReport, jsonReport, type BenchReport } from './report.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const QUICK_SHARE = 5;
const EVAL_CASES = join(ROOT, 'tests', 'eval', 'cases');
/** Interleaved rounds of ratio_all_packs_vs_one (pack-cost.ts): each note's median is over these. */
const PACK_COST_ROUNDS = { full: 9, quick: 5 };
const BROWSER_EDITS = 40;

interface Corpus {
  label: string;
  classes: ClassInput[];
  megabyte: string;
  sampleNote: string;
  /** The browser run always types into generated notes (a --corpus may have no 10k note). */
  browserNotes: Record<'3k' | '10k', string>;
}

function buildCorpus(args: BenchArgs): Corpus {
  const seed = args.seed ?? DEFAULT_SEED;
  const notes = generateCorpus(seed);
  const firstOf = (id: string): string => notes.find((n) => n.sizeClass === id)!.text;
  const browserNotes = { '3k': firstOf('3k'), '10k': firstOf('10k') };
  const thin = <T>(items: T[]): T[] => (args.quick ? items.filter((_, i) => i % QUICK_SHARE === 0) : items);
  if (args.corpus) {
    const loaded = loadCorpus(args.corpus);
    const classes = SIZE_CLASSES.map((sizeClass) => ({ sizeClass, texts: thin(loaded.filter((n) => sizeClassOf(n.text.length) === sizeClass).map((n) => n.text)) }));
    const texts = loaded.map((n) => n.text);
    return {
      label: `${args.corpus} (${loaded.length} notes; 1 MB note = its notes joined)`,
      browserNotes,
      classes,
      megabyte: joinTo(texts, MEGABYTE),
      sampleNote: texts.reduce((a, b) => (b.length > a.length ? b : a)),
    };
  }
  return {
    browserNotes,
    label: `generated corpus, seed ${seed}${args.quick ? ' (quick: every 5th note)' : ''}`,
    classes: SIZE_CLASSES.map((sizeClass) => ({ sizeClass, texts: thin(notes.filter((n) => n.sizeClass === sizeClass.id).map((n) => n.text)) })),
    megabyte: generateMegabyteNote(seed),
    sampleNote: notes.find((n) => n.sizeClass === '10k')!.text,
  };
}

/**
 * The notes of ratio_all_packs_vs_one: the eval cases (tests/eval/cases), every pack's inpatient and
 * outpatient notes, each linted with its codes, setting and age as eval:cases does, so every pack's
 * rules have their own notes to work on. The generated corpus is weakness stories, where the other
 * packs would find little to do and the ratio would flatter them.
 */
async function packCostNotes(quick: boolean): Promise<{ label: string; notes: PackCostNote[]; rounds: number }> {
  const { loadCases } = await import('../eval/lib/load-cases.ts');
  const { KNOWN_RULE_IDS } = await import('../eval/lib/known-rules.ts');
  const { optionsFor } = await import('../../scripts/eval-cases.ts');
  const cases = loadCases(EVAL_CASES, KNOWN_RULE_IDS);
  return { label: 'tests/eval/cases', notes: cases.map((c) => ({ text: c.text, options: optionsFor(c) })), rounds: quick ? PACK_COST_ROUNDS.quick : PACK_COST_ROUNDS.full };
}

/** Notes joined with blank lines, repeated as needed, cut to `length` characters. */
function joinTo(texts: readonly string[], length: number): string {
  const one = texts.join('\n\n');
  return one.repeat(Math.ceil(length / (one.length + 2))).slice(0, length);
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`bench: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);
  let corpus: Corpus;
  try {
    corpus = buildCorpus(args);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return 2;
  }
  // The engine is imported only now: with source maps on first when profiling, so V8's positions in
  // tsx's transpiled code map back to .ts lines.
  if (args.profile) {
    process.setSourceMapsEnabled(true);
    const { profileLint } = await import('./profile.ts');
    process.stdout.write(`${await profileLint(corpus.classes.flatMap((c) => c.texts), join(ROOT, 'bench-output'), log)}\n`);
    return 0;
  }
  const loadBefore = loadavg()[0]!;
  const { runNodeBench } = await import('./node-bench.ts');
  const node = runNodeBench({
    classes: corpus.classes,
    megabyte: corpus.megabyte,
    adversarial: adversarialInputs(corpus.sampleNote),
    families: [...FAMILIES, ...LEXICON_FAMILIES],
    growthChars: 100_000,
    packNotes: await packCostNotes(args.quick),
    runScale: args.quick ? 0.5 : 1,
    compromiseOnMegabyte: !args.quick,
    log,
  });
  const build = readBuildSizes(join(ROOT, '.output', 'chrome-mv3'));
  const { runBrowserBench } = await import('./browser.ts');
  const browser = args.browser
    ? await runBrowserBench({ build, notes: corpus.browserNotes, edits: BROWSER_EDITS, log })
    : { ok: false as const, reason: args.quick ? 'skipped (--quick)' : 'skipped (--no-browser)' };
  const cpu = cpus();
  const report: BenchReport = {
    corpus: corpus.label,
    environment: {
      node: process.version,
      platform: `${platform()} ${process.arch}`,
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown',
      loadAverage: [loadBefore, loadavg()[0]!],
    },
    node,
    build,
    browser,
  };
  process.stdout.write(`${args.json ? jsonReport(report) : humanReport(report)}\n`);
  return args.check && anyBudgetFailed(checkBudgets(flatKeys(report))) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
