import type { RuleCases } from '../rule-tester.ts';

// An anemia code needs a low hemoglobin or hematocrit this encounter, or anemia therapy given.
export default {
  ruleId: 'anemia-lab-evidence',
  valid: [
    { name: 'low hemoglobin', text: 'CBC: Hgb 10.2 g/dL (ref 12-15.5).\nA/P: anemia, iron studies.', codes: ['D64.9'] },
    { name: 'low hematocrit only', text: 'Hct 31% this AM.\nA/P: anemia, monitor.', codes: ['D64.9'] },
    { name: 'transfused, no value written', text: 'A/P: symptomatic anemia - 2 units PRBC given overnight.', codes: ['D64.9'] },
    { name: 'on an ESA', text: 'CKD 5; anemia of CKD, continue epoetin alfa weekly.', codes: ['N18.5', 'D63.1'] },
  ],
  invalid: [
    {
      name: 'resolved anemia with a normal hemoglobin',
      text: 'History of anemia, resolved. Hgb 13.9 today.\nA/P: HTN.',
      codes: ['D64.9'],
      expect: [{ ruleId: 'anemia-lab-evidence', severity: 'warning', code: 'D64.9', evidence: ['Hgb 13.9'], message: ['D64.9 (anemia) has no low hemoglobin'] }],
    },
    {
      name: 'iron deficiency with no values and no therapy in the note',
      text: 'A/P: iron deficiency anemia, follow up with PCP.',
      codes: ['D50.9'],
      expect: [{ ruleId: 'anemia-lab-evidence', code: 'D50.9' }],
    },
    {
      name: 'transfusion only considered',
      text: 'Hgb 12.8. Consider transfusion if symptomatic.\nA/P: anemia.',
      codes: ['D64.9'],
      expect: [{ ruleId: 'anemia-lab-evidence', code: 'D64.9' }],
    },
  ],
} satisfies RuleCases;
