import type { RuleCases } from '../rule-tester.ts';

// TSH, B12 and vitamin D only: potassium and sodium are the electrolytes pack's rules, CK the rhabdomyolysis
// pack's and hemoglobin the anemia pack's (cases/possible-*.ts).
// Quiet unless right: one borderline value, a value nobody acted on, a normal, historical, family,
// hypothetical, hemolyzed or to-be-confirmed value, a documented diagnosis or a decision not to work up
// give nothing (lexicon/lab-triggers.yaml, after packs/electrolytes.md and anemia.md;
// the CK branch is the rhabdomyolysis pack's possible-rhabdomyolysis, tests/unit/rules/cases/possible-rhabdomyolysis.ts).
export default {
  ruleId: 'abnormal-lab-without-dx',
  valid: [
    // --- borderline single values and values nobody acted on
    { name: 'single mildly high TSH', text: 'Labs: TSH 6.2 (H)\nAssessment: Fatigue.' },
    { name: 'mildly high TSH under evaluation', text: 'Labs: TSH 6.8 (0.4-4.5) H\nPlan: check free T4 and TPO antibodies, recheck TSH in 6 weeks.' },
    { name: 'borderline B12 with confirmatory tests pending', text: 'Labs: B12 240 pg/mL\nPlan: MMA and homocysteine pending.' },
    { name: 'low-normal B12 of 260 alone', text: 'Labs: B12 260 pg/mL\nA/P: Neuropathy, gabapentin.' },
    { name: 'vitamin D insufficiency range alone', text: 'Labs: 25-OH vitamin D 24 ng/mL\nAssessment: Osteopenia.' },
    // --- normal, historical, family, hypothetical, spurious
    { name: 'normal values', text: 'Labs: K 4.1 mEq/L, Na 139, Hgb 13.8, TSH 2.1\nAssessment: Fatigue.' },
    { name: 'a relative\'s value', text: 'Family History: Mother had thyroid disease with TSH 40.\n\nLabs: TSH 2.4\nAssessment: Fatigue.' },
    // --- documented: the question is answered
    { name: 'high TSH with Hashimoto thyroiditis documented', text: 'Labs: TSH 14.2\nAssessment: Hashimoto\'s thyroiditis, increase levothyroxine to 100 mcg.' },
    // --- hemoglobin is the anemia pack's (possible-anemia): one lab finding, one possible-dx
    { name: 'moderate hemoglobin goes to possible-anemia', text: 'Labs: Hgb 8.8 g/dL, K 4.0\nAssessment: Knee osteoarthritis, PT.' },
    // --- a documented decision not to work up is respected
    { name: 'comfort care, no further workup', text: 'Labs: Hgb 7.9\nAssessment: Hospice patient, comfort care only; no further workup per patient wishes.' },
    { name: 'value flagged as a lab error to be confirmed', text: 'Labs: TSH 38 - suspect lab error, will repeat to confirm.\nAssessment: Headache.' },
    // --- potassium and sodium are the electrolytes pack's (possible-hypokalemia, -hyperkalemia, -hyponatremia)
    { name: 'a low sodium is not this rule\'s', text: 'Labs 3/2 08:00 Na 128 mmol/L (135-145) L; 3/2 16:00 Na 127.\nA/P: CAP on ceftriaxone.' },
    { name: 'a low potassium is not this rule\'s', text: 'Labs: K 2.7 mmol/L (L)\nA/P: Gastroenteritis, ondansetron.' },
  ],
  invalid: [
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
