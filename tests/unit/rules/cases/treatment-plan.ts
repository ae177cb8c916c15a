import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'treatment-plan',
  valid: [
    { name: 'PT referral', text: 'Assessment: Muscle weakness (M62.81).\nPlan: Refer to physical therapy.' },
    { name: 'outpatient PT with frequency', text: 'Plan: Start outpatient PT 2x/week for 6 weeks.', codes: ['M62.81'] },
    { name: 'OT referral', text: 'Plan: OT referral for ADL training.', codes: ['M62.81'] },
    { name: 'other codes are not checked', text: 'Assessment: Weakness (R53.1).' },
  ],
  invalid: [
    {
      name: 'no plan at all',
      text: 'Exam: Hip flexors 4/5 bilaterally.\nAssessment: Muscle weakness due to deconditioning (M62.81).',
      // One query for the M62.81 question: functional-impact (same severity, first) carries it, asking for the plan too.
      expect: [
        { ruleId: 'treatment-plan', severity: 'warning', code: 'M62.81', query: null },
        { ruleId: 'functional-impact', query: ['the plan of care for it', '"Hip flexors 4/5 bilaterally."'] },
      ],
    },
    {
      name: 'a conditional referral is not a plan',
      text: 'Assessment: Muscle weakness (M62.81).\nPlan: If weakness persists, refer to physical therapy.',
      expect: [{ ruleId: 'treatment-plan' }],
    },
    {
      name: 'a negated therapy is not a plan',
      text: 'Assessment: Muscle weakness (M62.81).\nPlan: No physical therapy at this time.',
      expect: [{ ruleId: 'treatment-plan' }],
    },
  ],
} satisfies RuleCases;
