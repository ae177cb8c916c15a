/**
 * The lab-series shorthands of a pack's evidence selectors (`rise`, `ratio`, `stable`): comparisons of
 * one analyte's results over time (lab-series.ts), which a selector over one finding cannot make. The
 * numbers are pack data (the AKI pack's KDIGO criteria: a rise of 0.3 mg/dL within 48 h, 1.5 x the
 * baseline) and lexicon data (the baseline windows, labs.yaml `baseline`); this file holds none.
 * Evidence: the results compared.
 */
import type { SelectorDef } from '../../lexicon/pack-schema.ts';
import type { RuleInput } from '../rule-input.ts';
import { toRef, type EvidenceResult } from './index.ts';
import { compareExact, delta, labSeries, ratioAtLeast, within, type LabResult } from './lab-series.ts';

const NOT_MET: EvidenceResult = { met: false, evidence: [] };

function refs(results: readonly LabResult[]): EvidenceResult['evidence'] {
  return results.flatMap((r) => r.findings.map(toRef));
}


/**
 * Whether `earlier`, a value from before the encounter's results (baseline, prior, pre-op), may be
 * the start of a fall to `later` within `days`: both dated and at most that far apart (the widest the
 * written dates allow), or, undated, a pre-op value (the operation of this stay). An undated baseline
 * or prior value may be months old: it proves no acute fall.
 */
function recentEnough(earlier: LabResult, later: LabResult, days: number): boolean {
  if (earlier.at === undefined || later.at === undefined) return earlier.time === 'pre-op' && earlier.at === undefined;
  return earlier.at <= later.at + (later.atWindow ?? 0) && within(earlier, later, days * 24);
}

/**
 * A fall of at least `by`: from an earlier result (a stated baseline, then the encounter's results in
 * time order) to a lower later one whose mention `accepts` (the selector's assertion). With
 * `baselineDays` (anemia.md: "a pre-op/baseline value dated <= 7 days before"), a baseline, prior or
 * pre-op value starts the fall only when recent enough (recentEnough); without it a stated baseline
 * always may. Evidence: both results.
 */
export function seriesFall(
  analyte: string,
  fall: { by: number; baselineDays?: number | undefined },
  accepts: (f: LabResult['findings'][number]) => boolean,
  input: RuleInput,
): EvidenceResult {
  const series = labSeries(input.findings, analyte, input.lexicon.data.labs.baseline);
  const days = fall.baselineDays;
  let before: LabResult[];
  if (days === undefined) before = series.baselineSource === 'stated' && series.baseline ? [series.baseline] : [];
  else before = series.prior;
  for (let i = 0; i < series.results.length; i++) {
    const r = series.results[i]!;
    if (!accepts(r.findings[0]!)) continue;
    const earlier = [...before, ...series.results.slice(0, i)];
    for (const high of earlier) {
      if (compareExact(delta(r, high), fall.by) < 0) continue;
      const fromBefore = before.includes(high) || high.time === 'pre-op';
      if (days !== undefined && fromBefore && !recentEnough(high, r, days)) continue;
      return { met: true, evidence: refs([high, r]) };
    }
  }
  return NOT_MET;
}

/** A later result at least `by` above an earlier one; with `withinHours`, both timed at most that far apart. */
export function seriesRise(analyte: string, rise: NonNullable<SelectorDef['rise']>, input: RuleInput): EvidenceResult {
  const series = labSeries(input.findings, analyte, input.lexicon.data.labs.baseline).results;
  // Trying every pair grew with the square of a long series that never rises enough. A result with no
  // time can never be `within` hours of another, and an earlier result that even the highest later one
  // does not rise `by` above starts no pair: both are passed over (the first pair found is the same).
  const results = rise.withinHours === undefined ? series : series.filter((r) => r.at !== undefined);
  const highestFrom = highestOnward(results);
  for (let i = 0; i < results.length; i++) {
    const highest = highestFrom[i + 1];
    if (highest === undefined || compareExact(delta(results[i]!, highest), rise.by) < 0) continue;
    for (let j = i + 1; j < results.length; j++) {
      const [a, b] = [results[i]!, results[j]!];
      if (compareExact(delta(a, b), rise.by) < 0) continue;
      if (rise.withinHours !== undefined && !within(a, b, rise.withinHours)) continue;
      return { met: true, evidence: refs([a, b]) };
    }
  }
  return NOT_MET;
}

/** For each index, the highest-valued result from there to the end (the first of equal highest values). */
function highestOnward(results: readonly LabResult[]): LabResult[] {
  const highest: LabResult[] = [];
  for (let i = results.length - 1; i >= 0; i--) {
    const later = highest[i + 1];
    highest[i] = later !== undefined && compareExact(later.value, results[i]!.value) > 0 ? later : results[i]!;
  }
  return highest;
}

/** A result at least `atLeast` x the series baseline (chosen within the windows of labs.yaml `baseline`). */
export function seriesRatio(analyte: string, ratio: NonNullable<SelectorDef['ratio']>, input: RuleInput): EvidenceResult {
  const { baseline, results } = labSeries(input.findings, analyte, input.lexicon.data.labs.baseline);
  if (!baseline) return NOT_MET;
  const over = results.filter((r) => r !== baseline && ratioAtLeast(r, baseline, ratio.atLeast));
  return over.length > 0 ? { met: true, evidence: refs([baseline, ...over]) } : NOT_MET;
}

/**
 * At least `minResults` distinct values (baseline and prior values included) that all lie close
 * together: the highest below `ratioBelow` x the lowest and less than `deltaBelow` above it.
 */
export function seriesStable(analyte: string, stable: NonNullable<SelectorDef['stable']>, input: RuleInput): EvidenceResult {
  const series = labSeries(input.findings, analyte, input.lexicon.data.labs.baseline);
  const values = [...series.prior, ...series.results];
  if (values.length < stable.minResults) return NOT_MET;
  let low = values[0]!;
  let high = values[0]!;
  for (const r of values) {
    if (compareExact(r.value, low.value) < 0) low = r;
    if (compareExact(r.value, high.value) > 0) high = r;
  }
  const close = !ratioAtLeast(high, low, stable.ratioBelow) && compareExact(delta(low, high), stable.deltaBelow) < 0;
  return close ? { met: true, evidence: refs(values) } : NOT_MET;
}
