/**
 * `ratio_all_packs_vs_one`: the same notes linted with every pack's lexicon and with a lexicon of the
 * weakness pack alone (assembled from the lexicon files without the other packs, as a build with only
 * that pack would have it). Measured for a noisy, shared 2-core machine: process CPU time
 * (process.cpuUsage: time other processes take does not count), the two lexicons interleaved note by
 * note (which goes first alternates), so load, JIT and garbage-collection phases fall on both alike,
 * and each note's median over the rounds, so a collection or a preemption landing on one call is an
 * outlier, not a trend. The ratio is the sum of the notes' medians with all packs over the same sum
 * with one pack.
 */
import { join } from 'node:path';
import { lint } from '../../src/engine/index.ts';
import { compileLexicon, defaultLexicon, type CompiledLexicon } from '../../src/engine/lexicon.ts';
import type { LintOptions } from '../../src/engine/types.ts';
import { assembleLexicon } from '../../src/lexicon/assemble.ts';
import { inflect } from '../../src/lexicon/inflect.ts';
import { readLexiconFiles } from '../../src/lexicon/load-files.ts';
import { median } from './stats.ts';

export interface PackCostNote {
  text: string;
  options: LintOptions;
}

export interface PackCostResult {
  /** What the notes are. */
  notes: string;
  noteCount: number;
  /** Packs in the full lexicon. */
  packs: number;
  rounds: number;
  /** Sum over the notes of each note's median CPU ms with the weakness pack alone, and with every pack. */
  onePackMs: number;
  allPacksMs: number;
  /** allPacksMs / onePackMs. */
  ratio: number;
  /** Each round's own ratio (its CPU sum with all packs / with one), lowest and highest: the noise. */
  roundRatioMin: number;
  roundRatioMax: number;
}

/** The ratio of sums of per-note medians; samples[lexicon][round][note] in CPU ms. */
export function packCostRatio(one: readonly (readonly number[])[], all: readonly (readonly number[])[]): Pick<PackCostResult, 'onePackMs' | 'allPacksMs' | 'ratio' | 'roundRatioMin' | 'roundRatioMax'> {
  const notes = one[0]?.length ?? 0;
  const sumOfMedians = (rounds: readonly (readonly number[])[]): number => {
    let sum = 0;
    for (let i = 0; i < notes; i++) sum += median(rounds.map((round) => round[i]!));
    return sum;
  };
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const onePackMs = sumOfMedians(one);
  const allPacksMs = sumOfMedians(all);
  const roundRatios = one.map((round, r) => sum(all[r]!) / sum(round));
  return { onePackMs, allPacksMs, ratio: allPacksMs / onePackMs, roundRatioMin: Math.min(...roundRatios), roundRatioMax: Math.max(...roundRatios) };
}

/** The bundled lexicon's files without the packs other than weakness, compiled. */
export function weaknessOnlyLexicon(lexiconDir: string): CompiledLexicon {
  const files = readLexiconFiles(lexiconDir).filter((f) => !f.path.startsWith('packs/') || f.path.startsWith('packs/weakness/'));
  return compileLexicon(assembleLexicon(files, inflect));
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export function measurePackCost(label: string, notes: readonly PackCostNote[], rounds: number, warmUpMs: number): PackCostResult {
  const all = defaultLexicon();
  const one = weaknessOnlyLexicon(join(import.meta.dirname, '../../lexicon'));
  const lexicons = [one, all] as const;
  // At least one pass over every note with both lexicons, so both are compiled and warm.
  const until = performance.now() + warmUpMs;
  let sink = 0;
  do for (const note of notes) for (const lexicon of lexicons) sink += lint(note.text, note.options, lexicon).diagnostics.length;
  while (performance.now() < until);
  const samples: number[][][] = [[], []];
  for (let r = 0; r < rounds; r++) {
    const round: number[][] = [[], []];
    notes.forEach((note, i) => {
      const first = (r + i) % 2;
      for (const which of [first, 1 - first]) {
        const start = cpuMs();
        sink += lint(note.text, note.options, lexicons[which]!).diagnostics.length;
        round[which]![i] = cpuMs() - start;
      }
    });
    samples[0]!.push(round[0]!);
    samples[1]!.push(round[1]!);
  }
  if (sink < 0) throw new Error('unreachable: keeps the lint results observed');
  return { notes: label, noteCount: notes.length, packs: all.data.packs.length, rounds, ...packCostRatio(samples[0]!, samples[1]!) };
}
