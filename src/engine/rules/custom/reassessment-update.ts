import { findingsOf, isPatientFact, toRef } from '../../evidence/index.ts';
import { defineRule } from '../support/define-rule.ts';
import { hintText, stringsParam } from '../support/params.ts';
import { anchorRefsInTextOrder } from '../support/anchors.ts';

export default defineRule('reassessment-update', {
  check(ctx) {
    // Setting ids (lexicon/findings/setting.yaml) of a follow-up visit that must re-measure what it codes.
    const followUp = new Set(stringsParam(ctx, 'followUpSettings'));
    const visit = findingsOf(ctx.findings, 'setting').find(
      (f) => isPatientFact(f) && !f.assertion.negated && followUp.has(f.attributes.setting),
    );
    if (!visit || ctx.evidence('current-strength').met) return;
    for (const code of ctx.chosen(ctx.meta.codes)) {
      const evidence = [toRef(visit)];
      ctx.report({
        messageId: 'stale',
        data: { visit: visit.text },
        code: code.code,
        span: ctx.spanFor(code),
        evidence,
        documentationHint: hintText(ctx, 'stale'),
        query: { code: code.code, indicators: anchorRefsInTextOrder(ctx) },
      });
    }
  },
});
