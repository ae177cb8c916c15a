import type { RuleCases } from '../rule-tester.ts';

export default {
  ruleId: 'reassessment-update',
  valid: [
    { name: 're-evaluation with today\'s grades', text: 'PT re-evaluation\nHip flexors now 4+/5 bilaterally.\nAssessment: Muscle weakness (M62.81).' },
    { name: 'initial visit (objective-strength-required covers it)', text: 'Feels weak.\nAssessment: Muscle weakness (M62.81).' },
    { name: 'progress note with another code', text: 'Progress note\nStill tired.\nAssessment: Fatigue (R53.83).' },
  ],
  invalid: [
    {
      name: 're-evaluation without strength',
      text: 'PT re-evaluation\nPatient reports her legs feel stronger and she walks farther.\nAssessment: Muscle weakness (M62.81).',
      // The visit type is not a clinical indicator and the note gives none for the weakness: no query.
      expect: [{ ruleId: 'reassessment-update', severity: 'warning', code: 'M62.81', evidence: ['re-evaluation'], query: null }],
    },
    {
      name: 're-evaluation with a functional limit but no strength: one query, carried by the error',
      text: 'PT re-evaluation\nStill has difficulty climbing stairs at home.\nAssessment: Muscle weakness (M62.81). Continue PT 2x/week.',
      expect: [
        { ruleId: 'reassessment-update', query: null },
        { ruleId: 'objective-strength-required', severity: 'error', query: ['the strength measured at this visit', '"Still has difficulty climbing stairs at home."'] },
      ],
    },
    {
      name: 'recertification with only a previous grade',
      text: 'Recertification\nPrevious testing showed quadriceps strength 3/5.\nContinues therapy.\nAssessment: Muscle weakness (M62.81).',
      expect: [{ ruleId: 'reassessment-update' }],
    },
  ],
} satisfies RuleCases;
