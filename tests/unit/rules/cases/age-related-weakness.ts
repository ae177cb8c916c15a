import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'age-related-weakness',
  valid: [
    { name: 'not frail', text: 'Not frail; walks 2 miles daily.\nAssessment: Weakness (R53.1), labs ordered.' },
    { name: 'R54 already chosen', text: 'Assessment: Frailty (R54).' },
    { name: 'frail father in the family history', text: 'Family History: Frail elderly father in a nursing home.\n\nAssessment: Weakness (R53.1).' },
    { name: '"frail" as the general appearance on exam', text: 'Exam: Gen: frail, NAD. Neuro exam unchanged from prior.\nAssessment: Weakness (R53.1), labs pending.' },
    { name: 'frail in the exam with graded strength', text: 'Exam: frail, arms 3/5 and legs 3/5 bilaterally.\nAssessment: Weakness (R53.1); hospice goals, no workup.' },
  ],
  invalid: [
    {
      name: 'frailty and weakness in an 86-year-old',
      text: 'HPI: 86-year-old with frailty and slowly increasing weakness.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'age-related-weakness', severity: 'warning', code: 'R53.1', suggested: ['R54'], evidence: ['frailty'] }],
    },
    {
      // Issue 11: a code Excludes1 forbids beside a chosen code is never suggested; the message names the conflict instead.
      name: 'frailty with sarcopenia chosen: the advice names the Excludes1 between R54 and M62.84 and suggests no R54',
      text: 'Assessment: Frailty. Sarcopenia (M62.84). Weakness (R53.1).',
      expect: [{ ruleId: 'age-related-weakness', message: ['R54 excludes M62.84, which is coded'] }, { ruleId: 'excludes1-conflict' }],
    },
    {
      name: 'frailty in the assessment though also in the exam',
      text: 'Exam: frail, slow gait.\nAssessment: Frailty of old age with weakness (R53.1).',
      expect: [{ ruleId: 'age-related-weakness', suggested: ['R54'] }],
    },
    {
      name: 'weakness attributed to old age',
      text: 'Assessment: Weakness due to old age (R53.1).',
      expect: [{ ruleId: 'age-related-weakness', suggested: ['R54'] }],
    },
  ],
} satisfies RuleCases;
