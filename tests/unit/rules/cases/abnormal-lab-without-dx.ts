import type { RuleCases } from '../rule-tester.ts';

// Hemoglobin: the anemia pack's possible-anemia (cases/possible-anemia.ts) replaces the weakness pack's
// hemoglobin branch, so one Hgb finding yields one possible-dx diagnostic with the pack's WHO thresholds.
// Quiet unless right: one borderline value, a value nobody acted on, a normal, historical, family,
// hypothetical, hemolyzed or to-be-confirmed value, a documented diagnosis or a decision not to work up
// give nothing (lexicon/lab-triggers.yaml, after packs/electrolytes.md, anemia.md, rhabdomyolysis.md).
export default {
  ruleId: 'abnormal-lab-without-dx',
  valid: [
    // --- borderline single values and values nobody acted on
    { name: 'one borderline sodium of 134', text: 'CHIEF COMPLAINT: cough\nLABS: Na 134, K 4.1, Cr 0.8\nIMPRESSION: community-acquired pneumonia, start azithromycin.' },
    { name: 'two mild sodiums, nothing done', text: 'BMP: Na 133, K 4.0.\nRepeat Na 134.\nA/P: CAP.' },
    { name: 'potassium 3.2 alone, no treatment', text: 'Labs: K 3.2 mEq/L (L)\nAssessment: Fatigue, follow up 3 months.' },
    { name: 'potassium only as a maintenance-fluid additive', text: 'Labs: K 3.3, 3.4\nPlan: D5 1/2NS + 20 KCl at 75 mL/h.' },
    { name: 'potassium 5.6 before dialysis, nothing done', text: 'ESRD on HD MWF.\nK 5.6.\nA/P: ESRD, HD tomorrow as scheduled.' },
    { name: 'CK over 5x after spine surgery, no response', text: 'POD1 L4-5 fusion. CK 1,400 U/L (30-200). Pain controlled.\nA/P: routine post-op care.' },
    { name: 'CK 4x the limit with myalgia', text: 'HPI: Myalgias after starting a new workout.\nLabs: CK 850 U/L (30-200)\nA/P: Rest, hydrate.' },
    { name: 'single mildly high TSH', text: 'Labs: TSH 6.2 (H)\nAssessment: Fatigue.' },
    { name: 'mildly high TSH under evaluation', text: 'Labs: TSH 6.8 (0.4-4.5) H\nPlan: check free T4 and TPO antibodies, recheck TSH in 6 weeks.' },
    { name: 'borderline B12 with confirmatory tests pending', text: 'Labs: B12 240 pg/mL\nPlan: MMA and homocysteine pending.' },
    { name: 'low-normal B12 of 260 alone', text: 'Labs: B12 260 pg/mL\nA/P: Neuropathy, gabapentin.' },
    { name: 'vitamin D insufficiency range alone', text: 'Labs: 25-OH vitamin D 24 ng/mL\nAssessment: Osteopenia.' },
    // --- normal, historical, family, hypothetical, spurious
    { name: 'normal values', text: 'Labs: K 4.1 mEq/L, Na 139, Hgb 13.8, TSH 2.1\nAssessment: Fatigue.' },
    { name: 'old low sodium in the past history', text: 'Past Medical History: Hyponatremia, Na 126 in 2020.\n\nAssessment: Fatigue.' },
    { name: 'a relative\'s value', text: 'Family History: Mother had thyroid disease with TSH 40.\n\nLabs: TSH 2.4\nAssessment: Fatigue.' },
    { name: 'a conditional treatment is not a treatment', text: 'Labs: Na 133\nPlan: If Na drops below 130, start fluid restriction.' },
    { name: 'hemolyzed potassium with a normal repeat', text: 'K 6.3 (specimen hemolyzed), repeat K 4.4.' },
    { name: 'value flagged as a lab error to be confirmed', text: 'Labs: Na 126 - suspect lab error, will repeat to confirm.\nAssessment: Headache.' },
    { name: 'fluid restriction for heart failure', text: 'Labs: Na 133\nPlan: Fluid restriction 1.5 L for heart failure, furosemide 40 mg daily.' },
    { name: 'CK with an acute MI', text: 'Labs: CK 1,800 U/L, troponin I 45 ng/mL. Repeat CK in AM.\nAssessment: NSTEMI, heparin drip.' },
    // --- documented: the question is answered
    { name: 'low potassium with hypokalemia documented', text: 'Labs: K 2.9 mEq/L.\nAssessment: Hypokalemia, start KCl 20 mEq daily.' },
    { name: 'very high CK with rhabdomyolysis documented', text: 'Labs: CK 14,500 U/L (ref 30-200).\nAssessment: Rhabdomyolysis after a long lie on the floor, IV fluids.' },
    { name: 'high CK explained by a documented inflammatory myopathy', text: 'Labs: CK 1,200 U/L (Ref: 30-200), repeat CK next week\nEMG: Myopathic motor units\nAssessment: Inflammatory myopathy.' },
    { name: 'chosen code covers the lab', text: 'Labs: K 2.6 mEq/L.', codes: ['E87.6'] },
    { name: 'possible hyponatremia counts as documented inpatient', text: 'Labs: Na 127\nAssessment: Possible hyponatremia, recheck.', options: { setting: 'inpatient' } },
    { name: 'a resolved diagnosis written with its code answers the question', text: 'Hospital course: K 2.9 on admission, repleted with IV KCl.\nDischarge diagnoses:\n1. Hypokalemia E87.6 - resolved with repletion' },
    { name: 'a probable other explanation attributes the value (ED, outpatient)', text: 'ED NOTE\nCalves sore, legs weak. CK 1,800.\nMDM: likely viral myositis. CK with PCP in 2-3 days.', options: { setting: 'outpatient' } },
    { name: 'high TSH with Hashimoto thyroiditis documented', text: 'Labs: TSH 14.2\nAssessment: Hashimoto\'s thyroiditis, increase levothyroxine to 100 mcg.' },
    // --- hemoglobin is the anemia pack's (possible-anemia): one lab finding, one possible-dx
    { name: 'moderate hemoglobin goes to possible-anemia', text: 'Labs: Hgb 8.8 g/dL, K 4.0\nAssessment: Knee osteoarthritis, PT.' },
    // --- a documented decision not to work up is respected
    { name: 'comfort care, no further workup', text: 'Labs: Na 124\nAssessment: Hospice patient, comfort care only; no further workup per patient wishes.' },
  ],
  invalid: [
    {
      name: 'serial low sodiums with times',
      text: 'Labs 3/2 08:00 Na 128 mmol/L (135-145) L; 3/2 16:00 Na 127. Glucose 104.\nA/P: CAP on ceftriaxone.',
      expect: [
        {
          ruleId: 'abnormal-lab-without-dx',
          severity: 'info',
          code: null,
          suggested: ['E87.1'],
          spanText: 'Na 127',
          message: ['below 130 mmol/L', 'Hyponatremia?'],
          query: ['- "Na 127" (note, before any section header, 3/2 16:00)', '- "Na 128 mmol/L (135-145) L" (note, before any section header, 3/2 08:00)', '[ ] Hyponatremia', '[ ] Low sodium without clinical significance'],
        },
      ],
    },
    {
      name: 'mild sodium with fluid restriction ordered',
      text: 'BMP: Na 133.\nA/P: CAP. Fluid restrict 1.5 L.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', message: ['with "Fluid restrict" documented'], query: ['"Fluid restrict 1.5 L."'] }],
    },
    {
      name: 'clearly low potassium, nothing documented',
      text: 'HPI: 68F with vomiting x3 days.\nLabs: K 2.7 mmol/L (L)\nA/P: Gastroenteritis, ondansetron.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['E87.6'], query: ['"K 2.7 mmol/L (L)" (Labs and data)', '[ ] Hypokalemia', '[ ] Other (please specify): ______', '[ ] Clinically undetermined'] }],
    },
    {
      name: 'mild potassium replaced and rechecked',
      text: 'Labs: K 3.3, Mg 1.9\nPlan: KCl 40 mEq PO x1 now, recheck BMP in AM.\nAssessment: Gastroenteritis.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', message: ['with "KCl" documented'], query: ['"KCl 40 mEq PO x1 now, recheck BMP in AM." (Plan)'] }],
    },
    {
      name: 'high potassium treated with a binder',
      text: 'ESRD on HD MWF. K 5.8, 6.0 before dialysis.\nPlan: sodium zirconium cyclosilicate 10 g given, HD in AM.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['E87.5'], query: ['[ ] Hyperkalemia', 'hemolyzed specimen'] }],
    },
    {
      name: 'very high CK in a patient found down',
      text: 'HPI: Found down at home, unknown down time.\nLabs: CK 4,800 U/L (ref 30-200)\nA/P: AKI, IV fluids.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['M62.82'], query: ['"CK 4,800 U/L (ref 30-200)"', 'Found down at home', '[ ] Rhabdomyolysis', '[ ] CK elevation without clinical significance'] }],
    },
    {
      name: 'high CK with a recheck ordered',
      text: 'Labs: CPK 3,100 (30-200)\nPlan: trend CK q12h, encourage PO fluids.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['M62.82'] }],
    },
    {
      name: 'TSH above 10',
      text: 'Labs: TSH 14.8 mIU/L\nAssessment: Fatigue, start levothyroxine 25 mcg.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['E03.9'], query: ['levothyroxine', '[ ] Subclinical hypothyroidism', '[ ] Elevated TSH without clinical significance'] }],
    },
    {
      name: 'mildly high TSH treated',
      text: 'Labs: TSH 7.9 (0.4-4.5) H, free T4 0.9\nPlan: start levothyroxine 25 mcg daily given symptoms, free T4 ordered.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['E03.9'], message: ['with "levothyroxine" documented'] }],
    },
    {
      name: 'mildly high TSH cited by the provider',
      text: 'Labs reviewed.\nA/P: 1. Fatigue - TSH 7.9 today, weight gain, cold intolerance.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', message: ['cited in the assessment or plan'] }],
    },
    {
      name: 'B12 clearly low',
      text: 'Labs: B12 140 pg/mL (200-900)\nA/P: Numbness of feet.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['E53.8'], query: ['[ ] Vitamin B12 deficiency'] }],
    },
    {
      name: 'borderline B12 treated',
      text: 'Labs: B12 245 pg/mL\nPlan: cyanocobalamin 1000 mcg IM monthly.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['E53.8'] }],
    },
    {
      name: 'vitamin D deficient range',
      text: 'Labs: 25-OH vitamin D 11 ng/mL\nAssessment: Osteopenia.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['E55.9'], query: ['[ ] Vitamin D deficiency', '[ ] Low vitamin D without clinical significance'] }],
    },
    {
      name: 'vitamin D insufficiency treated',
      text: 'Labs: Vitamin D 24 ng/mL\nPlan: ergocalciferol 50,000 units weekly x 8 weeks.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['E55.9'] }],
    },
    {
      name: 'possible hyponatremia outpatient is still a question',
      text: 'Labs: Na 127\nAssessment: Possible hyponatremia, recheck.',
      options: { setting: 'outpatient' },
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['E87.1'] }],
    },
  ],
} satisfies RuleCases;
