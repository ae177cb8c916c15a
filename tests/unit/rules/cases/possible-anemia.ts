import type { RuleCases } from '../rule-tester.ts';

// The anemia pack's possible-anemia (packs/anemia.md): a hemoglobin below the WHO threshold that is
// moderate or severe, or that someone acted on, with no anemia documented. Mild values nobody acted
// on, normal, historical, family or hypothetical values and a documented anemia give nothing.
export default {
  ruleId: 'possible-anemia',
  valid: [
    { name: 'mild hemoglobin 12.1 in a man', text: '72M. Hgb 12.1. A/P: cellulitis, cephalexin.' },
    { name: 'hemoglobin 11.6, no response', text: 'CBC: WBC 7.2, Hgb 11.6, Plt 240\nAssessment: Annual exam.' },
    { name: 'hemoglobin in g/L above the threshold', text: 'Labs: Hb 118 g/L\nAssessment: Well visit.' },
    { name: 'normal hemoglobin', text: 'CBC: Hgb 14.2 g/dL, Hct 42%, plt 250.\nA/P: URI, supportive care.' },
    { name: 'low value only in the past history', text: 'PMH: Hgb 7.9 in 2018 after a GI bleed, since normal.\nLabs today: Hgb 13.2\nA/P: GERD.' },
    { name: 'a relative\'s value', text: 'FH: sister with thalassemia trait, Hgb 9.5.\nLabs: Hgb 13.6\nA/P: well visit.' },
    { name: 'a hypothetical transfusion is no treatment', text: 'Hgb 11.4\nPlan: if Hgb < 7, transfuse 1 unit PRBC.' },
    { name: 'iron deficiency anemia documented', text: 'Labs: Hgb 9.4 g/dL (L), ferritin 6\nAssessment: Iron deficiency anemia, start ferrous sulfate.' },
    { name: 'anemia documented in the plan', text: 'Hgb 8.9 this AM.\nA/P: 2. Anemia, normocytic - iron studies, retic ordered.' },
    // --- WHO thresholds by sex and pregnancy
    { name: 'woman at 12.4 with iron studies ordered: not below 12.0', text: '64 y/o female, fatigue.\nCBC: Hgb 12.4 g/dL\nPlan: iron panel and ferritin.' },
    { name: 'pregnancy at 11.3 with iron ordered: not below 11.0', text: 'G2P1 at 27 weeks pregnant, routine prenatal visit.\nHgb 11.3\nPlan: continue prenatal vitamin, ferritin ordered.' },
    { name: 'pregnancy at 10.4, nothing done: mild in pregnancy', text: '31 weeks pregnant. Hgb 10.4. A/P: IUP, doing well, RTC 2 wks.' },
    { name: 'a man at 13.2 with a recheck: normal for him', text: '58 yo M. Hgb 13.2, recheck CBC in AM.\nA/P: chest pain, r/o ACS.' },
    // --- another rule or explanation governs the value
    { name: 'post-op drop of 2.2 after TKA: the blood-loss rule governs', text: 'POD1 R TKA. Hgb 13.1 pre-op -> 10.9 today.\nA/P: stable, CBC in AM.' },
    { name: 'melena with a serial fall: the blood-loss rule governs', text: 'Melena x2 days. Hgb 11.8 on admission; repeat Hgb 8.6 this evening.\nPlan: PPI drip, GI consult.' },
    { name: 'drop the surgeon calls dilutional', text: 'POD2 colectomy. Hgb 10.2 (pre-op 11.0) after 6 L crystalloid; dilutional per surgery.\nA/P: stable.' },
    { name: 'low counts with MDS documented', text: 'Hgb 8.9, WBC 2.8, plt 61.\nA/P: MDS, follows with heme-onc, no changes.' },
    { name: 'comfort care, no further workup', text: 'Labs: Hgb 8.1\nAssessment: Hospice patient, comfort care only; no further workup per family.' },
  ],
  invalid: [
    {
      name: 'moderate anemia after IV fluids offers dilution',
      text: 'Labs: Hgb 9.4 g/dL\nAssessment: Dehydration, 2 L IV fluids given overnight.',
      expect: [{ ruleId: 'possible-anemia', severity: 'info', code: null, suggested: ['D64.9'], spanText: 'Hgb 9.4 g/dL', query: ['[ ] Anemia (please specify the type and acuity)', '[ ] Dilution from IV fluids', '[ ] Low hemoglobin without clinical significance'] }],
    },
    {
      name: 'mild anemia transfused',
      text: 'Hgb 11.4 this AM\nPlan: 1 unit PRBC transfused for symptomatic anemia? Will monitor.',
      expect: [{ ruleId: 'possible-anemia', query: ['"Hgb 11.4" (note, before any section header, this AM)', 'PRBC'] }],
    },
    {
      name: 'hemoglobin in g/L converted',
      text: 'Labs: Hb 94 g/L\nAssessment: Knee osteoarthritis.',
      expect: [{ ruleId: 'possible-anemia', message: ['below 11 g/dL', 'Anemia?'] }],
    },
    {
      name: 'a man at 12.6 with iron studies: below his 13.0',
      text: '67 yo M with DOE.\nCBC: Hgb 12.6 g/dL\nPlan: ferritin, iron/TIBC, retic.',
      expect: [{ ruleId: 'possible-anemia', spanText: 'Hgb 12.6 g/dL' }],
    },
    {
      name: 'pregnancy at 9.6: moderate in pregnancy',
      text: 'G1P0 at 29 weeks pregnant. Hgb 9.6. A/P: IUP, RTC 2 wks.',
      expect: [{ ruleId: 'possible-anemia', message: ['below 10 g/dL'] }],
    },
    {
      name: 'not pregnant: the non-pregnant limits apply',
      text: '29 y/o female, not pregnant. Hgb 10.4. A/P: sinusitis.',
      expect: [{ ruleId: 'possible-anemia', message: ['below 11 g/dL'] }],
    },
    {
      name: 'a fall with bleeding denied is still a low hemoglobin',
      text: 'Hgb 12.9 on admission, Hgb 10.3 today. No bleeding, no melena.\nA/P: CAP, ceftriaxone.',
      expect: [{ ruleId: 'possible-anemia', spanText: 'Hgb 10.3' }],
    },
    {
      name: 'a small post-op fall below 2 g/dL: possible-anemia keeps it',
      text: 'POD1 lap chole. Hgb 11.9 pre-op, 10.6 today.\nA/P: advance diet.',
      expect: [{ ruleId: 'possible-anemia' }],
    },
    {
      name: 'mild hemoglobin worked up',
      text: 'CBC: Hgb 11.3 g/dL (L)\nPlan: ferritin, iron/TIBC and reticulocyte count ordered.',
      expect: [{ ruleId: 'possible-anemia', suggested: ['D64.9'] }],
    },
  ],
} satisfies RuleCases;
