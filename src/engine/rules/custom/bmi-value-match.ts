/**
 * A BMI code (Z68.-) whose range (the code file's `bmi`: min inclusive, below exclusive) holds none of
 * the BMI values documented now, or whose population's ages exclude the documented age. Silent when no
 * BMI value is documented (another rule asks for it) or, for the age, when the age is unknown.
 */
import { findingsOf, isAffirmed, toRef } from '../../evidence/index.ts';
import { defineRule } from '../support/define-rule.ts';
import { hintText, stringParam } from '../support/params.ts';

export default defineRule('bmi-value-match', {
  check(ctx) {
    const measure = stringParam(ctx, 'measure');
    const unit = stringParam(ctx, 'unit');
    const values = findingsOf(ctx.findings, 'vital').filter((f) => isAffirmed(f) && f.attributes.measure === measure);
    const ageFinding = findingsOf(ctx.findings, 'age').find(isAffirmed);
    const age = ctx.options.age ?? ageFinding?.attributes.years;
    for (const code of ctx.chosen(ctx.meta.codes)) {
      const range = ctx.lexicon.codes.get(code.code)?.bmi;
      if (!range) continue;
      if (age !== undefined && (age < range.ages.min || (range.ages.max !== undefined && age > range.ages.max))) {
        ctx.report({
          messageId: 'age',
          data: { code: code.code, age, population: range.population },
          code: code.code,
          span: ctx.spanFor(code),
          evidence: ageFinding && ctx.options.age === undefined ? [toRef(ageFinding)] : [],
          documentationHint: hintText(ctx, 'age'),
        });
        continue;
      }
      if (range.measure !== unit || values.length === 0) continue;
      const inside = (v: number) => (range.min === undefined || v >= range.min) && (range.below === undefined || v < range.below);
      if (values.some((f) => inside(f.attributes.value))) continue;
      ctx.report({
        messageId: 'range',
        data: { code: code.code, values: values.map((f) => f.attributes.value).join(', ') },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: values.map(toRef),
        documentationHint: hintText(ctx, 'range'),
      });
    }
  },
});
