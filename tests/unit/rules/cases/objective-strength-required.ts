import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'objective-strength-required',
  valid: [
    {
      name: 'seed good case: 4/5 in all extremities',
      text: 'Generalized muscle weakness (4/5 strength in all extremities), persistent >2 weeks, CK elevated to 500 U/L.',
      codes: ['M62.81'],
    },
    { name: 'graded hip flexors', text: 'Exam: Hip flexors 4-/5 bilaterally, deltoids 4/5.\nAssessment: Muscle weakness (M62.81).' },
    { name: 'gradeless decreased strength on exam', text: 'Exam: Decreased strength in both legs on manual muscle testing.', codes: ['M62.81'] },
    { name: 'rule applies only to M62.81', text: 'Patient feels weak.', codes: ['R53.1'] },
  ],
  invalid: [
    {
      name: 'seed poor case: "Patient feels weak." with M62.81',
      text: 'Patient feels weak.',
      codes: ['M62.81'],
      expect: [
        { ruleId: 'objective-strength-required', severity: 'error', code: 'M62.81', evidence: ['feels weak'], query: ['"Patient feels weak."', 'Clinically undetermined'] },
        { ruleId: 'unsupported-weakness' },
      ],
    },
    {
      name: 'a normal exam is evidence against the code',
      text: 'HPI: Says her legs are tired.\nExam: Strength 5/5 throughout.\nAssessment: Muscle weakness (M62.81).',
      expect: [{ ruleId: 'objective-strength-required', message: ['normal strength exam'], evidence: ['5/5'], spanText: 'M62.81' }],
    },
    {
      name: 'a relative\'s strength grade is no evidence',
      text: 'Family History: Her mother had proximal weakness with strength 3/5 in the hips.\n\nAssessment: Muscle weakness (M62.81).',
      expect: [{ ruleId: 'objective-strength-required' }],
    },
    {
      name: 'a grade in the past medical history is no evidence',
      text: 'Past Medical History: Left knee replacement in 2021; quadriceps strength 3/5 at that time.\n\nAssessment: Muscle weakness (M62.81).',
      expect: [{ ruleId: 'objective-strength-required' }],
    },
  ],
} satisfies RuleCases;
