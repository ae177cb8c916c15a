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

/** A later result at least `by` above an earlier one; with `withinHours`, both timed at most that far apart. */
export function seriesRise(analyte: string, rise: NonNullable<SelectorDef['rise']>, input: RuleInput): EvidenceResult {
  const { results } = labSeries(input.findings, analyte, input.lexicon.data.labs.baseline);
  for (let i = 0; i < results.length; i++) {
    for (let j = i + 1; j < results.length; j++) {
      const [a, b] = [results[i]!, results[j]!];
      if (compareExact(delta(a, b), rise.by) < 0) continue;
      if (rise.withinHours !== undefined && !within(a, b, rise.withinHours)) continue;
      return { met: true, evidence: refs([a, b]) };
    }
  }
  return NOT_MET;
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
