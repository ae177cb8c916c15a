import { codedCondition } from '../support/coded-condition.ts';
import { defineRule } from '../support/define-rule.ts';
import { hintText } from '../support/params.ts';

export default defineRule('coded-condition-resolved', {
  check(ctx) {
    for (const code of ctx.codes) {
      const condition = codedCondition(ctx, code);
      if (condition.status !== 'resolved') continue;
      const title = code.title ?? code.code;
      ctx.report({
        messageId: 'resolved',
        data: { code: code.code, title, text: condition.evidence[0]!.text },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: condition.evidence,
        documentationHint: hintText(ctx, 'resolved', { code: code.code, title, condition: title.toLowerCase() }),
        // Wording: lexicon/queries.yaml; the code and its own label are never indicators.
        query: {
          code: code.code,
          indicators: condition.evidence.filter((e) => e.type !== 'icd10-code'),
          fill: { condition: title.toLowerCase(), Condition: title },
        },
      });
    }
  },
});
