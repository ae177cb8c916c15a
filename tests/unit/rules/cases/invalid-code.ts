import type { RuleCases } from '../rule-tester.ts';

export const SEED_001_NOTE = [
  'Neurology progress note',
  'Subjective: Progressive difficulty climbing stairs x 3 months.',
  'Exam: Strength: 4/5 proximal arms/legs, 5/5 distal',
  'Labs: CK 1,200 U/L (Ref: 30-200)',
  'EMG: Myopathic motor units',
  'Assessment: M62.81 secondary to inflammatory myopathy (G72.4)',
].join('\n');

export default {
  ruleId: 'invalid-code',
  valid: [
    { name: 'billable codes', text: 'Assessment: Weakness (R53.1). Hypokalemia (E87.6).' },
    { name: 'a billable FY2026 MS code', text: 'Assessment: Relapsing-remitting multiple sclerosis (G35.A).' },
    { name: 'a well-formed code outside the lexicon is not judged', text: 'Assessment: Long-term drug therapy (Z79.899).' },
    { name: 'a well-formed code with a letter in third place is not judged', text: 'Assessment: Chronic gout, right ankle (M1A.071). 39 weeks (Z3A.39).' },
    // The shape of a 7th-character code under a category the lexicon does not list: S72.001 is a 6-character subcategory.
    { name: 'a 7th character after six characters needs no placeholder', text: 'Assessment: Right femoral neck fracture (S72.001A).' },
    { name: 'a 7th-character code with its placeholders', text: 'Assessment: Traumatic rhabdomyolysis (T79.6XXA).' },
  ],
  invalid: [
    {
      name: 'seed 001: G72.4 is a header',
      text: SEED_001_NOTE,
      expect: [{ ruleId: 'invalid-code', severity: 'error', code: 'G72.4', spanText: 'G72.4', suggested: ['G72.41', 'G72.49'] }],
    },
    {
      name: 'G35 is a header since FY2026',
      text: 'Assessment: Multiple sclerosis.',
      codes: ['G35'],
      expect: [{ ruleId: 'invalid-code', code: 'G35', suggested: ['G35.A', 'G35.B0', 'G35.C0', 'G35.D'] }],
    },
    {
      name: "G20 is a header since FY2024",
      text: "Assessment: Parkinson's disease (G20).",
      expect: [{ ruleId: 'invalid-code', code: 'G20', suggested: ['G20.A1', 'G20.C'] }],
    },
    {
      name: 'not a code at all',
      text: 'Weak.',
      codes: ['1234'],
      expect: [{ ruleId: 'invalid-code', code: '1234', message: ['not an ICD-10-CM code'] }],
    },
    {
      name: 'a written code with a letter in third place and too many characters',
      text: 'Dx: M1A.07100 chronic gout',
      expect: [{ ruleId: 'invalid-code', code: 'M1A.07100', spanText: 'M1A.07100', message: ['not an ICD-10-CM code'] }],
    },
    {
      name: 'a code written past a billable code: M62.82 takes no sixth character',
      text: 'Assessment: Rhabdomyolysis (M62.820).',
      expect: [{ ruleId: 'invalid-code', code: 'M62.820', spanText: 'M62.820', suggested: ['M62.82'], message: ['M62.82 (Rhabdomyolysis) is a complete billable code'] }],
    },
    {
      name: 'a code written past a billable code: R53.1 takes no fifth character',
      text: 'Dx: weakness R53.10',
      expect: [{ ruleId: 'invalid-code', code: 'R53.10', suggested: ['R53.1'] }],
    },
    {
      name: 'a 7th character without its placeholders',
      text: 'Assessment: Traumatic rhabdomyolysis after crush injury (T79.6A).',
      expect: [{ ruleId: 'invalid-code', code: 'T79.6A', spanText: 'T79.6A', suggested: ['T79.6XXA'], message: ['X placeholders'] }],
    },
    {
      name: 'a 7th character with one of its two placeholders',
      text: 'Assessment: Traumatic rhabdomyolysis after crush injury (T79.6XD).',
      expect: [{ ruleId: 'invalid-code', code: 'T79.6XD', suggested: ['T79.6XXD'] }],
    },
    {
      name: 'M62.5 needs its site',
      text: 'Assessment: Disuse atrophy of the thigh muscles.',
      codes: ['M62.5'],
      expect: [{ ruleId: 'invalid-code', suggested: ['M62.551', 'M62.552', 'M62.559'] }],
    },
    {
      name: 'R26.8 (other abnormalities of gait) is a header: R26.81 or R26.89',
      text: 'PT referral: unsteady gait, 2 falls this year.',
      codes: ['R26.8'],
      expect: [{ ruleId: 'invalid-code', suggested: ['R26.81', 'R26.89'] }],
    },
  ],
} satisfies RuleCases;
