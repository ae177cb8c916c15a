import { defineRule } from './support/define-rule.ts';
import { missingEvidenceCheck } from './support/requirement.ts';

export default defineRule({
  meta: {
    id: 'weakness-etiology',
    kind: 'lacking-evidence',
    severity: 'warning',
    codes: ['M62.81'],
    description:
      'M62.81 without a documented musculoskeletal etiology (deconditioning, disuse, immobilization, post-surgical, myopathy, prolonged bed rest ...).',
    sources: ['seed 003 (M62.81 applies when the weakness originates in the muscle tissue)', 'rules.md: weakness-etiology'],
    messages: {
      missing: 'M62.81 (muscle weakness) has no documented musculoskeletal cause, such as deconditioning, disuse or myopathy.',
    },
  },
  check: missingEvidenceCheck({
    code: 'M62.81',
    evidence: 'msk-etiology',
    fallbackHint: 'State the cause, e.g. "Weakness due to deconditioning."',
  }),
});
