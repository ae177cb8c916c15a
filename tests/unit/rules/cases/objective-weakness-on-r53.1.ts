import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'objective-weakness-on-r53.1',
  valid: [
    { name: 'one muscle group, no musculoskeletal context', text: 'Exam: Left deltoid 4/5.\nAssessment: Weakness (R53.1).' },
    { name: 'normal strength', text: 'Exam: Strength 5/5 throughout.\nAssessment: Weakness (R53.1).' },
    {
      name: 'sarcopenia: M62.81 excludes it, so it is not suggested',
      text: 'Exam: Strength grossly 4/5 all extremities, grip 12 kg.\nAssessment: Sarcopenia. Weakness (R53.1).',
    },
    { name: 'graded weakness without a musculoskeletal cause', text: 'Exam: Strength 4/5 in bilateral hip flexors and deltoids.\nAssessment: Weakness (R53.1), labs pending.' },
  ],
  invalid: [
    {
      name: 'graded proximal weakness from deconditioning',
      text: 'Exam: Strength 4/5 in bilateral hip flexors and deltoids.\nAssessment: Weakness from deconditioning after a 3-week hospital stay (R53.1).',
      expect: [{ ruleId: 'objective-weakness-on-r53.1', severity: 'info', code: 'R53.1', suggested: ['M62.81'], evidence: ['4/5'] }],
    },
    {
      name: 'myopathic EMG with proximal grades',
      text: 'Strength: 4/5 proximal arms/legs, 5/5 distal.\nEMG: Myopathic motor units.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'objective-weakness-on-r53.1', suggested: ['M62.81'] }],
    },
  ],
} satisfies RuleCases;
