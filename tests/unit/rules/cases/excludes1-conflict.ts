import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'excludes1-conflict',
  valid: [
    { name: 'weakness with an unrelated metabolic code', text: 'Assessment:\n1. Weakness (R53.1)\n2. Hypokalemia (E87.6), K 3.0 this morning.' },
    { name: 'muscle weakness with fatigue: no Excludes1 between them', text: 'Assessment: Muscle weakness (M62.81) and fatigue (R53.83).' },
    {
      name: 'historical code in past medical history is not chosen',
      text: 'Past Medical History:\nMuscle weakness (M62.81) after knee surgery in 2019.\n\nAssessment:\nWeakness (R53.1), labs pending.',
    },
    { name: 'a single chosen code', text: 'Feels tired.', codes: ['R53.83'] },
    {
      name: 'a code-first note pairs them: sarcopenia with its underlying drug-induced myopathy',
      text: 'Assessment:\n1. Drug-induced myopathy (G72.0) from prednisone\n2. Sarcopenia (M62.84)',
    },
    {
      name: 'gait codes without an Excludes1 between them: unsteadiness on feet with weakness',
      text: 'PT eval: unsteady when turning, TUG 16 s.',
      codes: ['R26.81', 'R53.1'],
    },
  ],
  invalid: [
    {
      name: 'seed: R53.1 and M62.81 on one note',
      text: 'Assessment:\nGeneralized weakness (R53.1)\nMuscle weakness, generalized (M62.81)',
      expect: [{ ruleId: 'excludes1-conflict', severity: 'error', code: 'M62.81', message: ['R53.1', 'M62.81'], spanText: 'M62.81', query: null }],
    },
    {
      name: 'codes chosen in the popup: R53.1 with R54',
      text: 'Eighty-six-year-old man, frail, slower on his feet this year.',
      codes: ['R53.1', 'R54'],
      expect: [{ ruleId: 'excludes1-conflict', message: ['R53.1 and R54', 'age-related weakness'] }],
    },
    {
      name: 'category M62 Excludes1 applies to M62.81: drug-induced myopathy G72.0',
      text: 'Assessment: Muscle weakness (M62.81). Drug-induced myopathy (G72.0).',
      expect: [{ ruleId: 'excludes1-conflict', message: ['G72.0', 'drug-induced myopathy'] }],
    },
    {
      name: 'a family reference matches its children: M79.1- covers M79.11',
      text: 'Exam: Hip flexors 4/5 bilaterally.',
      codes: ['M62.81', 'M79.11'],
      expect: [{ ruleId: 'excludes1-conflict', message: ['M79.1-'] }],
    },
    {
      name: 'R54 and M62.84 (sarcopenia excluded from age-related debility), code written without the dot',
      text: 'Assessment: Frailty (R54); sarcopenia M6284.',
      expect: [{ ruleId: 'excludes1-conflict', message: ['R54', 'M62.84', 'sarcopenia'] }],
    },
    {
      name: 'gait family beside the weakness codes: R26.2 Excludes1 unsteadiness on feet (R26.81)',
      text: 'Referral dx: R26.2 difficulty walking; R26.81 unsteadiness on feet. Berg 41/56.',
      expect: [{ ruleId: 'excludes1-conflict', message: ['R26.2', 'R26.81', 'unsteadiness on feet'] }],
    },
  ],
} satisfies RuleCases;
