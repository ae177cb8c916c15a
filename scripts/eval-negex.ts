/**
 * NegEx-style evaluation of the assertion stage:
 *   npm run eval:negex -- <file.tsv> [--json] [--errors]
 * The TSV has a header row naming at least `condition`, `sentence` and `negation` (Negated |
 * Affirmed); optional `temporality` (Historical | Recent | Not particular) and `experiencer`
 * (Patient | Family member | Other). Each condition is located in its sentence (case-insensitive,
 * any whitespace), asserted with the engine's real analyze + ConText stages (assertSpan), and
 * scored per class (negated, historical, hypothetical, experiencer: precision, recall, F1,
 * accuracy). A condition that cannot be located counts as an affirmed, current, patient prediction.
 * `--json` keeps the negated class's scores at the top level (the contract of architecture.md) and
 * adds `classes` with every class.
 * Exit codes: 0 scored, 2 bad usage or unreadable input.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { assertSpan } from '../src/engine/assertion/assert.ts';
import type { CompiledLexicon } from '../src/engine/lexicon.ts';
import type { Assertion } from '../src/engine/types.ts';

export interface Row {
  line: number;
  condition: string;
  sentence: string;
  negation: string;
  temporality?: string;
  experiencer?: string;
}

interface BinaryScore {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

class UsageError extends Error {}

export function parseTsv(source: string, file: string): Row[] {
  const lines = source.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const [condition, sentence, negation] = [col('condition'), col('sentence'), col('negation')];
  if (condition < 0 || sentence < 0 || negation < 0) {
    throw new UsageError(`${file}: the header row must name condition, sentence and negation columns (found: ${header.join(', ')})`);
  }
  const temporality = col('temporality');
  const experiencer = col('experiencer');
  return lines.slice(1).map((l, i) => {
    const cells = l.split('\t');
    return {
      line: i + 2,
      condition: cells[condition] ?? '',
      sentence: cells[sentence] ?? '',
      negation: (cells[negation] ?? '').trim(),
      temporality: temporality >= 0 ? cells[temporality]?.trim() || undefined : undefined,
      experiencer: experiencer >= 0 ? cells[experiencer]?.trim() || undefined : undefined,
    };
  });
}

/**
 * Where the condition occurs in the sentence, ignoring case and differences in whitespace. When it
 * occurs more than once, an occurrence written in upper case (how the annotators mark the target)
 * as a whole word and not used as a "LABEL:" is preferred.
 */
function locateCondition(sentence: string, condition: string): [number, number] | null {
  const needle = condition.trim().split(/\s+/).filter(Boolean).join(' ').toLowerCase();
  if (needle === '') return null;
  let collapsed = '';
  const origin: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if (/\s/.test(ch)) {
      if (collapsed.endsWith(' ')) continue;
      collapsed += ' ';
    } else {
      const lower = ch.toLowerCase();
      collapsed += lower.length === 1 ? lower : ch;
    }
    origin.push(i);
  }
  let best: [number, number] | null = null;
  let bestScore = -1;
  for (let at = collapsed.indexOf(needle); at >= 0; at = collapsed.indexOf(needle, at + 1)) {
    const start = origin[at]!;
    const end = origin[at + needle.length - 1]! + 1;
    const written = sentence.slice(start, end);
    const upper = /\p{L}/u.test(written) && written === written.toUpperCase();
    const label = /^\s*:/.test(sentence.slice(end));
    const whole = !/[\p{L}\p{N}'\u2019]/u.test(sentence[start - 1] ?? ' ') && !/[\p{L}\p{N}'\u2019]/u.test(sentence[end] ?? ' ');
    const score = (upper ? 4 : 0) + (whole ? 2 : 0) + (label ? 0 : 1);
    if (score > bestScore) {
      best = [start, end];
      bestScore = score;
    }
  }
  return best;
}

function score(pairs: readonly { gold: boolean; predicted: boolean }[]): BinaryScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { gold, predicted } of pairs) {
    if (gold && predicted) tp++;
    else if (predicted) fp++;
    else if (gold) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const n = pairs.length;
  return { n, tp, fp, fn, tn, precision, recall, f1, accuracy: n === 0 ? 0 : (tp + tn) / n };
}

const AFFIRMED: Assertion = { negated: false, uncertain: false, historical: false, hypothetical: false, family: false, chronic: false };

