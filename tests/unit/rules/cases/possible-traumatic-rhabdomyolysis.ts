import type { RuleCases } from '../rule-tester.ts';

// Rhabdomyolysis with an injury mechanism or a long lie, type not stated, no T79.6- code: ask (QR2);
// the engine never chooses between M62.82 and T79.6.
export default {
  ruleId: 'possible-traumatic-rhabdomyolysis',
  valid: [
    { name: 'the provider says nontraumatic', text: 'On the floor ~16 h after a fall. Nontraumatic rhabdomyolysis from immobilization, CK 19,000.', codes: ['M62.82'] },
    { name: 'a crush coded as traumatic', text: 'Leg pinned 3 h. CK 58,000. A/P: rhabdomyolysis - IVF.', codes: ['T79.6XXA'] },
    { name: 'no lie, no injury', text: 'Marathon yesterday. CK 41,000. A/P: rhabdomyolysis, IVF.', codes: ['M62.82'] },
    { name: '"on the floor" is the ward', text: 'Transferred back to the floor from ICU. CK 22,000 -> 9,000. A/P: rhabdomyolysis, IVF.', codes: ['M62.82'] },
    { name: 'rhabdomyolysis denied after a long lie', text: 'Found down, ~8 h. CK 400. A/P: no rhabdomyolysis; hip contusion.' },
  ],
  invalid: [
    {
      name: 'fall with 14 h on the floor, M62.82',
      text: 'H&P\n85F tripped at home, could not get up, on floor about 14 h.\nCK 21,300 U/L.\nA/P: Rhabdomyolysis - IVF 150 mL/h, trend CK',
      codes: ['M62.82'],
      expect: [{ ruleId: 'possible-traumatic-rhabdomyolysis', severity: 'info', code: null, message: ['does not say whether it is traumatic'], query: ['Please clarify whether it is traumatic.', '[ ] Traumatic rhabdomyolysis (please describe the injury)', '[ ] Nontraumatic rhabdomyolysis'] }],
    },
    {
      name: 'discharge summary without codes',
      text: 'DISCHARGE SUMMARY\n72M found down in the garage, down time 10-16 h.\nHospital course: rhabdomyolysis, CK peak 34,000, IVF.',
      expect: [{ ruleId: 'possible-traumatic-rhabdomyolysis', query: [] }],
    },
  ],
} satisfies RuleCases;
