import type { RuleCases } from '../rule-tester.ts';

// T79.6- needs an injury mechanism of muscle (crush, entrapment, blunt injury, blast, traumatic
// compartment syndrome); a fall with a long lie alone is for the provider to call traumatic.
export default {
  ruleId: 'traumatic-rhabdomyolysis-evidence',
  valid: [
    { name: 'thigh pinned under a beam', text: 'L thigh pinned under a steel beam ~4 h before extrication. CK 71,000.\nA/P: traumatic rhabdomyolysis.', codes: ['T79.6XXA'] },
    { name: 'trench collapse', text: 'Trench collapse, buried to the waist 5 h. CK 96,000.\nImp: traumatic rhabdomyolysis - IVF.', codes: ['T79.6XXA'] },
    { name: 'M62.82 chosen: not this rule', text: 'Slipped, on the floor 10 h. CK 30,000. A/P: rhabdomyolysis.', codes: ['M62.82'] },
  ],
  invalid: [
    {
      name: 'coder chose T79.6XXA after a fall and a long lie',
      text: 'Slipped in the bathroom, on the floor ~12 h until the aide came. No fractures.\nCK 30,400 -> 11,200.\nA/P: rhabdomyolysis improving, stop IVF, PT.',
      codes: ['T79.6XXA', 'W19.XXXA'],
      expect: [{ ruleId: 'traumatic-rhabdomyolysis-evidence', severity: 'warning', code: 'T79.6XXA', message: ['no injury mechanism'] }],
    },
    {
      name: 'subsequent encounter with no injury described',
      text: 'Clinic f/u. CK 210 today. Feels well.\nA/P: traumatic rhabdomyolysis, subsequent encounter.',
      codes: ['T79.6XXD'],
      expect: [{ ruleId: 'traumatic-rhabdomyolysis-evidence', code: 'T79.6XXD' }],
    },
  ],
} satisfies RuleCases;
