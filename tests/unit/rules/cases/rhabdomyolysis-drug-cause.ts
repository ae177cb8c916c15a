import type { RuleCases } from '../rule-tester.ts';

// M62.82 linked to a statin or fibrate taken as prescribed: add T46.6X5A after it (I.C.19.e.5.a).
export default {
  ruleId: 'rhabdomyolysis-drug-cause',
  valid: [
    { name: 'adverse-effect code already chosen', text: 'Statin-induced rhabdomyolysis, atorvastatin as directed. CK 9,100.', codes: ['M62.82', 'T46.6X5A'] },
    { name: 'statin on the list, exertional rhabdomyolysis', text: 'Meds: simvastatin 20.\nA/P: Exertional rhabdomyolysis after a 100-mile ride, CK 21,000.', codes: ['M62.82'] },
    { name: 'an overdose is a poisoning, not an adverse effect', text: 'Intentional overdose of atorvastatin and other pills. Rhabdomyolysis from atorvastatin overdose, CK 8,000.', codes: ['M62.82'] },
  ],
  invalid: [
    {
      name: 'simvastatin with gemfibrozil',
      text: 'H&P\n70F simvastatin 40 mg; gemfibrozil added 3 wks ago.\nCK 13,500 U/L.\nA/P: Rhabdomyolysis secondary to simvastatin-gemfibrozil interaction (taking as prescribed) - stop both, IVF.',
      codes: ['M62.82', 'E78.2'],
      expect: [{ ruleId: 'rhabdomyolysis-drug-cause', severity: 'info', code: 'M62.82', suggested: ['T46.6X5A'], message: ['drug taken as prescribed'] }],
    },
    {
      name: 'statin-associated rhabdomyolysis',
      text: 'Discharge dx: statin-associated rhabdomyolysis, CK peaked 19,800. Rosuvastatin stopped.',
      codes: ['M62.82'],
      expect: [{ ruleId: 'rhabdomyolysis-drug-cause', suggested: ['T46.6X5A'] }],
    },
  ],
} satisfies RuleCases;
