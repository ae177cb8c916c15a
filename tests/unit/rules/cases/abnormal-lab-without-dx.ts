import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'abnormal-lab-without-dx',
  valid: [
    { name: 'low potassium with hypokalemia documented', text: 'Labs: K 3.0 mEq/L.\nAssessment: Hypokalemia, start KCl 20 mEq daily.' },
    { name: 'normal potassium', text: 'Labs: K 4.1 mEq/L, Na 139.\nAssessment: Fatigue.' },
    { name: 'old low sodium in the past history', text: 'Past Medical History: Hyponatremia, Na 126 in 2020.\n\nAssessment: Fatigue.' },
    { name: 'very high CK with rhabdomyolysis documented', text: 'Labs: CK 14,500 U/L (ref 30-200).\nAssessment: Rhabdomyolysis after a long lie on the floor, IV fluids.' },
    { name: 'high CK explained by a documented inflammatory myopathy', text: 'Labs: CK 1,200 U/L (Ref: 30-200)\nEMG: Myopathic motor units\nAssessment: Inflammatory myopathy.' },
    { name: 'chosen code covers the lab', text: 'Labs: K 3.0 mEq/L.', codes: ['E87.6'] },
  ],
  invalid: [
    {
      name: 'low potassium, nothing documented',
      text: 'Labs: K 3.0 mEq/L.\nAssessment: Fatigue.',
      expect: [
        {
          ruleId: 'abnormal-lab-without-dx',
          severity: 'info',
          code: null,
          suggested: ['E87.6'],
          message: ['below the reference range'],
          query: ['(Labs and data)', '[ ] Hypokalemia', '[ ] Other (please specify)', '[ ] Clinically undetermined'],
        },
      ],
    },
    {
      name: 'CK over 5x the upper limit suggests rhabdomyolysis',
      text: 'Labs: CK 1,450 U/L (ref 30-200).\nAssessment: Muscle aches after a marathon.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['M62.82'], message: ['above the reference range'] }],
    },
    {
      name: 'high TSH suggests hypothyroidism',
      text: 'Labs: TSH 9.8 mIU/L (H).\nAssessment: Fatigue, recheck in 6 weeks.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['E03.9'] }],
    },
    {
      name: 'low sodium from a lab table with its stated range',
      text: 'Labs:\nNa: 128 (135-145)\nCr: 0.9',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['E87.1'] }],
    },
  ],
} satisfies RuleCases;
