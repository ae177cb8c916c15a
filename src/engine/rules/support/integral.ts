/**
 * Guideline I.B.5 as data: which symptom codes are routinely part of which diagnosis
 * (lexicon/diagnoses.yaml `integralSymptoms`), matched to chosen codes through the diagnosis codes
 * and their more specific codes (`codedBy`).
 */
import type { DiagnosisDef } from '../../../lexicon/types.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { RuleInput } from '../../rule-input.ts';
import { refCovers } from './codes.ts';

/** Diagnosis concepts whose codes cover `code` and for which `symptom` is integral. */
export function integralConcepts(input: RuleInput, code: string, symptom: string): DiagnosisDef[] {
  return input.lexicon.data.diagnoses.diagnoses.filter(
    (d) => d.integralSymptoms?.includes(symptom) === true && [...d.codes, ...(d.codedBy ?? [])].some((dc) => refCovers(dc, code)),
  );
}

const symptomCodes = new WeakMap<CompiledLexicon, ReadonlySet<string>>();

/** Every symptom code some diagnosis lists as integral (collected once per lexicon; every pack adds diagnoses). */
export function integralSymptomCodes(input: RuleInput): ReadonlySet<string> {
  let codes = symptomCodes.get(input.lexicon);
  if (!codes) symptomCodes.set(input.lexicon, (codes = new Set(input.lexicon.data.diagnoses.diagnoses.flatMap((d) => d.integralSymptoms ?? []))));
  return codes;
}
