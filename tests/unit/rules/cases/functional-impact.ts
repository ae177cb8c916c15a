import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'functional-impact',
  valid: [
    { name: 'rising from a chair and stairs', text: 'HPI: Difficulty rising from a chair and climbing stairs for 3 weeks.\nAssessment: Muscle weakness (M62.81).' },
    { name: 'transfers', text: 'Needs moderate assistance with transfers.', codes: ['M62.81'] },
    { name: 'abnormal gait with a walker', text: 'Exam: Unsteady gait, uses a walker.\nAssessment: Muscle weakness (M62.81).' },
    { name: 'other codes are not checked', text: 'Assessment: Weakness (R53.1).' },
    {
      name: 'a limit typed without the apostrophe',
      text: 'Exam: hip flexors 4/5 bilaterally.\nA/P: muscle weakness M62.81 from deconditioning, cant climb stairs, PT referral.',
    },
  ],
  invalid: [
    {
      name: 'no functional statement',
      text: 'Exam: Hip flexors 4/5 bilaterally.\nAssessment: Muscle weakness due to deconditioning (M62.81).',
      expect: [{ ruleId: 'functional-impact', severity: 'warning', code: 'M62.81', query: ['transfers', 'Clinically undetermined'] }],
    },
    {
      name: 'denied limitations and a normal gait are not an impact',
      text: 'HPI: She denies falls and has no difficulty with stairs.\nExam: Gait normal. Hip flexors 4/5 bilaterally.\nAssessment: Muscle weakness (M62.81).',
      expect: [{ ruleId: 'functional-impact' }],
    },
  ],
} satisfies RuleCases;
