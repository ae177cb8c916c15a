import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'post-covid-sequencing',
  valid: [
    { name: 'specific condition first', text: 'Assessment: Generalized weakness (R53.1), a post COVID-19 condition (U09.9).' },
    { name: 'no U09.9', text: 'Assessment: Fatigue (R53.83) since COVID-19 last winter.' },
  ],
  invalid: [
    {
      name: 'U09.9 as the only code',
      text: 'HPI: Persistent fatigue since a COVID-19 infection in January.',
      codes: ['U09.9'],
      expect: [{ ruleId: 'post-covid-sequencing', severity: 'warning', code: 'U09.9', message: ['only code'], suggested: ['R53.83'] }],
    },
    {
      name: 'U09.9 listed first',
      text: 'Assessment:\n1. Post COVID-19 condition (U09.9)\n2. Generalized weakness (R53.1)',
      expect: [{ ruleId: 'post-covid-sequencing', message: ['R53.1'], spanText: 'U09.9', suggested: ['R53.1'] }],
    },
  ],
} satisfies RuleCases;
