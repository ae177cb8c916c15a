import { codedCondition } from '../support/coded-condition.ts';
import { defineRule } from '../support/define-rule.ts';
import { hintText, numberParam } from '../support/params.ts';

export default defineRule('coded-condition-uncertain', {
  check(ctx) {
    if (ctx.options.setting === 'inpatient') return;
    for (const code of ctx.codes) {
      // Symptom and sign codes (chapter 18) are what IV.H says to code while the cause is uncertain.
      if (ctx.lexicon.codes.get(code.code)?.chapter === numberParam(ctx, 'symptomChapter')) continue;
      const condition = codedCondition(ctx, code);
      if (condition.status !== 'uncertain') continue;
      const title = code.title ?? code.code;
      ctx.report({
        messageId: 'uncertain',
        data: { code: code.code, title, text: condition.evidence[0]!.text },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: condition.evidence,
        documentationHint: hintText(ctx, 'uncertain', { code: code.code, title, condition: title.toLowerCase() }),
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
