import { findingsOf, isAffirmed, toRef } from '../../evidence.ts';
import { suggestion } from '../support/codes.ts';
import { defineRule } from '../support/define-rule.ts';

export default defineRule('post-covid-sequencing', {
  check(ctx) {
    const first = ctx.codes[0];
    if (!first || first.code !== 'U09.9') return;
    const others = ctx.codes.slice(1);
    const symptoms = ctx.findings.filter((f) => (f.type === 'weakness' || f.type === 'fatigue') && isAffirmed(f));
    const suggested = others.length > 0
      ? others.map((c) => suggestion(ctx.lexicon, c.code, 'the specific condition, to be listed before U09.9'))
      : symptoms.length > 0
        ? [suggestion(ctx.lexicon, findingsOf(symptoms, 'weakness').length > 0 ? 'R53.1' : 'R53.83', `documented: "${symptoms[0]!.text}"`)]
        : [];
    ctx.report({
      messageId: others.length > 0 ? 'first' : 'only',
      data: { other: others.map((c) => c.code).join(', ') },
      code: first.code,
      span: ctx.spanFor(first),
      evidence: symptoms.map(toRef),
      suggestedCodes: suggested,
      documentationHint:
        'Name the condition and its link to the past infection, e.g. "Generalized muscle weakness, 4/5 proximal, a post COVID-19 condition (infection March 2025)."',
    });
  },
});
