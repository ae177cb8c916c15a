import type { RuleCases } from '../rule-tester.ts';

// Hemoglobin, CK, TSH, B12 and vitamin D; potassium and sodium are the electrolytes pack's rules
// (cases/possible-hypokalemia.ts, possible-hyperkalemia.ts, possible-hyponatremia.ts).
// Quiet unless right: one borderline value, a value nobody acted on, a normal, historical, family,
// hypothetical, hemolyzed or to-be-confirmed value, a documented diagnosis or a decision not to work up
// give nothing (lexicon/lab-triggers.yaml, after packs/electrolytes.md, anemia.md, rhabdomyolysis.md).
export default {
  ruleId: 'abnormal-lab-without-dx',
  valid: [
    // --- borderline single values and values nobody acted on
    { name: 'mild hemoglobin 12.1 in a man', text: '72M. Hgb 12.1. A/P: cellulitis, cephalexin.' },
    { name: 'hemoglobin 11.6, no response', text: 'CBC: WBC 7.2, Hgb 11.6, Plt 240\nAssessment: Annual exam.' },
    { name: 'CK over 5x after spine surgery, no response', text: 'POD1 L4-5 fusion. CK 1,400 U/L (30-200). Pain controlled.\nA/P: routine post-op care.' },
    { name: 'CK 4x the limit with myalgia', text: 'HPI: Myalgias after starting a new workout.\nLabs: CK 850 U/L (30-200)\nA/P: Rest, hydrate.' },
    { name: 'single mildly high TSH', text: 'Labs: TSH 6.2 (H)\nAssessment: Fatigue.' },
    { name: 'mildly high TSH under evaluation', text: 'Labs: TSH 6.8 (0.4-4.5) H\nPlan: check free T4 and TPO antibodies, recheck TSH in 6 weeks.' },
    { name: 'borderline B12 with confirmatory tests pending', text: 'Labs: B12 240 pg/mL\nPlan: MMA and homocysteine pending.' },
    { name: 'low-normal B12 of 260 alone', text: 'Labs: B12 260 pg/mL\nA/P: Neuropathy, gabapentin.' },
    { name: 'vitamin D insufficiency range alone', text: 'Labs: 25-OH vitamin D 24 ng/mL\nAssessment: Osteopenia.' },
    { name: 'hemoglobin in g/L above the threshold', text: 'Labs: Hb 118 g/L\nAssessment: Well visit.' },
    // --- normal, historical, family, hypothetical, spurious
    { name: 'normal values', text: 'Labs: K 4.1 mEq/L, Na 139, Hgb 13.8, TSH 2.1\nAssessment: Fatigue.' },
    { name: 'a relative\'s value', text: 'Family History: Mother had thyroid disease with TSH 40.\n\nLabs: TSH 2.4\nAssessment: Fatigue.' },
    { name: 'CK with an acute MI', text: 'Labs: CK 1,800 U/L, troponin I 45 ng/mL. Repeat CK in AM.\nAssessment: NSTEMI, heparin drip.' },
    // --- documented: the question is answered
    { name: 'iron deficiency anemia documented: no anemia query', text: 'Labs: Hgb 9.4 g/dL (L), ferritin 6\nAssessment: Iron deficiency anemia, start ferrous sulfate.' },
    { name: 'very high CK with rhabdomyolysis documented', text: 'Labs: CK 14,500 U/L (ref 30-200).\nAssessment: Rhabdomyolysis after a long lie on the floor, IV fluids.' },
    { name: 'high CK explained by a documented inflammatory myopathy', text: 'Labs: CK 1,200 U/L (Ref: 30-200), repeat CK next week\nEMG: Myopathic motor units\nAssessment: Inflammatory myopathy.' },
    { name: 'a probable other explanation attributes the value (ED, outpatient)', text: 'ED NOTE\nCalves sore, legs weak. CK 1,800.\nMDM: likely viral myositis. CK with PCP in 2-3 days.', options: { setting: 'outpatient' } },
    { name: 'high TSH with Hashimoto thyroiditis documented', text: 'Labs: TSH 14.2\nAssessment: Hashimoto\'s thyroiditis, increase levothyroxine to 100 mcg.' },
    // --- a documented decision not to work up is respected
    { name: 'comfort care, no further workup', text: 'Labs: Hgb 7.9\nAssessment: Hospice patient, comfort care only; no further workup per patient wishes.' },
    { name: 'value flagged as a lab error to be confirmed', text: 'Labs: TSH 38 - suspect lab error, will repeat to confirm.\nAssessment: Headache.' },
    // --- potassium and sodium are the electrolytes pack's (possible-hypokalemia, -hyperkalemia, -hyponatremia)
    { name: 'a low sodium is not this rule\'s', text: 'Labs 3/2 08:00 Na 128 mmol/L (135-145) L; 3/2 16:00 Na 127.\nA/P: CAP on ceftriaxone.' },
    { name: 'a low potassium is not this rule\'s', text: 'Labs: K 2.7 mmol/L (L)\nA/P: Gastroenteritis, ondansetron.' },
  ],
  invalid: [
    {
      name: 'moderate anemia after IV fluids offers dilution',
      text: 'Labs: Hgb 9.4 g/dL\nAssessment: Dehydration, 2 L IV fluids given overnight.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', suggested: ['D64.9'], query: ['[ ] Anemia (please specify the type and acuity)', '[ ] Dilution from IV fluids', '[ ] Low hemoglobin without clinical significance'] }],
    },
    {
      name: 'mild anemia transfused',
      text: 'Hgb 11.4 this AM\nPlan: 1 unit PRBC transfused for symptomatic anemia? Will monitor.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', query: ['"Hgb 11.4" (note, before any section header, this AM)', 'PRBC'] }],
    },
    {
      name: 'hemoglobin in g/L converted',
      text: 'Labs: Hb 94 g/L\nAssessment: Knee osteoarthritis.',
      expect: [{ ruleId: 'abnormal-lab-without-dx', message: ['below 11 g/dL'] }],
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
  ],
} satisfies RuleCases;
