import { defineRule } from './support/define-rule.ts';
import { missingEvidenceCheck } from './support/requirement.ts';

export default defineRule({
  meta: {
    id: 'functional-impact',
    kind: 'lacking-evidence',
    severity: 'warning',
    codes: ['M62.81'],
    description: 'M62.81 without a documented functional impact (ADLs, transfers, stairs, rising from a chair, gait, falls, mobility).',
    sources: ['seed 003 (functional limitations support medical necessity for M62.81)', 'rules.md: functional-impact'],
    messages: {
      missing: 'M62.81 (muscle weakness) has no documented functional impact: what does the weakness limit (transfers, stairs, gait, ADLs)?',
    },
  },
  check: missingEvidenceCheck({
    code: 'M62.81',
    evidence: 'functional-impact',
    fallbackHint: 'Describe the limitation, e.g. "Needs assistance with transfers."',
  }),
});
