import { normalGrades, toRef } from '../../evidence/index.ts';
import { defineRule } from '../support/define-rule.ts';
import { hintText } from '../support/params.ts';
import { anchorRefsInTextOrder } from '../support/anchors.ts';
import { hintFor } from '../support/requirement.ts';

export default defineRule('objective-strength-required', {
  check(ctx) {
    for (const code of ctx.chosen(ctx.meta.codes)) {
      if (ctx.evidence('reduced-strength').met) continue;
      const normal = normalGrades(ctx.findings);
      const evidence = [...anchorRefsInTextOrder(ctx), ...normal.map(toRef)];
      ctx.report({
        messageId: normal.length > 0 ? 'normal' : 'missing',
        data: normal.length > 0 ? { normal: normal[0]!.text } : {},
        code: code.code,
        span: ctx.spanFor(code),
        evidence,
        documentationHint: hintFor(ctx, code.code, 'reduced-strength', hintText(ctx, 'missing')),
        query: { code: code.code, indicators: [...normal.map(toRef), ...anchorRefsInTextOrder(ctx)] },
      });
    }
  },
});
