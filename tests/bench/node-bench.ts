/**
 * The in-Node half of the bench: lint and compromise's full parse timed on the same texts, per size
 * class and over the whole corpus, the 1 MB note, heap use and the adversarial inputs.
 */
import nlp from 'compromise';
import { lint } from '../../src/engine/index.ts';
import type { AdversarialInput } from './adversarial.ts';
import type { Family } from './adversarial-families.ts';
import { measurePackCost, type PackCostNote, type PackCostResult } from './pack-cost.ts';
import { forceGc, heapPerCall, timeTexts, warmUp, type HeapUse } from './measure.ts';
import { summarize, type Summary } from './stats.ts';
import type { SizeClass } from './corpus/size-classes.ts';

export interface ClassInput {
  sizeClass: SizeClass;
  texts: string[];
}

export interface TimingSummary extends Summary {
  charsPerSecond: number;
  /** Process CPU time of the same runs (see TimedTexts.cpuSamples). */
  cpu: Summary;
}

export interface ClassResult {
  id: string;
  notes: number;
  meanChars: number;
  lint: TimingSummary;
  compromise: TimingSummary | null;
  /** Sum of each note's median lint time / sum of its median compromise parse time. */
  ratio: number | null;
  heap: HeapUse;
  findingsPerNote: number;
  diagnosticsPerNote: number;
}

export interface MegabyteResult {
  chars: number;
  /** Wall ms of the runs, with their process CPU ms. */
  lint: Summary & { cpu: Summary };
  compromiseMs: number | null;
  heap: HeapUse;
}

export interface AdversarialResult {
  id: string;
  description: string;
  chars: number;
  /** Slowest of the runs, wall ms. */
  ms: number;
  /** Slowest of the runs, process CPU ms. */
  cpuMs: number;
  runs: number;
  findings: number;
}

/** One adversarial family linted at n and 2n characters: linear work keeps `growth` near 2. */
export interface GrowthResult {
  family: string;
  chars: number;
  /** Fastest of the runs, process CPU ms, at `chars` and at twice `chars`. */
  cpuMs: number;
  doubledCpuMs: number;
  /** doubledCpuMs / cpuMs, both floored at GROWTH_FLOOR_MS so timer noise on fast inputs is no growth. */
  growth: number;
}

export interface NodeBenchResult {
  packCost: PackCostResult;
  classes: ClassResult[];
  all: ClassResult;
  megabyte: MegabyteResult;
  adversarial: AdversarialResult[];
  growth: GrowthResult[];
  warmupMs: number;
}

export interface NodeBenchPlan {
  classes: ClassInput[];
  megabyte: string;
  adversarial: AdversarialInput[];
  /** Families linted at `growthChars` and twice that. */
  families: Family[];
  growthChars: number;
  /** Notes for ratio_all_packs_vs_one (pack-cost.ts) and how many interleaved rounds to time. */
  packNotes: { label: string; notes: PackCostNote[]; rounds: number };
  /** Scales the per-class run counts (quick runs use less). */
  runScale: number;
  compromiseOnMegabyte: boolean;
  log: (message: string) => void;
}

const WARMUP_MS = 1_500;
const PACK_COST_WARMUP_MS = 1_000;
const MEGABYTE_RUNS = 3;
const ADVERSARIAL_RUNS = 3;
const GROWTH_RUNS = 3;
export const GROWTH_FLOOR_MS = 10;

const lintText = (text: string): unknown => lint(text);
const parseText = (text: string): unknown => nlp(text);

interface Timed {
  samples: number[];
  cpuSamples: number[];
  perText: number[];
  chars: number;
}

