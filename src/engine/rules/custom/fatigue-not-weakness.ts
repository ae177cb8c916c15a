import { codeLabelIds } from '../../assertion/code-labels.ts';
import { findingsOf, isAffirmed, toRef } from '../../evidence/index.ts';
import { suggestionsFor } from '../support/codes.ts';
import { conflictFor } from '../support/conflicts.ts';
import { defineRule } from '../support/define-rule.ts';
import { codeParam, hintText, stringParam } from '../support/params.ts';

export default defineRule('fatigue-not-weakness', {
  check(ctx) {
    const fatigue = findingsOf(ctx.findings, 'fatigue').filter(isAffirmed);
    if (fatigue.length === 0) return;
    // "Weakness - R53.1" names the chosen code: it is not a weakness the note documents.
    const labels = codeLabelIds(ctx.text, ctx.findings, ctx.lexicon);
    if (findingsOf(ctx.findings, 'weakness').some((w) => isAffirmed(w) && !labels.has(w.id)) || ctx.evidence('reduced-strength').met) return;
    const suggest = codeParam(ctx, 'suggest');
    for (const code of ctx.chosen(ctx.meta.codes)) {
      if (conflictFor(ctx, suggest, code.code)) continue;
      ctx.report({
        messageId: 'fatigue',
        data: { text: fatigue[0]!.text, code: code.code },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: fatigue.map(toRef),
        suggestedCodes: suggestionsFor(ctx.lexicon, suggest, stringParam(ctx, 'reason', { text: fatigue[0]!.text })),
        documentationHint: hintText(ctx, 'fatigue'),
      });
    }
  },
});
