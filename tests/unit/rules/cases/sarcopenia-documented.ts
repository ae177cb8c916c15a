import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'sarcopenia-documented',
  valid: [
    { name: 'sarcopenia denied', text: 'No sarcopenia on DEXA.\nAssessment: Weakness (R53.1).' },
    { name: 'rule out sarcopenia, outpatient', text: 'Assessment: Muscle weakness (M62.81); rule out sarcopenia, grip strength test ordered.' },
    { name: 'M62.84 already chosen (the Excludes1 rule reports the pair)', text: 'Assessment: Sarcopenia (M62.84). Weakness (R53.1).' },
    {
      name: 'an unchecked template box before sarcopenia',
      text: 'Assessment:\n[x] Muscle weakness (generalized) M62.81 - deconditioning, MMT 4/5 hip flexors\n[ ] Sarcopenia\n[ ] Functional quadriplegia',
    },
  ],
  invalid: [
    {
      name: 'a checked template box before sarcopenia, with M62.81',
      text: 'Assessment:\n[x] Muscle weakness (generalized) M62.81\n[x] Sarcopenia\n[ ] Functional quadriplegia',
      expect: [{ ruleId: 'sarcopenia-documented', code: 'M62.81', suggested: ['M62.84'] }],
    },
    {
      name: 'sarcopenia with R53.1',
      text: 'Assessment: Sarcopenia with generalized weakness (R53.1).',
      expect: [{ ruleId: 'sarcopenia-documented', severity: 'error', code: 'R53.1', suggested: ['M62.84'], evidence: ['Sarcopenia'] }],
    },
    {
      name: 'age-related sarcopenia with M62.81 from the popup',
      text: 'Exam: Grip strength 14 kg, gait speed 0.6 m/s. Age-related sarcopenia confirmed by DEXA.',
      codes: ['M62.81'],
      expect: [{ ruleId: 'sarcopenia-documented', code: 'M62.81', suggested: ['M62.84'] }],
    },
  ],
} satisfies RuleCases;
