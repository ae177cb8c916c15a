import { diagnosisCodes, findingsOf, isConfirmedInSetting, toRef } from '../../evidence/index.ts';
import { refCovers, suggestionsFor } from '../support/codes.ts';
import { defineRule } from '../support/define-rule.ts';
import { codeParam, hintText, stringParam } from '../support/params.ts';

export default defineRule('sarcopenia-documented', {
  check(ctx) {
    const suggest = codeParam(ctx, 'suggest');
    if (ctx.codes.some((c) => c.code === suggest)) return;
    const found = findingsOf(ctx.findings, 'diagnosis').filter(
      (f) => isConfirmedInSetting(f, ctx.options) && diagnosisCodes(ctx, f).some((c) => refCovers(c, suggest)),
    );
    if (found.length === 0) return;
    for (const code of ctx.chosen(ctx.meta.codes)) {
      ctx.report({
        messageId: 'sarcopenia',
        data: { text: found[0]!.text, code: code.code },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: found.map(toRef),
        suggestedCodes: suggestionsFor(ctx.lexicon, suggest, stringParam(ctx, 'reason', { text: found[0]!.text })),
        documentationHint: hintText(ctx, 'sarcopenia'),
      });
    }
  },
});
