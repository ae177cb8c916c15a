import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'critical-illness-myopathy-evidence',
  valid: [
    {
      name: 'ICU stay and confirming EMG',
      text: 'HPI: Profound weakness after a 16-day ICU stay with mechanical ventilation for septic shock.\nEMG: Myopathic motor units with fibrillations, consistent with critical illness myopathy.\nAssessment: Critical illness myopathy (G72.81).',
    },
    { name: 'rule applies only to G72.81', text: 'Assessment: Myopathy, unspecified (G72.9).' },
  ],
  invalid: [
    {
      name: 'neither ICU stay nor EMG',
      text: 'Assessment: Critical illness myopathy (G72.81).',
      // Nothing in the note but the diagnosis: no clinical indicator to quote, so no query is drafted.
      expect: [{ ruleId: 'critical-illness-myopathy-evidence', severity: 'warning', code: 'G72.81', message: ['lacks: ICU stay and EMG/NCS confirmation'], query: null }],
    },
    {
      name: 'ICU stay without EMG',
      text: 'HPI: Weakness after 2 weeks in the ICU on a ventilator for ARDS.\nAssessment: Critical illness myopathy (G72.81).',
      expect: [{ ruleId: 'critical-illness-myopathy-evidence', message: ['lacks: EMG/NCS confirmation'], query: ['in the ICU', 'EMG/NCS not performed', 'Clinically undetermined'] }],
    },
    {
      name: 'normal EMG confirms nothing',
      text: 'HPI: Weakness after a long ICU stay.\nEMG: Normal study.\nAssessment: Critical illness myopathy (G72.81).',
      expect: [{ ruleId: 'critical-illness-myopathy-evidence' }],
    },
  ],
} satisfies RuleCases;
