import type { RuleCases } from '../rule-tester.ts';

// Rhabdomyolysis codes need a CK of at least 5 x the upper limit this encounter (a stated peak or an
// earlier value of the trend counts: CK falls within days); error only when rhabdomyolysis is ruled out.
export default {
  ruleId: 'rhabdomyolysis-ck-evidence',
  valid: [
    { name: 'a falling trend from 32,000', text: 'Exertional rhabdomyolysis after a marathon. CK 32,000 -> 18,000 U/L. IVF.', codes: ['M62.82'] },
    { name: 'a stated peak with a normal value today', text: 'HD4. Rhabdo from a seizure cluster, CK peaked 24,000, now 180.\nA/P: rhabdomyolysis, resolved - d/c home.', codes: ['M62.82'] },
    { name: 'traumatic code with the CK of the crush', text: 'Arm caught in a conveyor ~3 h. CK 44,000.\nA/P: traumatic rhabdomyolysis, crush injury R forearm.', codes: ['T79.6XXA'] },
    { name: 'no rhabdomyolysis code chosen', text: 'CK 400. A/P: myalgia after yard work.', codes: ['M79.10'] },
  ],
  invalid: [
    {
      name: 'resolving, only CK 640 today',
      text: 'Progress note HD3. Leg pain after a cycling event, improving.\nCK today 640 U/L (ref 30-200).\nA/P: Rhabdomyolysis from exertion - resolving.',
      codes: ['M62.82'],
      expect: [{ ruleId: 'rhabdomyolysis-ck-evidence', severity: 'warning', code: 'M62.82', message: ['no CK of at least 5 x'], query: ['Please document the supporting findings'] }],
    },
    {
      name: 'hospital follow-up without any CK',
      text: 'PCP visit after a stay at an outside hospital for rhabdomyolysis; records pending. Feels fine.\nA/P: Rhabdomyolysis - f/u, BMP today.',
      codes: ['M62.82'],
      options: { setting: 'outpatient' },
      expect: [{ ruleId: 'rhabdomyolysis-ck-evidence', code: 'M62.82' }],
    },
    {
      name: 'rhabdomyolysis ruled out yet coded',
      text: 'UC visit: sore after moving furniture. CK 240 U/L (ref 40-200).\nA: myalgia after exertion; rhabdomyolysis ruled out.',
      codes: ['M62.82'],
      expect: [{ ruleId: 'rhabdomyolysis-ck-evidence', severity: 'error', message: ['rules rhabdomyolysis out'] }],
    },
  ],
} satisfies RuleCases;
