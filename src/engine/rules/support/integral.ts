/**
 * Guideline I.B.5 as data: which symptom codes are routinely part of which diagnosis
 * (lexicon/diagnoses.yaml `integralSymptoms`), matched to chosen codes through the diagnosis codes.
 */
import type { DiagnosisDef } from '../../../lexicon/types.ts';
import type { RuleInput } from '../../rule-input.ts';
import { refCovers } from './codes.ts';

/** Diagnosis concepts whose codes cover `code` and for which `symptom` is integral. */
export function integralConcepts(input: RuleInput, code: string, symptom: string): DiagnosisDef[] {
  return input.lexicon.data.diagnoses.diagnoses.filter(
    (d) => d.integralSymptoms?.includes(symptom) === true && d.codes.some((dc) => refCovers(dc, code)),
  );
}

/** Every symptom code some diagnosis lists as integral. */
export function integralSymptomCodes(input: RuleInput): Set<string> {
  return new Set(input.lexicon.data.diagnoses.diagnoses.flatMap((d) => d.integralSymptoms ?? []));
}
