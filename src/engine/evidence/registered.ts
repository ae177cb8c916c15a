/**
 * Evidence predicates written in TypeScript, for what pack data cannot say (`registered: <id>` in a
 * pack's evidence). A pack that needs one adds it here with a comment saying why data could not express it.
 */
import type { RegisteredEvidenceId } from '../../lexicon/engine-ids.ts';
import { toRef, type EvidenceResult } from './index.ts';
import type { RuleInput } from '../rule-input.ts';
import { compareExact, delta, labSeries, ratioAtLeast, within, type LabResult } from './lab-series.ts';

/**
 * KDIGO 2012 AKI creatinine criteria (aki.md "Criteria"): (1) a rise of at least 0.3 mg/dL within 48 h
 * between two timed results; (2) at least 1.5 x the baseline (lab-series.ts chooses it). A comparison of
 * two results of a series over time: selectors test one finding at a time, so data cannot say it.
 */
const KDIGO_CREATININE = { analyte: 'creatinine', riseMgDl: 0.3, riseHours: 48, ratio: 1.5 } as const;

function refs(results: readonly LabResult[]): EvidenceResult['evidence'] {
  return results.flatMap((r) => r.findings.map(toRef));
}

/** Criterion 2: a result at least 1.5 x the baseline. */
function kdigoCreatinineRatio(input: RuleInput): EvidenceResult {
  const { baseline, results } = labSeries(input.findings, KDIGO_CREATININE.analyte, input.lexicon.data.labs.baseline);
  const over = baseline ? results.filter((r) => ratioAtLeast(r, baseline, KDIGO_CREATININE.ratio)) : [];
  return over.length > 0 && baseline ? { met: true, evidence: refs([baseline, ...over]) } : { met: false, evidence: [] };
}

/** Criterion 1: a later result at least 0.3 mg/dL above an earlier one, both timed within 48 h. */
function kdigoCreatinineRise(input: RuleInput): EvidenceResult {
  const { results } = labSeries(input.findings, KDIGO_CREATININE.analyte, input.lexicon.data.labs.baseline);
  for (let i = 0; i < results.length; i++) {
    for (let j = i + 1; j < results.length; j++) {
      const [a, b] = [results[i]!, results[j]!];
      if (compareExact(delta(a, b), KDIGO_CREATININE.riseMgDl) >= 0 && within(a, b, KDIGO_CREATININE.riseHours)) {
        return { met: true, evidence: refs([a, b]) };
      }
    }
  }
  return { met: false, evidence: [] };
}

export const REGISTERED_EVIDENCE: Readonly<Record<RegisteredEvidenceId, (input: RuleInput) => EvidenceResult>> = {
  'kdigo-creatinine-ratio': kdigoCreatinineRatio,
  'kdigo-creatinine-rise': kdigoCreatinineRise,
};
