import { codedCondition } from '../support/coded-condition.ts';
import { defineRule } from '../support/define-rule.ts';

export default defineRule('coded-condition-uncertain', {
  check(ctx) {
    if (ctx.options.setting === 'inpatient') return;
    for (const code of ctx.codes) {
      // Symptom and sign codes (chapter 18) are what IV.H says to code while the cause is uncertain.
      if (ctx.lexicon.codes.get(code.code)?.chapter === 18) continue;
      const condition = codedCondition(ctx, code);
      if (condition.status !== 'uncertain') continue;
      const title = code.title ?? code.code;
      ctx.report({
        messageId: 'uncertain',
        data: { code: code.code, title, text: condition.evidence[0]!.text },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: condition.evidence,
        documentationHint:
          `Confirm the diagnosis when the workup supports it (e.g. "${title}, confirmed by ..."), or code the presenting symptoms and keep "${title.toLowerCase()}" as the working diagnosis in the text only.`,
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
