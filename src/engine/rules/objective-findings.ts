import { defineRule } from './support/define-rule.ts';
import { missingEvidenceCheck } from './support/requirement.ts';

export default defineRule({
  meta: {
    id: 'objective-findings',
    kind: 'lacking-evidence',
    severity: 'info',
    codes: ['R53.1'],
    description: 'R53.1 with no objective findings at all: no strength grade, strength test, gait or grip finding, normal or abnormal.',
    sources: ['seed 001 (no focal neurologic deficits: the exam must be documented)', 'rules.md: objective-findings'],
    messages: {
      missing: 'R53.1 (weakness) has no objective exam findings documented (strength, grip or gait).',
    },
  },
  check: missingEvidenceCheck({
    code: 'R53.1',
    evidence: 'objective-findings',
    fallbackHint: 'Record the exam, e.g. "Strength 5/5 throughout; gait steady."',
  }),
});
