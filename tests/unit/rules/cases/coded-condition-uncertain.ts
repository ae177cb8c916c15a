import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'coded-condition-uncertain',
  valid: [
    {
      name: 'probable diagnosis inpatient is coded as if it existed (II.H)',
      text: 'Assessment: probable steroid myopathy - G72.0. Taper prednisone.',
      options: { setting: 'inpatient' },
    },
    {
      name: 'inferred inpatient from a discharge summary',
      text: 'DISCHARGE SUMMARY\nHospital day 6.\nDischarge diagnoses: Likely critical illness myopathy (G72.81), EMG pending.',
    },
    {
      name: 'uncertain wording elsewhere, condition confirmed',
      text: 'HPI: possible hypothyroidism on last visit; TSH now 12.4, free T4 low, confirmed hypothyroidism.\nAssessment: Hypothyroidism (E03.9).',
    },
    {
      name: 'a symptom code inside an uncertain list is what IV.H says to code',
      text: 'Assessment: possible hypothyroidism, fatigue R53.83. TSH ordered.',
    },
    {
      name: 'the code written with its unhedged condition outweighs a hedged cause link elsewhere',
      text: 'PCP visit.\nA/P:\n# Anemia (D64.9) - new, microcytic. Fatigue likely from the anemia. Iron panel, FIT.',
      options: { setting: 'outpatient' },
    },
    {
      name: 'an unhedged coded diagnosis with a possible cause link',
      text: 'Clinic.\nAssessment: Hypothyroidism (E03.9), TSH 12. Weight gain possibly related to hypothyroidism.',
      options: { setting: 'outpatient' },
    },
    {
      name: 'the symptom is coded, the suspected cause is not',
      text: 'Assessment: Weakness (R53.1), feels weak, suspect hypothyroidism, TSH ordered.',
    },
  ],
  invalid: [
    {
      name: 'probable drug-induced myopathy coded in the office',
      text: 'Office visit.\nHPI: aching thighs on atorvastatin.\nAssessment: probable steroid myopathy - G72.0',
      // The code's own label is its only evidence and never a query indicator: no query to send.
      expect: [{ ruleId: 'coded-condition-uncertain', severity: 'warning', code: 'G72.0', evidence: ['steroid myopathy'], query: null }],
    },
    {
      name: 'rule-out diagnosis coded outpatient',
      text: 'Assessment: Weakness (R53.1), feels weak; rule out critical illness myopathy (G72.81).',
      expect: [{ ruleId: 'coded-condition-uncertain', code: 'G72.81' }],
    },
    {
      name: 'the code written with a hedge of its own, the condition named plainly nowhere',
      text: 'PCP visit.\nA/P:\n# Probable anemia (D64.9). Fatigue likely from the anemia. Iron panel, FIT.',
      options: { setting: 'outpatient' },
      expect: [{ ruleId: 'coded-condition-uncertain', code: 'D64.9' }],
    },
    {
      name: 'suspected diagnosis passed by the user',
      text: 'Clinic note. Tired for 2 months. Suspected iron deficiency anemia, ferritin ordered.',
      codes: ['D50.9'],
      expect: [{ ruleId: 'coded-condition-uncertain', code: 'D50.9' }],
    },
  ],
} satisfies RuleCases;
