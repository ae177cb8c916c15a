import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'workup-plan',
  valid: [
    { name: 'labs ordered', text: 'Assessment: Weakness (R53.1).\nPlan: CBC, CMP and TSH ordered.' },
    { name: 'labs resulted', text: 'Labs: Potassium 3.9, TSH 2.1.\nAssessment: Weakness (R53.1).' },
    { name: 'a resulted CK and a UA', text: 'Weak legs since the marathon. CK 2,400, UA negative for blood.\nAssessment: Weakness (R53.1).' },
    { name: 'an HbA1c beside a basic metabolic panel result', text: 'A1c 7.2. BMP: Na 138, K 4.4, Cr 0.8.\nAssessment: Weakness (R53.1). DM2 E11.9.' },
    { name: 'neurology referral', text: 'Assessment: Weakness (R53.1).\nPlan: Refer to neurology.' },
    { name: 'other codes are not checked', text: 'Assessment: Muscle weakness (M62.81).' },
  ],
  invalid: [
    {
      name: 'no workup',
      text: 'HPI: Generalized weakness for 2 weeks.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'workup-plan', severity: 'warning', code: 'R53.1', spanText: 'R53.1', evidence: ['Generalized weakness'], query: ['(History of present illness)'] }],
    },
    {
      // A diabetes visit's HbA1c is not an evaluation of the weakness.
      name: 'only an HbA1c resulted, for the diabetes',
      text: 'Med check. ROS: Neuro: (+) weakness.\nVitals: BP 138/86. A1c 6.9.\nA/P: DM2 E11.9 - continue metformin. Weakness (R53.1). RTC 3 months.',
      expect: [{ ruleId: 'workup-plan', code: 'R53.1' }],
    },
    {
      name: 'labs declined are not a workup',
      text: 'HPI: Feels weak all over.\nAssessment: Weakness (R53.1).\nPlan: No labs today per patient preference.',
      expect: [{ ruleId: 'workup-plan' }],
    },
  ],
} satisfies RuleCases;
