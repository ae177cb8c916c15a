import { findingsOf, isAffirmed, toRef } from '../evidence.ts';
import { defineRule } from './support/define-rule.ts';

export default defineRule({
  meta: {
    id: 'age-range',
    kind: 'invalid-code',
    severity: 'info',
    codes: ['R53.1'],
    description: 'R53.1 for a patient documented as younger than 15: an adult-only code edit (15-124 years).',
    sources: ['seed 000 (R53.1 applies as an adult diagnosis code for patients between 15 and 124 years); a vendor edit, not an official ICD-10-CM rule'],
    messages: {
      young: 'R53.1 carries an adult-age edit (15-124 years) and the patient is {age} years old.',
    },
  },
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
