import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'drug-induced-myopathy',
  valid: [
    { name: 'statin myopathy denied', text: 'On atorvastatin; no statin myopathy, CK normal.\nAssessment: Muscle weakness due to deconditioning (M62.81).' },
    { name: 'rule out drug-induced myopathy, outpatient', text: 'Assessment: Muscle weakness (M62.81); rule out drug-induced myopathy, CK ordered.' },
    { name: 'takes a statin, weakness from deconditioning', text: 'Medications: atorvastatin 40 mg daily.\nAssessment: Muscle weakness from deconditioning (M62.81).' },
    { name: 'the inverted form denied', text: 'On atorvastatin. Myopathy (statin-induced) ruled out, CK normal.\nAssessment: Muscle weakness from deconditioning (M62.81).' },
  ],
  invalid: [
    {
      name: 'statin-induced myopathy with M62.81',
      text: 'Medications: atorvastatin 80 mg daily.\nAssessment: Statin-induced myopathy with proximal muscle weakness (M62.81).',
      expect: [{ ruleId: 'drug-induced-myopathy', severity: 'error', code: 'M62.81', suggested: ['G72.0', 'T46.6X5A'], evidence: ['Statin-induced myopathy'] }],
    },
    {
      name: 'a myopathy linked to a statin in one sentence',
      text: 'Assessment: Myopathy secondary to atorvastatin. Muscle weakness (M62.81).',
      expect: [{ ruleId: 'drug-induced-myopathy', message: ['"Myopathy secondary to atorvastatin"'], suggested: ['G72.0', 'T46.6X5A'] }],
    },
    // The inverted, index-style problem-list form (held-out-2 rheumatology consult).
    {
      name: 'a myopathy qualified after a comma: "myopathy, statin-induced"',
      text: 'Impression: Muscle weakness (generalized) M62.81 - proximal myopathy, statin-induced (atorvastatin), CK improving off the drug.',
      expect: [{ ruleId: 'drug-induced-myopathy', code: 'M62.81', suggested: ['G72.0', 'T46.6X5A'] }],
    },
    {
      name: 'steroid myopathy with M62.81 from the popup',
      text: 'Assessment: Steroid myopathy after 3 months of prednisone 40 mg.',
      codes: ['M62.81'],
      expect: [{ ruleId: 'drug-induced-myopathy', suggested: ['G72.0', 'T38.0X5A'] }],
    },
  ],
} satisfies RuleCases;
