import type { RuleCases } from '../rule-tester.ts';

// An overdose documented: the poisoning code first, then M62.82 (I.C.19.e.5.b).
export default {
  ruleId: 'rhabdomyolysis-poisoning-sequence',
  valid: [
    { name: 'poisoning code first', text: 'Intentional overdose of quetiapine. CK 18,400.\nA/P: Rhabdomyolysis due to quetiapine overdose.', codes: ['T43.592A', 'M62.82'] },
    { name: 'no overdose: a drug taken as prescribed', text: 'Rhabdomyolysis from atorvastatin, taken as prescribed. CK 12,000.', codes: ['M62.82', 'T46.6X5A'] },
    { name: 'overdose denied', text: 'Cocaine binge, denies overdose. Rhabdomyolysis, CK 15,000. IVF.', codes: ['M62.82'] },
  ],
  invalid: [
    {
      name: 'rhabdomyolysis listed before the poisoning code',
      text: 'MICU note\n26F intentional ingestion of ~40 tabs quetiapine.\nCK 18,400 U/L.\nA/P: Rhabdomyolysis due to quetiapine overdose (intentional) - IVF 250 mL/h',
      codes: ['M62.82', 'T43.592A'],
      expect: [{ ruleId: 'rhabdomyolysis-poisoning-sequence', severity: 'warning', code: 'M62.82', message: ['before the poisoning code T43.592A'] }],
    },
    {
      name: 'overdose with no poisoning code',
      text: 'Accidental overdose of his mother\'s pills. CK 9,000.\nA/P: rhabdomyolysis after the overdose, IVF.',
      codes: ['M62.82'],
      expect: [{ ruleId: 'rhabdomyolysis-poisoning-sequence', severity: 'error', message: ['code the poisoning'] }],
    },
  ],
} satisfies RuleCases;
