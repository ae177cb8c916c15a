/**
 * Query drafts for notes written for these tests: what a CDI specialist would send, and what they
 * would not (no query at all, an option that does not fit, a label quoted as its own evidence).
 */
import type { LintOptions } from '../../../src/engine/types.ts';

export interface DraftCase {
  name: string;
  text: string;
  codes?: string[];
  options?: Omit<LintOptions, 'codes'>;
  /** The rule whose diagnostic carries the note's query for this question. */
  carrier: string;
  /** Substrings of the draft; null: the rule fires but no query is drafted. */
  contains: string[] | null;
  /** Substrings the draft must not have. */
  absent?: string[];
  /** The quoted indicators, in order (strongest first), when the case pins them. */
  indicators?: string[];
}

export const DRAFT_CASES: DraftCase[] = [
  {
    name: 'SOAP note, M62.81 with grades but no function, cause or plan: one query asking for all three',
    text: 'S: 81 yo F here after 10-day hospital stay for pneumonia, "my legs feel like jelly".\nO: Hip flexors 4-/5 bilat, knee ext 4/5 bilat. Gait slow and wide-based.\nA: Muscle weakness, generalized (M62.81).',
    carrier: 'treatment-plan',
    contains: [
      'Clinical indicators in this record:',
      '"Hip flexors 4-/5 bilat, knee ext 4/5 bilat." (Physical exam)',
      'Muscle weakness is documented in this record.',
      'its underlying cause and the plan of care for it.',
      '[ ] Generalized muscle weakness',
      '[ ] Other (please specify): ______',
      '[ ] Clinically undetermined',
      'Please document your response in the medical record.',
    ],
    absent: ['M62.81', '"Muscle weakness, generalized', 'Fatigue or low energy', 'Strength within normal limits', 'Weakness of one limb'],
    // The exam before the gait; the complaint in quotes is no finding the lexicon knows.
    indicators: ['Hip flexors 4-/5 bilat, knee ext 4/5 bilat.', 'Gait slow and wide-based.'],
  },
  {
    name: 'M62.81 with a normal strength exam offers "within normal limits"',
    text: 'HPI: Tired and weak all over for 3 weeks, sleeping poorly.\nExam: Strength 5/5 throughout, gait steady.\nAssessment: Muscle weakness (M62.81). PT referral.',
    carrier: 'objective-strength-required',
    contains: ['"Strength 5/5 throughout, gait steady." (Physical exam)', '[ ] Strength within normal limits on examination', '[ ] Fatigue or low energy without loss of strength'],
    absent: ['Weakness of one limb'],
  },
  {
    name: 'M62.81 with one weak limb offers the focal option',
    text: 'Subjective: R arm feels weak since the fall last week.\nObjective: R deltoid 4/5, R biceps 4/5; L arm 5/5.\nAssessment: Muscle weakness (M62.81)\nPlan: OT eval.',
    carrier: 'functional-impact',
    contains: ['"R deltoid 4/5, R biceps 4/5; L arm 5/5." (Physical exam)', '[ ] Weakness of one limb or one side (please specify the site and side)'],
    absent: ['Strength within normal limits', 'without loss of strength'],
  },
  {
    name: 'R53.1 with no exam and no workup: one query for the weakness question',
    text: 'CC: weakness\nHPI: 59M c/o feeling weak x 2 wks. No fever.\nAssessment: Weakness (R53.1)\nPlan: f/u 2 wks',
    carrier: 'workup-plan',
    contains: ['c/o feeling weak x 2 wks.', 'the examination findings (strength, grip or gait) and the evaluation performed or planned.'],
    absent: ['R53.1', '"Weakness (R53.1)"'],
  },
  {
    name: 'R53.1 with comfort care documented: the evaluation is not asked for',
    text: 'HPI: 94F, progressive weakness over months, enrolled in hospice.\nAssessment: Weakness (R53.1). Comfort care; no further workup per patient wishes.',
    // The hospice decision is the plan and "over months" the duration, so the complaint is not all there
    // is (unsupported-weakness is silent); the exam is still missing.
    carrier: 'objective-findings',
    contains: ['document the examination findings (strength, grip or gait).'],
    absent: ['evaluation performed or planned'],
  },
  {
    name: 'code passed by the user with nothing in the note: no query without indicators',
    text: 'Follow-up visit. Doing well.',
    codes: ['M62.81'],
    carrier: 'objective-strength-required',
    contains: null,
  },
  {
    name: 'fatigue coded with untreated hypothyroidism: yes/no link query',
    text: 'HPI: Fatigue for 2 months, cold intolerance.\nLabs: TSH 15.2 (0.4-4.5) H, free T4 0.6 L\nAssessment: Hypothyroidism, start levothyroxine. Fatigue (R53.83).',
    carrier: 'symptom-with-definitive-dx',
    contains: ['"TSH 15.2 (0.4-4.5) H" (Labs and data)', 'is the fatigue documented in this record related to the documented hypothyroidism?', '[ ] Yes', '[ ] No', '[ ] Unable to determine'],
    absent: ['"Hypothyroidism', 'Clinically undetermined'],
  },
  {
    name: 'hyponatremia treated, discharge summary with dated values',
    text: 'DISCHARGE SUMMARY\nHospital course: 03/14/2026 06:00 Na 127 mmol/L. Started fluid restriction 1.2 L and salt tabs.\n03/16/2026 Na 133.\nDischarge diagnoses: UTI, resolved.',
    carrier: 'possible-hyponatremia',
    contains: ['"Na 127 mmol/L"', '03/14/2026 06:00', 'fluid restriction', 'The sodium results above were reported.', '[ ] Abnormal value without clinical significance'],
  },
  {
    name: 'anemia without IV fluids does not offer dilution',
    text: 'Labs: Hgb 8.6 g/dL, MCV 71\nA/P: Fatigue. Iron studies ordered.',
    carrier: 'possible-anemia',
    contains: ['"Hgb 8.6 g/dL"', 'Iron studies ordered.', '[ ] Anemia (please specify the type and acuity)'],
    absent: ['Dilution from IV fluids'],
  },
  {
    name: 'rhabdomyolysis question quotes value, symptom and creatinine',
    text: 'HPI: Marathon yesterday, now severe thigh muscle pain and dark urine.\nLabs: CK 38,000 U/L (30-200), Cr 1.9 (0.6-1.3) H\nA/P: IV fluids.',
    carrier: 'possible-rhabdomyolysis',
    contains: ['"CK 38,000 U/L (30-200)"', 'muscle pain', 'Cr 1.9', '[ ] Rhabdomyolysis (please state the cause)'],
    // The values, then the signs: strongest first whatever order the note wrote them in.
    indicators: ['CK 38,000 U/L (30-200)', 'Cr 1.9 (0.6-1.3) H', 'Marathon yesterday, now severe thigh muscle pain and dark urine.'],
  },
];
