import type { RuleCases } from '../rule-tester.ts';

// The electrolytes pack's possible-hyponatremia (was the sodium branch of abnormal-lab-without-dx):
// Na < 130 once, or Na < 135 acted on; never one borderline value, a value corrected to normal for
// hyperglycemia, a spurious value, or a value a documented diagnosis answers.
export default {
  ruleId: 'possible-hyponatremia',
  valid: [
    { name: 'one borderline sodium of 134', text: 'CHIEF COMPLAINT: cough\nLABS: Na 134, K 4.1, Cr 0.8\nIMPRESSION: community-acquired pneumonia, start azithromycin.' },
    { name: 'two mild sodiums, nothing done', text: 'BMP: Na 133, K 4.0.\nRepeat Na 134.\nA/P: CAP.' },
    { name: 'old low sodium in the past history', text: 'Past Medical History: Hyponatremia, Na 126 in 2020.\n\nAssessment: Fatigue.' },
    { name: 'a conditional treatment is not a treatment', text: 'Labs: Na 133\nPlan: If Na drops below 130, start fluid restriction.' },
    { name: 'value flagged as a lab error to be confirmed', text: 'Labs: Na 126 - suspect lab error, will repeat to confirm.\nAssessment: Headache.' },
    { name: 'fluid restriction for heart failure', text: 'Labs: Na 133\nPlan: Fluid restriction 1.5 L for heart failure, furosemide 40 mg daily.' },
    { name: 'possible hyponatremia counts as documented inpatient', text: 'Labs: Na 127\nAssessment: Possible hyponatremia, recheck.', options: { setting: 'inpatient' } },
    { name: 'comfort care, no further workup', text: 'Labs: Na 124\nAssessment: Hospice patient, comfort care only; no further workup per patient wishes.' },
    // Corrected for glucose (+1.6 per 100 mg/dL above 100): 129 + 1.6 x 5.4 = 137.6, not low.
    { name: 'low sodium of hyperglycemia, corrected normal', text: 'Na 129 mmol/L, glucose 640 mg/dL.\nA/P: DKA, insulin drip.' },
    { name: 'corrected with the glucose on the next line of the same section', text: 'LABS:\nGlucose 712\nNa 127, K 5.2, HCO3 10\nA/P: DKA, insulin gtt, LR.' },
    { name: 'SIADH documented answers the question', text: 'Na 124, serum osm 258.\nA/P: SIADH from small cell lung cancer, fluid restriction 1 L.' },
    { name: 'a relative\'s value', text: 'Family History: brother with hyponatremia, Na 122.\n\nLabs: Na 139\nAssessment: Fatigue.' },
  ],
  invalid: [
    {
      name: 'serial low sodiums with times',
      text: 'Labs 3/2 08:00 Na 128 mmol/L (135-145) L; 3/2 16:00 Na 127. Glucose 104.\nA/P: CAP on ceftriaxone.',
      expect: [
        {
          ruleId: 'possible-hyponatremia',
          severity: 'info',
          code: null,
          suggested: ['E87.1'],
          spanText: 'Na 127',
          message: ['below 130 mmol/L', 'moderate', 'Hyponatremia?'],
          query: ['- "Na 127" (note, before any section header, 3/2 16:00)', '- "Na 128 mmol/L (135-145) L" (note, before any section header, 3/2 08:00)', '[ ] Hyponatremia', '[ ] Abnormal value without clinical significance'],
        },
      ],
    },
    {
      name: 'mild sodium with fluid restriction ordered',
      text: 'BMP: Na 133.\nA/P: CAP. Fluid restrict 1.5 L.',
      expect: [{ ruleId: 'possible-hyponatremia', message: ['with "Fluid restrict" documented', 'mild'], query: ['"Fluid restrict 1.5 L."'] }],
    },
    {
      name: 'possible hyponatremia outpatient is still a question',
      text: 'Labs: Na 127\nAssessment: Possible hyponatremia, recheck.',
      options: { setting: 'outpatient' },
      expect: [{ ruleId: 'possible-hyponatremia', suggested: ['E87.1'] }],
    },
    {
      name: 'profound sodium graded from the worst value',
      text: 'ED: 81F, confusion, fell at home.\nNa 121, repeat Na 118.\nA/P: UTI, ceftriaxone; admit.',
      expect: [{ ruleId: 'possible-hyponatremia', spanText: 'Na 118', message: ['profound'] }],
    },
    {
      name: 'glucose too modest to explain the sodium',
      text: 'Na 124, glucose 250.\nA/P: T2DM uncontrolled, cellulitis.',
      expect: [{ ruleId: 'possible-hyponatremia', message: ['profound'] }],
    },
  ],
} satisfies RuleCases;
