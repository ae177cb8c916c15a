import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'unsupported-weakness',
  valid: [
    { name: 'complaint with a duration', text: 'Patient feels weak for 2 weeks.', codes: ['R53.1'] },
    { name: 'complaint with an exam', text: 'Patient feels weak. Strength 4/5 in hip flexors bilaterally.', codes: ['M62.81'] },
    { name: 'denied weakness is no complaint', text: 'Patient denies weakness.', codes: ['R53.1'] },
    { name: 'a ROS tick with a thyroid result', text: 'ROS: Neuro: (+) weakness.\nLabs: TSH 2.2.\nA/P: Weakness (R53.1).' },
    { name: 'a relative\'s weakness', text: 'Her mother feels weak since her chemotherapy.', codes: ['R53.1'] },
  ],
  invalid: [
    {
      name: 'seed poor case',
      text: 'Patient feels weak.',
      codes: ['M62.81'],
      expect: [
        { ruleId: 'unsupported-weakness', severity: 'warning', code: 'M62.81', spanText: 'feels weak', query: null },
        { ruleId: 'objective-strength-required', severity: 'error', query: ['"Patient feels weak."', 'its distribution (generalized or focal) and duration', 'Fatigue or low energy without loss of strength'] },
      ],
    },
    {
      name: 'a ROS tick beside a diabetes follow-up HbA1c',
      text: 'ROS: Neuro: (+) weakness. GI: (-) N/V.\nA1c 6.9.\nA/P: DM2 E11.9, continue metformin. Weakness R53.1.',
      expect: [{ ruleId: 'unsupported-weakness', code: 'R53.1', spanText: 'weakness' }],
    },
    {
      name: 'states she is weak, coded R53.1',
      text: 'Pt states she is weak.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'unsupported-weakness', code: 'R53.1' }],
    },
  ],
} satisfies RuleCases;
