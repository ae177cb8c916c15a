import { defineRule } from './support/define-rule.ts';
import { missingEvidenceCheck } from './support/requirement.ts';

export default defineRule({
  meta: {
    id: 'workup-plan',
    kind: 'lacking-evidence',
    severity: 'warning',
    codes: ['R53.1'],
    description:
      'R53.1 without a documented workup: labs (CBC, CMP/BMP, TSH, CK, B12, vitamin D, UA ...), imaging, EMG/NCS or a referral, ordered or resulted.',
    sources: ['seed 001 (exclusion of anemia, thyroid dysfunction and electrolyte imbalances; comprehensive workup)', 'seed 000 (R53.1 is a starting point while the workup continues)', 'rules.md: workup-plan'],
    messages: {
      missing: 'R53.1 (weakness) has no workup documented: labs, imaging, EMG/NCS or a referral, ordered or resulted.',
    },
  },
  check: missingEvidenceCheck({
    code: 'R53.1',
    evidence: 'workup',
    fallbackHint: 'Document the evaluation, e.g. "Will check CBC, CMP and TSH."',
  }),
});
