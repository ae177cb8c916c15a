import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'symptom-with-definitive-dx',
  valid: [
    // U09.9 says "code first the specific condition": the symptom before it is the right order.
    { name: 'post-COVID fatigue coded before U09.9', text: 'Since COVID in March: fatigue, long COVID.\nA/P: Fatigue (R53.83), post COVID-19 condition (U09.9).' },
    { name: 'rule out hypothyroidism, outpatient', text: 'Assessment: Weakness (R53.1); rule out hypothyroidism, TSH ordered.' },
    { name: 'anemia resolved in the past', text: 'History of anemia, resolved in 2018.\nAssessment: Weakness (R53.1).' },
    { name: 'family history of hypothyroidism', text: 'Family History: Sister with hypothyroidism.\n\nAssessment: Fatigue (R53.83).' },
    { name: 'definitive diagnosis already sequenced first', text: 'Assessment:\n1. Hypothyroidism (E03.9)\n2. Weakness (R53.1)' },
    // Guideline I.B.5: weakness is integral to hypothyroidism, so the symptom is dropped, not reordered (symptom-integral-to-dx).
    { name: 'symptom before an integral chosen cause is left to symptom-integral-to-dx', text: 'Assessment:\n1. Weakness (R53.1)\n2. Hypothyroidism (E03.9)' },
    // The link names the general word ("depression", F32.A) while the chosen code is the specific episode (F32.1):
    // fatigue is integral to it, so symptom-integral-to-dx alone speaks, and F32.1 is never "downgraded" to F32.A.
    { name: 'fatigue due to depression beside a chosen specific depressive episode', text: 'Dx:\n- Major depressive disorder, single episode, moderate (F32.1)\n- Fatigue due to depression (R53.83)' },
    { name: 'weakness beside chosen rhabdomyolysis listed after it', text: 'Exam: 4/5 hip flexors.\nA/P:\n1. Weakness - R53.1\n2. Exertional rhabdomyolysis - M62.82, CK 45,000.', options: { setting: 'inpatient' } },
    { name: 'possible UTI stays uncertain outpatient', text: 'Assessment: Fatigue (R53.83), possible UTI, urinalysis sent.' },
  ],
  invalid: [
    {
      name: 'hypothyroidism documented with R53.1',
      text: 'HPI: Fatigue and weakness for a month.\nLabs: TSH 11.2 (H).\nAssessment: Hypothyroidism. Weakness (R53.1).',
      expect: [{ ruleId: 'symptom-with-definitive-dx', severity: 'warning', code: 'R53.1', suggested: ['E03.9'], evidence: ['Hypothyroidism'], query: ['"TSH 11.2 (H)"', 'related to the documented hypothyroidism?', '[ ] Yes', '[ ] No', '[ ] Unable to determine'] }],
    },
    {
      name: 'fatigue linked by "due to" iron deficiency anemia',
      text: 'Assessment: Fatigue (R53.83) due to iron deficiency anemia, ferritin 6.',
      expect: [{ ruleId: 'symptom-with-definitive-dx', code: 'R53.83', suggested: ['D50.9'], query: null }],
    },
    {
      name: 'fatigue due to depression with no depression code chosen still asks for the diagnosis',
      text: 'Dx:\n- Fatigue due to depression (R53.83)\nPlan: sertraline 50 mg.',
      expect: [{ ruleId: 'symptom-with-definitive-dx', code: 'R53.83' }],
    },
    {
      name: 'a chosen depression code the note denies does not silence the link',
      text: 'Dx:\n- Fatigue (R53.83) due to hypothyroidism, TSH 14.\n- No depression (F32.A listed in error).',
      expect: [{ ruleId: 'symptom-with-definitive-dx', code: 'R53.83', suggested: ['E03.9'] }],
    },
    {
      name: 'likely hypokalemia counts inpatient',
      text: 'Assessment: Weakness (R53.1), likely due to hypokalemia.',
      options: { setting: 'inpatient' },
      expect: [{ ruleId: 'symptom-with-definitive-dx', suggested: ['E87.6'] }],
    },
    {
      name: 'symptom code listed before a chosen cause it is not integral to',
      text: 'HPI: weak since the fever started.\nAssessment:\n1. Weakness (R53.1) due to urinary tract infection\n2. UTI (N39.0)',
      expect: [{ ruleId: 'symptom-with-definitive-dx', message: ['before N39.0'] }],
    },
  ],
} satisfies RuleCases;
