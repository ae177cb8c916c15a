import type { RuleCases } from '../rule-tester.ts';

// D63.x is a manifestation (I.A.13): the neoplasm, N18.- or underlying disease is coded, and first.
export default {
  ruleId: 'anemia-code-first',
  valid: [
    { name: 'CKD coded first', text: 'CKD 4, anemia of CKD, Hgb 9.4, darbepoetin.', codes: ['N18.4', 'D63.1'] },
    { name: 'neoplasm coded first', text: 'Metastatic colon cancer; anemia in neoplastic disease, Hgb 8.7.', codes: ['C18.9', 'D63.0'] },
    { name: 'hypothyroidism coded first for anemia in chronic disease', text: 'Hypothyroidism with anemia of chronic disease, Hgb 10.8.', codes: ['E03.9', 'D63.8'] },
    { name: 'no D63 code', text: 'CKD 4, anemia, Hgb 9.4.', codes: ['N18.4', 'D64.9'] },
  ],
  invalid: [
    {
      name: 'anemia in CKD alone',
      text: 'CKD stage 4; anemia of CKD, Hgb 9.4, on darbepoetin.',
      codes: ['D63.1'],
      expect: [{ ruleId: 'anemia-code-first', severity: 'error', code: 'D63.1', message: ['code first', 'N18.-'] }],
    },
    {
      name: 'neoplasm listed after the anemia',
      text: 'Colon cancer on FOLFOX; anemia in neoplastic disease, Hgb 8.7.',
      codes: ['D63.0', 'C18.9'],
      expect: [{ ruleId: 'anemia-code-first', severity: 'warning', code: 'D63.0', message: ['listed before C18.9'] }],
    },
    {
      name: 'anemia in other chronic disease with only symptom codes',
      text: 'Anemia of chronic disease, Hgb 10.1; fatigue.',
      codes: ['D63.8', 'R53.83'],
      expect: [{ ruleId: 'anemia-code-first', severity: 'error', code: 'D63.8' }],
    },
  ],
} satisfies RuleCases;
