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
      // Issue 11: the documented course picks the code (G35.A), never the unspecified G35.D.
      name: 'relapsing-remitting MS with leg weakness',
      text: 'HPI: 59-year-old with relapsing-remitting multiple sclerosis and worsening leg weakness.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'neurologic-cause-mismatch', severity: 'error', code: 'R53.1', suggested: ['G35.A'], evidence: ['multiple sclerosis'], query: null }],
    },
    {
      // Issue 11: the side the note gives, dominance by Guideline I.C.6.a (right: dominant) when not stated.
      name: 'residual hemiparesis after a stroke is current: the sequela code for the side, never the acute I63.9',
      text: 'History of stroke with residual right hemiparesis.\nAssessment: Muscle weakness (M62.81).',
      expect: [{ ruleId: 'neurologic-cause-mismatch', code: 'M62.81', evidence: ['hemiparesis'], suggested: ['I69.351'] }],
    },
    {
      name: 'left hemiparesis without a stroke, dominance not stated: G81.94 (left non-dominant default)',
      text: 'Exam: Left hemiparesis, arm 3/5 and leg 4/5.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'neurologic-cause-mismatch', suggested: ['G81.94'] }],
    },
    {
      name: 'hemiparesis with no side given resolves to the unspecified-side code',
      text: 'Exam: hemiparesis, arm 3/5 and leg 4/5.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'neurologic-cause-mismatch', suggested: ['G81.90'] }],
    },
    {
      name: 'left-handed patient with left hemiparesis: dominant side (G81.92)',
      text: 'HPI: 58M, left-handed carpenter, left hemiparesis since the fall; MRI pending.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'neurologic-cause-mismatch', suggested: ['G81.92'] }],
    },
    {
      name: 'late effect of CVA with left hemiparesis: sequela, left non-dominant',
      text: 'PMH: CVA 2019.\nHPI: late effect of CVA with left hemiparesis, walks with a hemiwalker.\nAssessment: Weakness R53.1',
      expect: [{ ruleId: 'neurologic-cause-mismatch', suggested: ['I69.354'] }],
    },
    {
      name: 'acute stroke today: the acute code and G81.9-, never the sequela I69.35-',
      text: 'ED note: acute ischemic stroke today with new right hemiparesis, tPA given.\nAssessment: Weakness (R53.1)',
      expect: [{ ruleId: 'neurologic-cause-mismatch', suggested: ['I63.9', 'G81.91'] }],
    },
    {
      name: 'myasthenia gravis with exacerbation: G70.01',
      text: 'HPI: known MG, now myasthenia gravis exacerbation with ptosis and proximal weakness 4/5.\nAssessment: Muscle weakness (M62.81)',
      expect: [{ ruleId: 'neurologic-cause-mismatch', suggested: ['G70.01'] }],
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