export function runNodeBench(plan: NodeBenchPlan): NodeBenchResult {
  const gc = forceGc();
  const classes = plan.classes.filter((c) => c.texts.length > 0);
  const mixed = classes.flatMap((c) => c.texts.slice(0, 40));
  const runs = (n: number): number => Math.max(1, Math.round(n * plan.runScale));

  plan.log(`warming up lint for ${WARMUP_MS} ms`);
  warmUp(mixed, lintText, WARMUP_MS);
  const lintTimes = new Map<string, Timed>();
  for (const { sizeClass, texts } of classes) {
    plan.log(`lint: ${texts.length} notes of ${sizeClass.id} x ${runs(sizeClass.lintRuns)} runs`);
    lintTimes.set(sizeClass.id, withChars(timeTexts(texts, lintText, runs(sizeClass.lintRuns)), texts, runs(sizeClass.lintRuns)));
  }

  const { packNotes } = plan;
  plan.log(`pack cost: ${packNotes.notes.length} notes (${packNotes.label}) with the weakness pack only and with all packs, interleaved, x ${packNotes.rounds} rounds`);
  const packCost = measurePackCost(packNotes.label, packNotes.notes, packNotes.rounds, PACK_COST_WARMUP_MS);

  plan.log(`warming up compromise for ${WARMUP_MS} ms`);
  warmUp(mixed, parseText, WARMUP_MS);
  const parseTimes = new Map<string, Timed>();
  for (const { sizeClass, texts } of classes) {
    plan.log(`compromise: ${texts.length} notes of ${sizeClass.id} x ${runs(sizeClass.compromiseRuns)} runs`);
    parseTimes.set(sizeClass.id, withChars(timeTexts(texts, parseText, runs(sizeClass.compromiseRuns)), texts, runs(sizeClass.compromiseRuns)));
  }

  plan.log('heap per lint call');
  const results = classes.map(({ sizeClass, texts }) =>
    classResult(sizeClass.id, texts, lintTimes.get(sizeClass.id)!, parseTimes.get(sizeClass.id)!, heapPerCall(texts, lintText, gc)),
  );
  const allTexts = classes.flatMap((c) => c.texts);
  const pooled = (times: Map<string, Timed>): Timed => ({
    samples: [...times.values()].flatMap((t) => t.samples),
    cpuSamples: [...times.values()].flatMap((t) => t.cpuSamples),
    perText: [...times.values()].flatMap((t) => t.perText),
    chars: [...times.values()].reduce((sum, t) => sum + t.chars, 0),
  });
  const all = classResult('all', allTexts, pooled(lintTimes), pooled(parseTimes), {
    peakHeapUsed: Math.max(...results.map((r) => r.heap.peakHeapUsed)),
    peakAddedByCall: Math.max(...results.map((r) => r.heap.peakAddedByCall)),
  });
  all.findingsPerNote = weightedMean(results.map((r) => [r.findingsPerNote, r.notes]));
  all.diagnosticsPerNote = weightedMean(results.map((r) => [r.diagnosticsPerNote, r.notes]));

  plan.log(`1 MB note (${plan.megabyte.length} chars): lint x ${MEGABYTE_RUNS}`);
  const megabyteLint = timeTexts([plan.megabyte], lintText, MEGABYTE_RUNS);
  const megabyteHeap = heapPerCall([plan.megabyte], lintText, gc);
  let compromiseMs: number | null = null;
  if (plan.compromiseOnMegabyte) {
    plan.log('1 MB note: compromise x 1');
    compromiseMs = timeTexts([plan.megabyte], parseText, 1).samples[0]!;
    gc();
  }

  plan.log(`adversarial inputs: ${plan.adversarial.length} x ${ADVERSARIAL_RUNS} runs`);
  const adversarial = plan.adversarial.map(({ id, description, text }) => {
    const { samples, cpuSamples } = timeTexts([text], lintText, ADVERSARIAL_RUNS);
    return { id, description, chars: text.length, ms: Math.max(...samples), cpuMs: Math.max(...cpuSamples), runs: ADVERSARIAL_RUNS, findings: lint(text).findings.length };
  });

  plan.log(`growth: ${plan.families.length} adversarial families at ${plan.growthChars} and ${2 * plan.growthChars} chars`);
  const growth = plan.families.map((family) => measureGrowth(family, plan.growthChars, gc));

  return {
    packCost,
    classes: results,
    all,
    megabyte: { chars: plan.megabyte.length, lint: { ...summarize(megabyteLint.samples), cpu: summarize(megabyteLint.cpuSamples) }, compromiseMs, heap: megabyteHeap },
    adversarial,
    growth,
    warmupMs: WARMUP_MS,
  };
}

function measureGrowth(family: Family, chars: number, gc: () => void): GrowthResult {
  // A collection before each run: garbage of the run before (a major GC in one of the two sizes
  // only) read as growth of x4 on inputs whose work is linear.
  const fastestCpu = (text: string) =>
    Math.min(
      ...Array.from({ length: GROWTH_RUNS }, () => {
        gc();
        return timeTexts([text], lintText, 1).cpuSamples[0]!;
      }),
    );
  const cpuMs = fastestCpu(family.build(chars));
  const doubledCpuMs = fastestCpu(family.build(2 * chars));
  return { family: family.name, chars, cpuMs, doubledCpuMs, growth: Math.max(doubledCpuMs, GROWTH_FLOOR_MS) / Math.max(cpuMs, GROWTH_FLOOR_MS) };
}

function withChars(timed: Omit<Timed, 'chars'>, texts: readonly string[], runs: number): Timed {
  return { ...timed, chars: texts.reduce((sum, t) => sum + t.length, 0) * runs };
}

function timing(timed: Timed): TimingSummary {
  const summary = summarize(timed.samples);
  return { ...summary, charsPerSecond: summary.total > 0 ? (timed.chars / summary.total) * 1000 : Infinity, cpu: summarize(timed.cpuSamples) };
}

function classResult(id: string, texts: readonly string[], lintTimed: Timed, parseTimed: Timed | undefined, heap: HeapUse): ClassResult {
  const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
  let findings = 0;
  let diagnostics = 0;
  for (const text of texts) {
    const result = lint(text);
    findings += result.findings.length;
    diagnostics += result.diagnostics.length;
  }
  const parseTotal = parseTimed ? sum(parseTimed.perText) : 0;
  return {
    id,
    notes: texts.length,
    meanChars: Math.round(sum(texts.map((t) => t.length)) / texts.length),
    lint: timing(lintTimed),
    compromise: parseTimed ? timing(parseTimed) : null,
    ratio: parseTotal > 0 ? sum(lintTimed.perText) / parseTotal : null,
    heap,
    findingsPerNote: findings / texts.length,
    diagnosticsPerNote: diagnostics / texts.length,
  };
}

function weightedMean(pairs: readonly [number, number][]): number {
  const weight = pairs.reduce((s, [, w]) => s + w, 0);
  return weight > 0 ? pairs.reduce((s, [x, w]) => s + x * w, 0) / weight : 0;
}
