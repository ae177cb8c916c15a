import { defineRule } from '../support/define-rule.ts';
import { stringsParam } from '../support/params.ts';
import { anchorRefsInTextOrder } from '../support/anchors.ts';
import { requirementOf } from '../support/requirement.ts';

export default defineRule('critical-illness-myopathy-evidence', {
  check(ctx) {
    // Evidence ids the code's checklist names (lexicon/packs/<pack>/ `checklists`), all required.
    const needs = stringsParam(ctx, 'requires');
    for (const code of ctx.chosen(ctx.meta.codes)) {
      const unmet = needs.filter((id) => !ctx.evidence(id).met);
      if (unmet.length === 0) continue;
      const labels = unmet.map((id) => requirementOf(ctx, code.code, id)?.label ?? id);
      const evidence = needs.flatMap((id) => ctx.evidence(id).evidence);
      ctx.report({
        messageId: 'missing',
        data: { missing: labels.join(' and ') },
        code: code.code,
        span: ctx.spanFor(code),
        evidence,
        documentationHint: unmet.map((id) => requirementOf(ctx, code.code, id)?.hint ?? id).join(' '),
        query: { code: code.code, indicators: [...evidence, ...anchorRefsInTextOrder(ctx)] },
      });
    }
  },
});
