import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'neurologic-cause-mismatch',
  valid: [
    { name: 'rule out MS, outpatient', text: 'HPI: Leg weakness for a month.\nAssessment: Weakness (R53.1); rule out multiple sclerosis, MRI brain ordered.' },
    { name: 'mother has MS', text: 'Family History: Mother has MS.\n\nAssessment: Generalized weakness (R53.1).' },
    { name: 'remote Guillain-Barré, recovered', text: 'History of Guillain-Barré syndrome in 2010, fully recovered.\nAssessment: Weakness (R53.1).' },
    { name: 'no history of stroke', text: 'No history of stroke.\nAssessment: Generalized weakness (R53.1).' },
    { name: 'possible GBS stays uncertain outpatient', text: 'Assessment: Weakness (R53.1), possible Guillain-Barré syndrome.', options: { setting: 'outpatient' } },
  ],
  invalid: [
    {
      name: 'relapsing-remitting MS with leg weakness',
      text: 'HPI: 59-year-old with relapsing-remitting multiple sclerosis and worsening leg weakness.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'neurologic-cause-mismatch', severity: 'error', code: 'R53.1', suggested: ['G35.D'], evidence: ['multiple sclerosis'], query: null }],
    },
    {
      name: 'residual hemiparesis after a stroke is current',
      text: 'History of stroke with residual right hemiparesis.\nAssessment: Muscle weakness (M62.81).',
      expect: [{ ruleId: 'neurologic-cause-mismatch', code: 'M62.81', evidence: ['hemiparesis'], suggested: ['I69.359'] }],
    },
    {
      name: 'hemiparesis without a stroke suggests G81.9-, resolved to its unspecified-side code',
      text: 'Exam: Left hemiparesis, arm 3/5 and leg 4/5.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'neurologic-cause-mismatch', suggested: ['G81.90'] }],
    },
    {
      name: "Parkinson's disease resolves to the NOS code G20.A1",
      text: "Assessment: Parkinson's disease with generalized weakness (R53.1).",
      expect: [{ ruleId: 'neurologic-cause-mismatch', suggested: ['G20.A1'] }],
    },
    {
      name: 'possible GBS counts inpatient',
      text: 'Assessment: Weakness (R53.1), possible Guillain-Barré syndrome.',
      options: { setting: 'inpatient' },
      expect: [{ ruleId: 'neurologic-cause-mismatch', suggested: ['G61.0'] }],
    },
  ],
} satisfies RuleCases;
