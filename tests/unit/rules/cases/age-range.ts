import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'age-range',
  valid: [
    { name: 'adult', text: '45-year-old woman with weakness.\nAssessment: Weakness (R53.1).' },
    { name: 'child with another code', text: '12-year-old boy with leg weakness after a viral illness.', codes: ['M62.81'] },
    { name: 'age from options, adult', text: 'Weak all over.', codes: ['R53.1'], options: { age: 15 } },
  ],
  invalid: [
    {
      name: '12-year-old coded R53.1',
      text: '12-year-old boy with weakness after a viral illness.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'age-range', severity: 'info', code: 'R53.1', message: ['12 years'], evidence: ['12-year-old'] }],
    },
    {
      name: 'age from options',
      text: 'Weak all over since the flu.',
      codes: ['R53.1'],
      options: { age: 9 },
      expect: [{ ruleId: 'age-range', message: ['9 years'] }],
    },
  ],
} satisfies RuleCases;
