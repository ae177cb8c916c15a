import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'workup-plan',
  valid: [
    { name: 'labs ordered', text: 'Assessment: Weakness (R53.1).\nPlan: CBC, CMP and TSH ordered.' },
    { name: 'labs resulted', text: 'Labs: Potassium 3.9, TSH 2.1.\nAssessment: Weakness (R53.1).' },
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
      name: 'labs declined are not a workup',
      text: 'HPI: Feels weak all over.\nAssessment: Weakness (R53.1).\nPlan: No labs today per patient preference.',
      expect: [{ ruleId: 'workup-plan' }],
    },
  ],
} satisfies RuleCases;
