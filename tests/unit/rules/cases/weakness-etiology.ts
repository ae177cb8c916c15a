import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'weakness-etiology',
  valid: [
    { name: 'deconditioning stated', text: 'Exam: Strength 4/5 in bilateral hip flexors.\nAssessment: Generalized muscle weakness due to deconditioning (M62.81).' },
    { name: 'disuse after a cast', text: 'Assessment: Muscle weakness (M62.81) from disuse after 6 weeks in a long leg cast.' },
    { name: 'probable etiology still documents one', text: 'Assessment: Muscle weakness (M62.81), probably from prolonged bed rest during her admission.' },
    { name: 'other codes are not checked', text: 'Assessment: Weakness (R53.1).' },
  ],
  invalid: [
    {
      name: 'graded weakness without a cause',
      text: 'Exam: Strength 4/5 in bilateral hip flexors.\nAssessment: Muscle weakness (M62.81).',
      expect: [
        { ruleId: 'weakness-etiology', severity: 'warning', code: 'M62.81', spanText: 'M62.81', query: null },
        { ruleId: 'functional-impact', query: ['its underlying cause', 'Other (please specify)'] },
      ],
    },
    {
      name: 'a ruled-out cause is not a cause',
      text: 'Exam: Hip flexors 4/5 bilaterally.\nAssessment: Deconditioning ruled out; she walks 3 miles daily. Muscle weakness (M62.81).',
      expect: [{ ruleId: 'weakness-etiology' }],
    },
    {
      name: 'a relative\'s myopathy is not the patient\'s cause',
      text: 'Family History: Father with myopathy.\n\nExam: Hip flexors 4/5 bilaterally.\n\nAssessment: Muscle weakness (M62.81).',
      expect: [{ ruleId: 'weakness-etiology' }],
    },
  ],
} satisfies RuleCases;
