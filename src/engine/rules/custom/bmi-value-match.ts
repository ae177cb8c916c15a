/**
 * A BMI code (Z68.-) whose range (the code file's `bmi`: min inclusive, below exclusive) holds none of
 * the BMI values documented now, or whose population's ages exclude the documented age. Silent when no
 * BMI value is documented (another rule asks for it) or, for the age, when the age is unknown. A range
 * mismatch suggests the billable code of the same population whose range holds each documented value.
 */
import { findingsOf, isAffirmed, toRef } from '../../evidence/index.ts';
import { defineRule } from '../support/define-rule.ts';
import { hintText, stringParam } from '../support/params.ts';
import { isBillable, suggestion } from '../support/codes.ts';
import type { BmiRangeDef } from '../../../lexicon/types.ts';

const holds = (range: BmiRangeDef, v: number) => (range.min === undefined || v >= range.min) && (range.below === undefined || v < range.below);

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
      if (values.some((f) => holds(range, f.attributes.value))) continue;
      // The same population's code for each documented value (adult BMI 18.2 -> Z68.1), from the code file's ranges.
      const matching = ctx.lexicon.data.codes.filter(
        (c) => c.bmi !== undefined && isBillable(c) && c.bmi.measure === range.measure && c.bmi.population === range.population &&
          values.some((f) => holds(c.bmi!, f.attributes.value)),
      );
      ctx.report({
        messageId: 'range',
        data: { code: code.code, values: values.map((f) => f.attributes.value).join(', ') },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: values.map(toRef),
        suggestedCodes: matching.map((c) => suggestion(ctx.lexicon, c.code, `the documented BMI is within ${c.code}'s range`)),
        documentationHint: hintText(ctx, 'range'),
      });
    }
  },
});
