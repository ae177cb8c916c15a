import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'coded-condition-negated',
  valid: [
    {
      name: 'ROS denies weakness but the HPI documents it',
      text: 'HPI: 81F feeling weak all over for 3 weeks.\nROS: denies fever, chills.\nAssessment: Generalized weakness (R53.1). CBC, CMP, TSH ordered.',
    },
    {
      name: 'a focal "no focal weakness" does not deny generalized weakness',
      text: 'CC: weakness.\nExam: No focal weakness. Strength 4/5 throughout.\nAssessment: Weakness (R53.1), labs pending.',
    },
    {
      name: 'a negated other condition beside the coded one',
      text: 'HPI: fatigue, low energy since winter. Denies depression.\nA/P: Hypothyroidism (E03.9), TSH 14.2. Start levothyroxine.',
    },
    {
      name: 'family member denied, patient affirmed',
      text: 'FHx: no thyroid disease in family.\nHPI: known hypothyroidism on levothyroxine 75 mcg.\nAssessment: Hypothyroidism E03.9.',
    },
    {
      name: 'a code the writer rejects is not chosen at all',
      text: 'Assessment: Weakness (R53.1), feels weak. Not M62.81: no deficit on exam.',
    },
    {
      name: 'user-chosen code with the condition affirmed',
      text: 'Pt c/o tiredness all day, no energy.',
      codes: ['R53.83'],
    },
  ],
  invalid: [
    {
      name: '"denies weakness" in the ROS with a weakness code',
      text: 'ROS: Constitutional: denies fevers. MSK: denies weakness, denies myalgias.\nAssessment: Weakness (R53.1)\nPlan: CBC, BMP.',
      expect: [{ ruleId: 'coded-condition-negated', severity: 'error', code: 'R53.1', evidence: ['weakness'], query: ['conflicting documentation', '[ ] Weakness is present'] }],
    },
    {
      name: 'HPI denies weakness, user passes M62.81',
      text: 'HPI: 67M here for knee pain. Denies any weakness or numbness. Ambulating without device.',
      codes: ['M62.81'],
      expect: [{ ruleId: 'coded-condition-negated', code: 'M62.81' }],
    },
    {
      name: '"no hypothyroidism" with E03.9',
      text: 'Labs: TSH 2.1, free T4 normal - no hypothyroidism.\nAssessment: Fatigue. E03.9',
      expect: [{ ruleId: 'coded-condition-negated', code: 'E03.9', evidence: ['hypothyroidism'] }],
    },
    {
      name: 'ruled-out diagnosis still coded',
      text: 'Imaging: MRI brain negative, stroke ruled out.\nImpression: Cerebral infarction (I63.9) ruled out; weakness from dehydration.',
      expect: [{ ruleId: 'coded-condition-negated', code: 'I63.9' }],
    },
    {
      name: 'checklist ROS "weakness: neg" with R53.1 from the user',
      text: 'ROS:\nFatigue: pos\nWeakness: neg\nAssessment: fatigue, likely viral.',
      codes: ['R53.1'],
      expect: [{ ruleId: 'coded-condition-negated', code: 'R53.1' }],
    },
  ],
} satisfies RuleCases;
