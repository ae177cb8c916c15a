import { defineRule } from '../support/define-rule.ts';
import { requirementOf, symptomRefs } from '../support/requirement.ts';

export default defineRule('critical-illness-myopathy-evidence', {
  check(ctx) {
    const needs = ['icu-stay', 'emg-confirmation'] as const;
    for (const code of ctx.chosen(['G72.81'])) {
      const unmet = needs.filter((id) => !ctx.evidence(id).met);
      if (unmet.length === 0) continue;
      const labels = unmet.map((id) => requirementOf(ctx, 'G72.81', id)?.label ?? id);
      const evidence = needs.flatMap((id) => ctx.evidence(id).evidence);
      ctx.report({
        messageId: 'missing',
        data: { missing: labels.join(' and ') },
        code: code.code,
        span: ctx.spanFor(code),
        evidence,
        documentationHint: unmet.map((id) => requirementOf(ctx, 'G72.81', id)?.hint ?? id).join(' '),
        query: { code: code.code, indicators: [...evidence, ...symptomRefs(ctx)] },
      });
    }
  },
});
