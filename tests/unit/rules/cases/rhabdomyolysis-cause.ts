import type { RuleCases } from '../rule-tester.ts';

// M62.82 without any documented cause (info): the cause decides the codes that go with it.
export default {
  ruleId: 'rhabdomyolysis-cause',
  valid: [
    { name: 'exertional', text: 'CrossFit class yesterday. CK 38,000.\nA/P: exertional rhabdomyolysis - IVF.', codes: ['M62.82'] },
    { name: 'after a seizure', text: 'Two GTC seizures overnight. CK 9,800 -> 12,100.\nA/P: rhabdomyolysis after seizures, IVF.', codes: ['M62.82'] },
    { name: 'a statin on board', text: 'On rosuvastatin 40. CK 19,800.\nDx: rhabdomyolysis - rosuvastatin stopped.', codes: ['M62.82'] },
    { name: 'alcohol binge', text: 'Binge drinking x5 d, found in bed. CK 27,500.\nA/P: rhabdomyolysis in setting of alcohol, IVF.', codes: ['M62.82'] },
  ],
  invalid: [
    {
      name: 'every cause denied',
      text: 'Medicine H&P\n55F 3 days thigh pain, dark urine. Denies trauma, falls, new medications, unusual exercise, seizures, alcohol or drug use.\nCK 14,000 U/L (ref 29-168).\nA/P: Rhabdomyolysis, etiology unclear - IVF 200 mL/h, myositis panel.',
      codes: ['M62.82'],
      expect: [{ ruleId: 'rhabdomyolysis-cause', severity: 'info', code: 'M62.82', message: ['no documented cause'] }],
    },
    {
      name: 'follow-up with nothing about the cause',
      text: 'Seen after a 3-day admission for rhabdomyolysis last month. Back at work.\nA/P: Rhabdomyolysis - hospital f/u.',
      codes: ['M62.82'],
      expect: [{ ruleId: 'rhabdomyolysis-cause', code: 'M62.82' }],
    },
  ],
} satisfies RuleCases;
