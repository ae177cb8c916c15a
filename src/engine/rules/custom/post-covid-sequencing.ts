import { findingsOf, isAffirmed, toRef } from '../../evidence/index.ts';
import { suggestion } from '../support/codes.ts';
import { defineRule } from '../support/define-rule.ts';
import { codeParam, hintText, stringParam } from '../support/params.ts';

export default defineRule('post-covid-sequencing', {
  check(ctx) {
    const first = ctx.codes[0];
    // The rule's code (a "code first" condition) must not lead the list.
    if (!first || ctx.chosen(ctx.meta.codes)[0] !== first) return;
    const others = ctx.codes.slice(1);
    const symptoms = ctx.findings.filter((f) => (f.type === 'weakness' || f.type === 'fatigue') && isAffirmed(f));
    const suggested = others.length > 0
      ? others.map((c) => suggestion(ctx.lexicon, c.code, stringParam(ctx, 'reasonOther', { code: first.code })))
      : symptoms.length > 0
        ? [suggestion(ctx.lexicon, codeParam(ctx, findingsOf(symptoms, 'weakness').length > 0 ? 'weaknessCode' : 'fatigueCode'), stringParam(ctx, 'reasonSymptom', { text: symptoms[0]!.text }))]
        : [];
    ctx.report({
      messageId: others.length > 0 ? 'first' : 'only',
      data: { other: others.map((c) => c.code).join(', ') },
      code: first.code,
      span: ctx.spanFor(first),
      evidence: symptoms.map(toRef),
      suggestedCodes: suggested,
      documentationHint: hintText(ctx, 'first'),
    });
  },
});
