/**
 * One analyte's results as a series (packs README "Values": distinct results, series, baseline,
 * windows), for the packs' generic rule kinds. Pure functions over lab findings.
 *
 * - Which mentions count: affirmed findings about the patient (not negated, uncertain, hypothetical,
 *   family or historical) with a canonical value; a value labelled baseline or prior (outpatient,
 *   clinic, last known) counts as a baseline although the note calls it past, and so does a past
 *   value the note dates (a prior value, for the windows its date may satisfy). A result whose
 *   specimen is hemolyzed, clotted, contaminated, pending or a lab error is set aside (`setAside`);
 *   one marked "repeat to confirm" counts only when a later result confirms it (same flag).
 * - Distinct results: mentions with the same value and time (`at`, else the time as labelled), or
 *   the same value with no time in different sections (HPI, labs, A/P), are one result.
 * - Order: baseline and prior values first; then by time label (admission, pre-op, peak; unlabelled
 *   and dated; latest, discharge), within that in text order (a trend in its time order, "Cr 2.1
 *   from 0.9" puts 0.9 first), and the results the note's dates place (`at`) sorted among their slots.
 * - Arithmetic is exact decimal (decimal.ts): 2.3 - 2.0 is 0.3.
 */
import type { LabBaselineWindows } from '../../lexicon/types.ts';
import type { Finding, FindingOf, LabFlag, LabSpecimen, LabTime } from '../types.ts';
import { compare, decimal, divide, multiply, subtract, toNumber } from './decimal.ts';
import { NoteMemo } from '../note-memo.ts';

export type LabFinding = FindingOf<'lab'>;

export interface LabResult {
  analyte: string;
  /** The canonical value (LabAttributes.canonicalValue) and unit. */
  value: number;
  unit: string;
  flag: LabFlag;
  time?: LabTime;
  timeText?: string;
  at?: number;
  atWindow?: number;
  specimen?: LabSpecimen;
  /** Every mention that reports this result, first written first. */
  findings: LabFinding[];
}

export type BaselineSource = 'stated' | 'prior' | 'encounter-lowest';

export interface LabSeries {
  analyte: string;
  /** This encounter's distinct results in time order (no baseline or prior value). */
  results: LabResult[];
  /** The baseline per aki.md "Baseline, first found", or null. */
  baseline: LabResult | null;
  baselineSource: BaselineSource | null;
  /** Results whose specimen or report is not to be trusted (hemolyzed, clotted, pending, lab error, unconfirmed). */
  setAside: LabResult[];
  /** The values labelled baseline or prior, whether or not one of them is the baseline. */
  prior: LabResult[];
}

const BASELINE_TIMES = new Set<LabTime | undefined>(['baseline', 'prior']);
const UNTRUSTED = new Set<LabSpecimen>(['hemolyzed', 'clotted', 'contaminated', 'pending', 'lab-error']);
const MINUTES_PER_DAY = 1440;

const ORDER_BUCKET: Record<LabTime | 'none', number> = {
  baseline: 0,
  prior: 0,
  admission: 1,
  'pre-op': 1,
  peak: 1,
  dated: 2,
  none: 2,
  latest: 3,
  discharge: 3,
};

function counts(f: LabFinding): boolean {
  const a = f.assertion;
  if (a.negated || a.uncertain || a.hypothetical || a.family) return false;
  return !a.historical || BASELINE_TIMES.has(f.attributes.time) || datedBefore(f);
}

/**
 * A past value the note dates ("Hgb 13.6 on 3/5/2026" in a note of 3/10, "pre-op Hgb 13.4 on
 * 2/27"): a prior value of the series, which only a window that its date satisfies may use (a
 * baseline within `priorMaxDays`, an acute fall's start within its days).
 */
function datedBefore(f: LabFinding): boolean {
  const { time, at } = f.attributes;
  return f.assertion.historical && at !== undefined && (time === 'dated' || time === 'pre-op');
}

/** The time a result is known by, for telling two mentions of one value apart; null when untimed. */
function timeKey(f: LabFinding): string | null {
  const a = f.attributes;
  if (a.at !== undefined) return `@${a.at}`;
  // A clock with no date ("06:00") is written but not labelled: it still tells two draws apart.
  if (a.time || a.timeText !== undefined) return `${a.time ?? ''}|${(a.timeText ?? '').toLowerCase()}`;
  return null;
}

function sameValue(a: number, b: number): boolean {
  return compare(decimal(a), decimal(b)) === 0;
}

/** Text position of a mention, a trend's values in their time order. */
function position(f: LabFinding): [number, number] {
  const a = f.attributes;
  return a.trendId !== undefined ? [a.trendId, a.trendStep ?? 0] : [f.start, 0];
}

function byPosition(a: LabResult, b: LabResult): number {
  const [pa, sa] = position(a.findings[0]!);
  const [pb, sb] = position(b.findings[0]!);
  return pa - pb || sa - sb;
}

