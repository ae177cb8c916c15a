import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'strength-detail',
  valid: [
    { name: 'grade with muscle groups', text: 'Exam: Strength 4/5 in bilateral hip flexors.\nAssessment: Muscle weakness due to deconditioning (M62.81).' },
    { name: 'seed 001 grades with regions', text: 'Strength: 4/5 proximal arms/legs, 5/5 distal', codes: ['M62.81'] },
    { name: 'no grade at all (objective-strength-required reports that)', text: 'Patient feels weak.', codes: ['M62.81'] },
    { name: 'unsited grade under another code', text: 'Exam: Strength 4/5.', codes: ['R53.1'] },
  ],
  invalid: [
    {
      name: 'bare grade',
      text: 'Exam: Strength 4/5.\nAssessment: Muscle weakness due to deconditioning (M62.81).',
      expect: [{ ruleId: 'strength-detail', severity: 'warning', code: 'M62.81', spanText: '4/5', evidence: ['4/5'], query: ['distribution'] }],
    },
    {
      name: 'MRC grade without a site',
      text: 'Motor exam: MRC grade 3 power.\nAssessment: Muscle weakness (M62.81) from disuse after 6 weeks of immobilization.',
      expect: [{ ruleId: 'strength-detail' }],
    },
  ],
} satisfies RuleCases;
