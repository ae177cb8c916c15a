import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'objective-findings',
  valid: [
    { name: 'normal strength counts as an exam', text: 'Exam: Strength 5/5 throughout.\nAssessment: Weakness (R53.1).' },
    { name: 'gait observation', text: 'Exam: Gait steady without assistive device.\nAssessment: Weakness (R53.1).' },
    { name: 'grip dynamometry', text: 'Grip strength 22 kg on the right.', codes: ['R53.1'] },
    { name: 'other codes are not checked', text: 'Assessment: Muscle weakness (M62.81).' },
  ],
  invalid: [
    {
      name: 'no exam',
      text: 'HPI: Generalized weakness for 2 weeks.\nAssessment: Weakness (R53.1).\nPlan: CBC and TSH ordered.',
      expect: [{ ruleId: 'objective-findings', severity: 'info', code: 'R53.1', query: ['the examination findings (strength, grip or gait)', '"Generalized weakness for 2 weeks."'] }],
    },
    {
      name: 'an old exam is not this encounter\'s',
      text: 'Past Medical History: Rotator cuff repair 2019, strength 4/5 afterwards.\n\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'objective-findings' }],
    },
  ],
} satisfies RuleCases;
