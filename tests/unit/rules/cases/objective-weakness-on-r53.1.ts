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
    // A muscle disease is its own code (M62.82, M60.9, G72.9), which includes the weakness once confirmed;
    // while it is only probable the symptom is coded (IV.H). Neither makes M62.81 the better code.
    {
      name: 'rhabdomyolysis as the cause of graded weakness',
      text: 'Exam: 4/5 hip flexors and knee extensors bilaterally from pain.\nCK 45,000.\nA/P: Weakness (R53.1). Exertional rhabdomyolysis (M62.82), IVF.',
      options: { setting: 'inpatient' },
    },
    {
      name: 'probable viral myositis as the cause, outpatient',
      text: 'Exam: calf tenderness, strength 4/5 hip flexors and quadriceps bilaterally.\nA/P: Weakness (R53.1), benign acute myositis probable; recheck CK in 1 week.',
      options: { setting: 'outpatient' },
    },
    { name: 'polymyositis confirmed by biopsy', text: 'Strength 4-/5 deltoids and hip flexors bilaterally. Biopsy: polymyositis.\nAssessment: Weakness (R53.1).' },
    { name: 'deconditioning denied', text: 'Exam: Strength 4/5 in bilateral hip flexors and deltoids.\nAssessment: Weakness (R53.1), not deconditioning - active at baseline; labs pending.' },
    { name: 'graded weakness without a musculoskeletal cause', text: 'Exam: Strength 4/5 in bilateral hip flexors and deltoids.\nAssessment: Weakness (R53.1), labs pending.' },
  ],
  invalid: [
    {
      name: 'graded proximal weakness from deconditioning',
      text: 'Exam: Strength 4/5 in bilateral hip flexors and deltoids.\nAssessment: Weakness from deconditioning after a 3-week hospital stay (R53.1).',
      expect: [{ ruleId: 'objective-weakness-on-r53.1', severity: 'info', code: 'R53.1', suggested: ['M62.81'], evidence: ['4/5'] }],
    },
    {
      name: 'graded weakness after prolonged bed rest, next to a muscle disease ruled out',
      text: 'Exam: hip flexors 4/5 and deltoids 4/5 bilaterally.\nCK normal, myositis ruled out.\nAssessment: Weakness (R53.1) after 3 weeks of bed rest in the ICU.',
      expect: [{ ruleId: 'objective-weakness-on-r53.1', suggested: ['M62.81'] }],
    },
    {
      name: 'myopathic EMG with proximal grades',
      text: 'Strength: 4/5 proximal arms/legs, 5/5 distal.\nEMG: Myopathic motor units.\nAssessment: Weakness (R53.1).',
      expect: [{ ruleId: 'objective-weakness-on-r53.1', suggested: ['M62.81'] }],
    },
  ],
} satisfies RuleCases;
