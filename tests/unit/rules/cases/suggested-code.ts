import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'suggested-code',
  valid: [
    { name: 'weakness and fatigue denied', text: 'ROS: Denies weakness or fatigue.' },
    { name: 'weakness code chosen', text: 'Feels weak all over.', codes: ['R53.1'] },
    { name: 'a relative\'s weakness', text: 'Family History: Mother has weakness from ALS.' },
    { name: 'return precautions are hypothetical', text: 'Patient Instructions: Return if weakness or numbness develops.' },
    { name: 'the chosen code is a condition that explains the weakness', text: 'HPI: Generalized weakness and dark urine after a marathon.\nAssessment: Rhabdomyolysis (M62.82).' },
  ],
  invalid: [
    {
      name: 'generalized weakness with no code suggests R53.1',
      text: 'HPI: Feels weak all over for 2 weeks.',
      expect: [{ ruleId: 'suggested-code', severity: 'info', code: null, suggested: ['R53.1'], spanText: 'Feels weak all over' }],
    },
    {
      name: 'fatigue only suggests R53.83',
      text: 'HPI: Tired all the time, low energy since the move.',
      expect: [{ ruleId: 'suggested-code', suggested: ['R53.83'] }],
    },
    {
      name: 'graded weakness from deconditioning suggests M62.81',
      text: 'HPI: Generalized weakness since her hospital stay.\nExam: Hip flexors and deltoids 4/5 bilaterally.\nAssessment: Deconditioning.',
      codes: ['E87.6'],
      expect: [{ ruleId: 'suggested-code', suggested: ['M62.81'] }],
    },
    {
      name: 'weakness linked to a cause suggests the cause',
      text: 'HPI: Weakness due to hypokalemia, K 2.9 this morning.',
      expect: [{ ruleId: 'suggested-code', message: ['due to "hypokalemia"'], suggested: ['E87.6'] }],
    },
    {
      name: 'weakness with a neurological condition suggests the condition',
      text: 'HPI: MS flare with new leg weakness.',
      expect: [{ ruleId: 'suggested-code', message: ['neurological condition'], suggested: ['G35.D'] }],
    },
    {
      name: 'sarcopenia suggests M62.84',
      text: 'Assessment: Sarcopenia with progressive weakness; grip strength 15 kg.',
      expect: [{ ruleId: 'suggested-code', suggested: ['M62.84'] }],
    },
    {
      name: 'frailty suggests R54',
      text: 'HPI: 88-year-old, frail, weaker over the past year.',
      expect: [{ ruleId: 'suggested-code', suggested: ['R54'] }],
    },
  ],
} satisfies RuleCases;
