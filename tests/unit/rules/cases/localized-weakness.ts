import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'localized-weakness',
  valid: [
    { name: 'generalized weakness with four-limb grades', text: 'Generalized weakness; strength 4/5 in all four extremities.\nAssessment: Weakness (R53.1).' },
    { name: 'focal weakness denied, diffuse complaint', text: 'No left arm weakness. Feels weak all over.\nAssessment: Weakness (R53.1).' },
    { name: 'a relative\'s one-sided weakness', text: 'Family History: Mother with left-sided weakness after a stroke.\n\nHPI: Generalized weakness.\nAssessment: Weakness (R53.1).' },
    { name: 'both legs weak: neither generalized nor one limb', text: 'HPI: Tired, weak legs for 2 weeks.\nAssessment: Weakness (R53.1).' },
    { name: 'focal weakness without a weakness code', text: 'Left arm weakness since this morning.', codes: ['E87.6'] },
  ],
  invalid: [
    {
      name: 'one side graded as a list led by the limb: "LUE deltoid 3/5, grip 4-/5; LLE ..."',
      text: 'HPI: residual L arm and leg weakness.\nExam: Strength: LUE deltoid 3/5, grip 4-/5; LLE hip flexion 4-/5, ankle DF 3/5. RUE/RLE 5/5.\nA/P: Weakness (R53.1), PT.',
      expect: [{ ruleId: 'localized-weakness', code: 'R53.1' }],
    },
    {
      name: 'one arm, coded R53.1',
      text: 'HPI: Left arm weakness since this morning.\nExam: Left deltoid 4/5.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'localized-weakness', severity: 'error', code: 'R53.1', suggested: ['R29.898'], evidence: ['Left arm weakness'], query: null }],
    },
    {
      // Issue 11: the side the note gives (right: dominant by Guideline I.C.6.a), not the unspecified-side code.
      name: 'one side, coded M62.81: the side of the note',
      text: 'Exam: Right-sided weakness, right arm and leg 3/5.\nAssessment: Muscle weakness (M62.81).',
      expect: [{ ruleId: 'localized-weakness', code: 'M62.81', suggested: ['G81.91'] }],
    },
    {
      name: 'one side after a past stroke: the sequela code, not G81',
      text: 'HPI: old stroke 2021. Left-sided weakness, left arm 3/5, left leg 4/5.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'localized-weakness', code: 'R53.1', suggested: ['I69.354'] }],
    },
  ],
} satisfies RuleCases;
