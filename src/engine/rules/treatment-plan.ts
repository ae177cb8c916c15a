import { defineRule } from './support/define-rule.ts';
import { missingEvidenceCheck } from './support/requirement.ts';

export default defineRule({
  meta: {
    id: 'treatment-plan',
    kind: 'lacking-evidence',
    severity: 'warning',
    codes: ['M62.81'],
    description: 'M62.81 without a treatment plan: PT/OT referral, therapeutic exercise or rehabilitation.',
    sources: ['seed 003 (treatment plan: physical therapy, occupational therapy or supervised exercise)', 'rules.md: treatment-plan'],
    messages: {
      missing: 'M62.81 (muscle weakness) has no treatment plan in the note (PT/OT, therapeutic exercise, rehabilitation).',
    },
  },
  check: missingEvidenceCheck({
    code: 'M62.81',
    evidence: 'treatment-plan',
    fallbackHint: 'State the plan, e.g. "Refer to physical therapy."',
  }),
});
