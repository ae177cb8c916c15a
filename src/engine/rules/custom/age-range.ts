import { findingsOf, isAffirmed, toRef } from '../../evidence.ts';
import { defineRule } from '../support/define-rule.ts';

export default defineRule('age-range', {
  check(ctx) {
    const found = findingsOf(ctx.findings, 'age').find(isAffirmed);
    const age = ctx.options.age ?? found?.attributes.years;
    if (age === undefined || age >= 15) return;
    for (const code of ctx.chosen(['R53.1'])) {
      ctx.report({
        messageId: 'young',
        data: { age },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: found && ctx.options.age === undefined ? [toRef(found)] : [],
        documentationHint: 'Check the age and the code: for a child, code the specific cause or sign of the weakness, e.g. "Weakness of both legs due to viral myositis."',
      });
    }
  },
});