function toResult(f: LabFinding): LabResult {
  const a = f.attributes;
  const r: LabResult = { analyte: a.analyte, value: a.canonicalValue!, unit: a.canonicalUnit!, flag: a.flag, findings: [f] };
  if (a.time) r.time = datedBefore(f) ? 'prior' : a.time;
  if (a.timeText !== undefined) r.timeText = a.timeText;
  if (a.at !== undefined) r.at = a.at;
  if (a.atWindow !== undefined) r.atWindow = a.atWindow;
  if (a.specimen) r.specimen = a.specimen;
  return r;
}

/** Merges the mentions of one result (see the module comment); input in text order. */
export function distinctResults(findings: readonly LabFinding[]): LabResult[] {
  const out: LabResult[] = [];
  // The results so far by value, in order: a mention merges only into a result of its own value, and
  // comparing it with every earlier result grew with the square of a note of many values.
  const byValue = new Map<number, LabResult[]>();
  for (const f of findings) {
    const key = timeKey(f);
    const sameValued = byValue.get(f.attributes.canonicalValue!) ?? [];
    const same = sameValued.find((r) => {
      if (!sameValue(r.value, f.attributes.canonicalValue!)) return false;
      const keys = r.findings.map(timeKey);
      if (key !== null && keys.includes(key)) return true;
      // An untimed mention repeats a result of another section ("Cr 2.1" in the HPI and in the A/P).
      const untimedOrUnset = key === null || keys.every((k) => k === null);
      return untimedOrUnset && r.findings.every((g) => g.section !== f.section);
    });
    if (!same) {
      const result = toResult(f);
      out.push(result);
      if (sameValued.length > 0) sameValued.push(result);
      else byValue.set(result.value, [result]);
      continue;
    }
    same.findings.push(f);
    if (same.at === undefined && f.attributes.at !== undefined) Object.assign(same, toResult(f), { findings: same.findings });
    if (!same.specimen && f.attributes.specimen) same.specimen = f.attributes.specimen;
  }
  return out;
}

/** Sorts results into time order (see the module comment). */
export function timeOrder(results: readonly LabResult[]): LabResult[] {
  const sorted = [...results].sort((a, b) => ORDER_BUCKET[a.time ?? 'none'] - ORDER_BUCKET[b.time ?? 'none'] || byPosition(a, b));
  // Results the note's dates place keep the slots they hold, sorted among themselves by time.
  const slots: number[] = [];
  const placed: LabResult[] = [];
  sorted.forEach((r, i) => {
    if (r.at !== undefined && !BASELINE_TIMES.has(r.time)) {
      slots.push(i);
      placed.push(r);
    }
  });
  placed.sort((a, b) => a.at! - b.at!);
  slots.forEach((slot, n) => (sorted[slot] = placed[n]!));
  return sorted;
}

function confirmed(r: LabResult, later: readonly LabResult[]): boolean {
  return later.some((l) => l.flag === r.flag && l.flag !== 'unknown' && l.specimen === undefined);
}

function chooseBaseline(
  prior: readonly LabResult[],
  results: readonly LabResult[],
  windows: LabBaselineWindows,
): { baseline: LabResult | null; source: BaselineSource | null } {
  const stated = prior.filter((r) => r.time === 'baseline');
  if (stated.length) return { baseline: stated.at(-1)!, source: 'stated' };
  const firstDated = results.find((r) => r.at !== undefined)?.at;
  const dated = prior.filter((r) => r.at !== undefined && (firstDated === undefined || firstDated - r.at <= windows.priorMaxDays * MINUTES_PER_DAY));
  if (dated.length) return { baseline: [...dated].sort((a, b) => a.at! - b.at!).at(-1)!, source: 'prior' };
  if (results.length < 2) return { baseline: null, source: null };
  let lowest = results[0]!;
  for (const r of results) if (compare(decimal(r.value), decimal(lowest.value)) < 0) lowest = r;
  let peak = results[0]!;
  for (const r of results) if (compare(decimal(r.value), decimal(peak.value)) > 0) peak = r;
  if (lowest === peak) return { baseline: null, source: null };
  if (lowest.at !== undefined && peak.at !== undefined && Math.abs(peak.at - lowest.at) > windows.lowestToPeakMaxDays * MINUTES_PER_DAY) return { baseline: null, source: null };
  return { baseline: lowest, source: 'encounter-lowest' };
}

const seriesCache = new NoteMemo<readonly Finding[], Map<string, { windows: LabBaselineWindows; series: LabSeries }>>('lab series');

/**
 * The analyte's series among `findings` (any finding types; only its lab findings are read). `windows`
 * (labs.yaml `baseline`) say how old a prior value and how far from the peak the lowest value may be.
 * Built once per note and analyte (several predicates and rules of a pack read the same series);
 * callers read it and never change it.
 */
