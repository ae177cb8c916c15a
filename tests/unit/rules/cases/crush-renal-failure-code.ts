import type { RuleCases } from '../rule-tester.ts';

// N17 excludes posttraumatic renal failure: renal failure following a crush is T79.5XXA (crush syndrome).
export default {
  ruleId: 'crush-renal-failure-code',
  valid: [
    { name: 'already T79.5XXA', text: 'Both thighs pinned 6 h. Crush syndrome with acute renal failure following crush injury. CRRT.', codes: ['T79.6XXA', 'T79.5XXA'] },
    { name: 'AKI from dehydration, a crush long ago', text: 'Crush injury of the hand 2 years ago.\nVomiting x3 d, Cr 2.1. A/P: AKI, prerenal - IVF.', codes: ['N17.9'] },
    { name: 'no crush denied', text: 'No crush injury. A/P: AKI from sepsis.', codes: ['N17.9'] },
  ],
  invalid: [
    {
      name: 'acute kidney injury following crush, coded N17.9',
      text: 'Nephrology consult\nTrench collapse, buried to the waist ~5 h. Cr 1.0 -> 3.4, oliguric. CK 96,000.\nImpression: crush syndrome - acute kidney injury following crush injury of both thighs.',
      codes: ['T79.6XXA', 'N17.9', 'S77.21XA'],
      expect: [{ ruleId: 'crush-renal-failure-code', severity: 'error', code: 'N17.9', suggested: ['T79.5XXA'], message: ['excludes posttraumatic renal failure'] }],
    },
    {
      name: 'ATN after a crush, N17.0',
      text: 'Forklift crush of both legs. A/P: acute renal failure from crush injury, ATN - HD.',
      codes: ['N17.0'],
      expect: [{ ruleId: 'crush-renal-failure-code', suggested: ['T79.5XXA'] }],
    },
  ],
} satisfies RuleCases;
