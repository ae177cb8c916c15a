import { findingsOf, isPatientFact, toRef } from '../../evidence.ts';
import { defineRule } from '../support/define-rule.ts';
import { symptomRefs } from '../support/requirement.ts';

/** Setting ids (lexicon/findings/setting.yaml) of a follow-up visit that must re-measure what it codes. */
const REASSESSMENT = new Set(['re-evaluation', 'progress-note', 'recertification']);

export default defineRule('reassessment-update', {
  check(ctx) {
    const visit = findingsOf(ctx.findings, 'setting').find(
      (f) => isPatientFact(f) && !f.assertion.negated && REASSESSMENT.has(f.attributes.setting),
    );
    if (!visit || ctx.evidence('current-strength').met) return;
    for (const code of ctx.chosen(['M62.81'])) {
      const evidence = [toRef(visit)];
      ctx.report({
        messageId: 'stale',
        data: { visit: visit.text },
        code: code.code,
        span: ctx.spanFor(code),
        evidence,
        documentationHint: 'Record today\'s measurement next to the earlier one, e.g. "Hip flexors 4+/5 bilaterally today (4-/5 at initial evaluation)."',
        query: { code: code.code, indicators: symptomRefs(ctx) },
      });
    }
  },
});