/**
 * ConText's temporality calls a condition historical when it began before the encounter (more than
 * two weeks earlier), which covers both what note-lint calls historical (past only) and chronic
 * (longstanding and still present); "Not particular" (and "Hypothetical") is the hypothetical class.
 */
export function predictedTemporality(a: Assertion): 'historical' | 'hypothetical' | 'recent' {
  if (a.hypothetical) return 'hypothetical';
  return a.historical || a.chronic ? 'historical' : 'recent';
}

function goldTemporality(label: string): 'historical' | 'hypothetical' | 'recent' {
  const l = label.toLowerCase();
  if (l === 'historical') return 'historical';
  if (l === 'not particular' || l === 'hypothetical') return 'hypothetical';
  return 'recent';
}

export function evaluate(rows: readonly Row[], lexicon?: CompiledLexicon) {
  const judged = rows.map((row) => {
    const span = locateCondition(row.sentence, row.condition);
    const assertion = span ? assertSpan(row.sentence, span[0], span[1], lexicon) : AFFIRMED;
    return { row, located: span !== null, assertion };
  });
  const negation = score(judged.map((j) => ({ gold: j.row.negation.toLowerCase() === 'negated', predicted: j.assertion.negated })));
  const temporal = judged.filter((j) => j.row.temporality !== undefined);
  const temporalClass = (wanted: 'historical' | 'hypothetical') =>
    score(temporal.map((j) => ({ gold: goldTemporality(j.row.temporality!) === wanted, predicted: predictedTemporality(j.assertion) === wanted })));
  const historical = temporalClass('historical');
  const hypothetical = temporalClass('hypothetical');
  const experienced = judged.filter((j) => j.row.experiencer !== undefined);
  const family = score(experienced.map((j) => ({ gold: j.row.experiencer!.toLowerCase() !== 'patient', predicted: j.assertion.family })));
  const classes: Record<string, BinaryScore> = {
    negated: negation,
    ...(temporal.length > 0 ? { historical, hypothetical } : {}),
    ...(experienced.length > 0 ? { experiencer: family } : {}),
  };
  return {
    summary: {
      ...negation,
      unlocated: judged.filter((j) => !j.located).length,
      ...(temporal.length > 0 ? { historical } : {}),
      ...(experienced.length > 0 ? { experiencer: family } : {}),
      classes,
    },
    judged,
  };
}

const pct = (x: number) => x.toFixed(3);

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const errors = argv.includes('--errors');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    console.error('usage: npm run eval:negex -- <file.tsv> [--json] [--errors]');
    return 2;
  }
  const file = files[0]!;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`eval:negex: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 2;
  }
  let rows: Row[];
  try {
    rows = parseTsv(source, file);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`eval:negex: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const { summary, judged } = evaluate(rows);
  if (json) {
    console.log(JSON.stringify(summary));
  } else {
    console.log(`${file}: ${summary.n} conditions (${summary.unlocated} not located in their sentence, counted as affirmed)`);
    for (const [name, c] of Object.entries(summary.classes)) {
      console.log(
        `${name.padEnd(12)} precision ${pct(c.precision)}  recall ${pct(c.recall)}  F1 ${pct(c.f1)}  accuracy ${pct(c.accuracy)}  (gold ${c.tp + c.fn} of ${c.n}; tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn})`,
      );
    }
    if (summary.classes.historical) {
      console.log('historical: ConText temporality (began before the encounter): note-lint historical or chronic');
    }
  }
  if (errors) {
    for (const j of judged) {
      const negWrong = (j.row.negation.toLowerCase() === 'negated') !== j.assertion.negated;
      const histWrong = j.row.temporality !== undefined && goldTemporality(j.row.temporality) !== predictedTemporality(j.assertion);
      const famWrong = j.row.experiencer !== undefined && (j.row.experiencer.toLowerCase() !== 'patient') !== j.assertion.family;
      const kinds = [negWrong && 'negation', histWrong && 'temporality', famWrong && 'experiencer'].filter(Boolean);
      if (kinds.length > 0) {
        console.error(`line ${j.row.line} [${kinds.join(',')}] gold ${j.row.negation}/${j.row.temporality ?? '-'}/${j.row.experiencer ?? '-'}${j.located ? '' : ' (not located)'}: ${j.row.condition} ||| ${j.row.sentence}`);
      }
    }
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