export function labSeries(findings: readonly Finding[], analyte: string, windows: LabBaselineWindows): LabSeries {
  let byAnalyte = seriesCache.get(findings);
  if (!byAnalyte) seriesCache.set(findings, (byAnalyte = new Map()));
  let entry = byAnalyte.get(analyte);
  if (entry?.windows !== windows) byAnalyte.set(analyte, (entry = { windows, series: buildSeries(findings, analyte, windows) }));
  return entry.series;
}

function buildSeries(findings: readonly Finding[], analyte: string, windows: LabBaselineWindows): LabSeries {
  const labs = findings.filter((f): f is LabFinding => f.type === 'lab' && f.attributes.analyte === analyte);
  const usable = labs.filter((f) => counts(f) && f.attributes.canonicalValue !== undefined).sort((a, b) => a.start - b.start);
  const all = timeOrder(distinctResults(usable));
  const prior = all.filter((r) => BASELINE_TIMES.has(r.time));
  const encounter = all.filter((r) => !BASELINE_TIMES.has(r.time));
  const results: LabResult[] = [];
  const setAside: LabResult[] = [];
  encounter.forEach((r, i) => {
    if (r.specimen && UNTRUSTED.has(r.specimen)) setAside.push(r);
    else if (r.specimen === 'repeat-to-confirm' && !confirmed(r, encounter.slice(i + 1))) setAside.push(r);
    else results.push(r);
  });
  const { baseline, source } = chooseBaseline(prior, results, windows);
  return { analyte, results, baseline, baselineSource: source, setAside, prior };
}

/** later - earlier, exact ("Cr 2.0 -> 2.3": 0.3). */
export function delta(earlier: LabResult, later: LabResult): number {
  return toNumber(subtract(decimal(later.value), decimal(earlier.value)));
}

/** value / baseline rounded half up to `places` decimals (for messages; compare with `ratioAtLeast`). */
export function ratio(value: LabResult, baseline: LabResult, places = 2): number {
  return toNumber(divide(decimal(value.value), decimal(baseline.value), places));
}

/** value >= factor x baseline, exactly (no rounding: 1.35 / 0.9 is 1.5). */
export function ratioAtLeast(value: LabResult, baseline: LabResult, factor: number): boolean {
  return compare(decimal(value.value), multiply(decimal(factor), decimal(baseline.value))) >= 0;
}

/** a compared with b exactly: -1, 0 or 1 (a delta against a threshold: `compareExact(delta(x, y), 0.3) >= 0`). */
export function compareExact(a: number, b: number): -1 | 0 | 1 {
  return compare(decimal(a), decimal(b));
}

/**
 * Whether the two results were taken at most `hours` apart, proved by their times: both placed on the
 * note's axis, the widest the written times allow (a date with no clock spans its day). Undated
 * results prove only that they belong to one encounter: false.
 */
export function within(a: LabResult, b: LabResult, hours: number): boolean {
  if (a.at === undefined || b.at === undefined) return false;
  const widest = Math.max(Math.abs(b.at + (b.atWindow ?? 0) - a.at), Math.abs(a.at + (a.atWindow ?? 0) - b.at));
  return widest <= hours * 60;
}

/** The worst result: the lowest for a low-direction rule, the highest otherwise (packs README "Distinct results"). */
export function worstResult(results: readonly LabResult[], direction: 'low' | 'high'): LabResult | null {
  let worst: LabResult | null = null;
  for (const r of results) {
    const c = worst ? compare(decimal(r.value), decimal(worst.value)) : 0;
    if (!worst || (direction === 'low' ? c < 0 : c > 0)) worst = r;
  }
  return worst;
}

/**
 * Whether two lab values come from one blood draw (anemia.md pancytopenia: "one draw"). Both placed
 * on the note's axis: their times overlap (the same clock, or a clock within a dated day; 3/5 and 3/7
 * never). Else both written with a time: the same text ("POD 1", "06:00", a table column's header).
 * Else (one or both untimed) the same sentence, a line of results read together, or the same block
 * of result lines (`blockOf`: a CBC printed one analyte per line under its heading).
 */
export function sameDraw(a: LabFinding, b: LabFinding, blockOf?: (sentence: number) => number): boolean {
  const x = a.attributes;
  const y = b.attributes;
  if (x.at !== undefined && y.at !== undefined) {
    return x.at <= y.at + (y.atWindow ?? 0) && y.at <= x.at + (x.atWindow ?? 0) && (x.atWindow !== undefined || y.atWindow !== undefined || x.at === y.at);
  }
  if (x.timeText !== undefined && y.timeText !== undefined && (x.at === undefined) === (y.at === undefined)) {
    return x.timeText.toLowerCase() === y.timeText.toLowerCase();
  }
  if (a.sentence === b.sentence) return true;
  const block = blockOf?.(a.sentence) ?? -1;
  return block >= 0 && block === blockOf?.(b.sentence);
}
