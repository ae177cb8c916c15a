/**
 * What each kind of finding is called where the evidence view names it ("strength grade"): plain
 * words for the provider reading the note, one per finding type (the Record keeps the list whole).
 */
import type { FindingType } from '../engine/types.ts';

export const FINDING_LABELS: Record<FindingType, string> = {
  weakness: 'weakness',
  fatigue: 'fatigue',
  'strength-grade': 'strength grade',
  'strength-test': 'strength test',
  gait: 'gait',
  function: 'functional status',
  duration: 'duration',
  lab: 'lab result',
  workup: 'workup',
  electrodiagnostic: 'EMG/NCS result',
  diagnosis: 'diagnosis',
  'cause-link': 'cause',
  medication: 'medication',
  setting: 'care setting',
  'icd10-code': 'ICD-10-CM code',
  'cpt-code': 'CPT code',
  age: 'age',
  vital: 'vital sign or measurement',
  'weight-change': 'weight change',
  intake: 'nutritional intake',
  nfpe: 'nutrition-focused exam finding',
  treatment: 'treatment',
  contracture: 'contracture',
  author: 'note author',
  sex: 'sex',
  pregnancy: 'pregnancy',
};
