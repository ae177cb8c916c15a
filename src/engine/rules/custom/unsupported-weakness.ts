import { codeLabelIds } from '../../assertion/code-labels.ts';
import { findingsOf, isAffirmed, toRef } from '../../evidence/index.ts';
import { defineRule } from '../support/define-rule.ts';
import { hintText } from '../support/params.ts';

export default defineRule('unsupported-weakness', {
  check(ctx) {
    // "Weakness (R53.1)" names the code; it is not a complaint, and "(generalized)" in a code title
    // is not a documented distribution.
    const labels = codeLabelIds(ctx.text, ctx.findings, ctx.lexicon);
    const complaints = findingsOf(ctx.findings, 'weakness').filter((w) => isAffirmed(w) && !labels.has(w.id));
    if (complaints.length === 0) return;
    if (complaints.some((w) => w.attributes.observation === 'objective' || w.attributes.distribution !== 'unspecified')) return;
    const support = ctx.findings.some(
      (f) =>
        (f.type === 'strength-grade' || f.type === 'strength-test' || f.type === 'duration') && isAffirmed(f),
    );
    if (support || ctx.evidence('workup').met || ctx.evidence('treatment-plan').met) return;
    for (const code of ctx.chosen(ctx.meta.codes)) {
      const evidence = complaints.map(toRef);
      ctx.report({
        messageId: 'subjectiveOnly',
        data: { code: code.code, complaint: complaints[0]!.text },
        code: code.code,
        span: { start: complaints[0]!.start, end: complaints[0]!.end },
        evidence,
        documentationHint: hintText(ctx, 'subjectiveOnly'),
        query: { code: code.code, indicators: evidence },
      });
    }
  },
});
