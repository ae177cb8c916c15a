import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'hypokalemia-evidence',
  valid: [
    { name: 'potassium with L flag', text: 'Labs: Potassium 3.1 mEq/L (L).\nAssessment: Hypokalemia (E87.6).' },
    { name: 'potassium below the lexicon range', text: 'K 2.9 this morning.\nAssessment: Hypokalemia (E87.6), replete orally.' },
    { name: 'an explicit "low potassium"', text: 'BMP: potassium was low this morning.\nAssessment: Hypokalemia (E87.6).' },
    { name: 'no E87.6 chosen', text: 'Labs: Na 128.\nAssessment: Hyponatremia (E87.1).' },
  ],
  invalid: [
    {
      name: 'no potassium value',
      text: 'Assessment: Hypokalemia (E87.6).',
      // No indicator to quote (the label "Hypokalemia" is not evidence for itself): no query.
      expect: [{ ruleId: 'hypokalemia-evidence', severity: 'warning', code: 'E87.6', spanText: 'E87.6', query: null }],
    },
    {
      name: 'normal potassium',
      text: 'Labs: K 4.2.\nAssessment: Hypokalemia (E87.6).',
      expect: [{ ruleId: 'hypokalemia-evidence', evidence: ['K 4.2'], query: ['"K 4.2"', 'Hypokalemia ruled out'] }],
    },
    {
      name: 'an old low value is not this encounter\'s',
      text: 'Past Medical History: Hypokalemia with K 2.8 in 2021.\n\nAssessment: Hypokalemia (E87.6).',
      expect: [{ ruleId: 'hypokalemia-evidence' }],
    },
  ],
} satisfies RuleCases;
