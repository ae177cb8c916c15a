import { findingsOf, isAffirmed, toRef } from '../../evidence/index.ts';
import { defineRule } from '../support/define-rule.ts';
import { hintText, numberParam } from '../support/params.ts';

export default defineRule('age-range', {
  check(ctx) {
    const found = findingsOf(ctx.findings, 'age').find(isAffirmed);
    const age = ctx.options.age ?? found?.attributes.years;
    if (age === undefined || age >= numberParam(ctx, 'minAge')) return;
    for (const code of ctx.chosen(ctx.meta.codes)) {
      ctx.report({
        messageId: 'young',
        data: { age },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: found && ctx.options.age === undefined ? [toRef(found)] : [],
        documentationHint: hintText(ctx, 'young'),
      });
    }
  },
});
