import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'weakness-etiology',
  valid: [
    { name: 'deconditioning stated', text: 'Exam: Strength 4/5 in bilateral hip flexors.\nAssessment: Generalized muscle weakness due to deconditioning (M62.81).' },
    { name: 'disuse after a cast', text: 'Assessment: Muscle weakness (M62.81) from disuse after 6 weeks in a long leg cast.' },
    { name: 'probable etiology still documents one', text: 'Assessment: Muscle weakness (M62.81), probably from prolonged bed rest during her admission.' },
    // A discharge summary codes the weakness treated in the stay; its cause has resolved, but it is its cause.
    {
      name: 'a cause that has since resolved is still the documented cause',
      text: 'Hospital course: 3/5 hip flexors on HD6, PT/OT daily.\nDischarge diagnoses:\n1. Generalized muscle weakness M62.81, deconditioning from bed rest - resolved with PT',
      options: { setting: 'inpatient' },
    },
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
      name: 'a cause denied in a sentence that says something else resolved',
      text: 'Exam: Hip flexors 4/5 bilaterally.\nAssessment: not deconditioning, her cough has resolved. Muscle weakness (M62.81).',
      expect: [{ ruleId: 'weakness-etiology' }],
    },
    {
      name: 'a cause said not resolved is no resolved cause, and denied here',
      text: 'Exam: Hip flexors 4/5 bilaterally.\nAssessment: No deconditioning; pain not resolved. Muscle weakness (M62.81).',
      expect: [{ ruleId: 'weakness-etiology' }],
    },
    {
      name: 'a relative\'s myopathy is not the patient\'s cause',
      text: 'Family History: Father with myopathy.\n\nExam: Hip flexors 4/5 bilaterally.\n\nAssessment: Muscle weakness (M62.81).',
      expect: [{ ruleId: 'weakness-etiology' }],
    },
  ],
} satisfies RuleCases;
