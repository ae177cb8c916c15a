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
