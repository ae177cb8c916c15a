import { diagnosisCodes, findingsOf, isConfirmedInSetting, toRef } from '../../evidence.ts';
import { refCovers, suggestionsFor } from '../support/codes.ts';
import { defineRule } from '../support/define-rule.ts';

export default defineRule('sarcopenia-documented', {
  check(ctx) {
    if (ctx.codes.some((c) => c.code === 'M62.84')) return;
    const found = findingsOf(ctx.findings, 'diagnosis').filter(
      (f) => isConfirmedInSetting(f, ctx.options) && diagnosisCodes(ctx, f).some((c) => refCovers(c, 'M62.84')),
    );
    if (found.length === 0) return;
    for (const code of ctx.chosen(['R53.1', 'M62.81'])) {
      ctx.report({
        messageId: 'sarcopenia',
        data: { text: found[0]!.text, code: code.code },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: found.map(toRef),
        suggestedCodes: suggestionsFor(ctx.lexicon, 'M62.84', `sarcopenia documented: "${found[0]!.text}"`),
        documentationHint:
          'Document the sarcopenia and its basis, e.g. "Age-related sarcopenia: grip strength 16 kg, gait speed 0.7 m/s, low appendicular lean mass." Code any underlying myopathy first.',
      });
    }
  },
});
