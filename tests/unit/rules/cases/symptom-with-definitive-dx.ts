import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'symptom-with-definitive-dx',
  valid: [
    { name: 'rule out hypothyroidism, outpatient', text: 'Assessment: Weakness (R53.1); rule out hypothyroidism, TSH ordered.' },
    { name: 'anemia resolved in the past', text: 'History of anemia, resolved in 2018.\nAssessment: Weakness (R53.1).' },
    { name: 'family history of hypothyroidism', text: 'Family History: Sister with hypothyroidism.\n\nAssessment: Fatigue (R53.83).' },
    { name: 'definitive diagnosis already sequenced first', text: 'Assessment:\n1. Hypothyroidism (E03.9)\n2. Weakness (R53.1)' },
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
      name: 'likely hypokalemia counts inpatient',
      text: 'Assessment: Weakness (R53.1), likely due to hypokalemia.',
      options: { setting: 'inpatient' },
      expect: [{ ruleId: 'symptom-with-definitive-dx', suggested: ['E87.6'] }],
    },
    {
      name: 'symptom code listed before the chosen definitive code',
      text: 'Assessment:\n1. Weakness (R53.1)\n2. Hypothyroidism (E03.9)',
      expect: [{ ruleId: 'symptom-with-definitive-dx', message: ['before E03.9'] }],
    },
  ],
} satisfies RuleCases;
