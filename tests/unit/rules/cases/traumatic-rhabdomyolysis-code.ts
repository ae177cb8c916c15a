import type { RuleCases } from '../rule-tester.ts';

// M62.82 excludes traumatic rhabdomyolysis: T79.6XXA when the provider calls it traumatic or due to a crush.
export default {
  ruleId: 'traumatic-rhabdomyolysis-code',
  valid: [
    { name: 'nontraumatic', text: 'Nontraumatic rhabdomyolysis after a seizure cluster, CK 9,900.', codes: ['M62.82'] },
    { name: 'already T79.6XXA', text: 'Crush injury of the thigh. Traumatic rhabdomyolysis, CK 70,000.', codes: ['T79.6XXA'] },
    { name: 'a crush mentioned, rhabdomyolysis from exertion', text: 'Crushed finger last year, healed. Exertional rhabdomyolysis after a spin class, CK 12,000.', codes: ['M62.82'] },
  ],
  invalid: [
    {
      name: 'rhabdomyolysis due to crush injury coded M62.82',
      text: 'Trauma progress note\nL thigh pinned under a beam ~4 h.\nA/P: 1. Crush injury of left thigh\n2. Rhabdomyolysis due to crush injury - LR 300 mL/h',
      codes: ['M62.82', 'S77.12XA'],
      expect: [{ ruleId: 'traumatic-rhabdomyolysis-code', severity: 'error', code: 'M62.82', suggested: ['T79.6XXA'], message: ['excludes traumatic rhabdomyolysis'] }],
    },
    {
      name: 'traumatic rhabdomyolysis written, M62.82 chosen',
      text: 'MVC, leg trapped under the dash 3 h. CK 65,000. Assessment: traumatic rhabdomyolysis.',
      codes: ['M62.82'],
      expect: [{ ruleId: 'traumatic-rhabdomyolysis-code', suggested: ['T79.6XXA'] }],
    },
  ],
} satisfies RuleCases;
