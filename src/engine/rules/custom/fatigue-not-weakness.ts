import { findingsOf, isAffirmed, toRef } from '../../evidence.ts';
import { suggestionsFor, WEAKNESS_CODES } from '../support/codes.ts';
import { conflictFor } from '../support/conflicts.ts';
import { defineRule } from '../support/define-rule.ts';

export default defineRule('fatigue-not-weakness', {
  check(ctx) {
    const fatigue = findingsOf(ctx.findings, 'fatigue').filter(isAffirmed);
    if (fatigue.length === 0) return;
    if (findingsOf(ctx.findings, 'weakness').some(isAffirmed) || ctx.evidence('reduced-strength').met) return;
    for (const code of ctx.chosen(WEAKNESS_CODES)) {
      if (conflictFor(ctx, 'R53.83', code.code)) continue;
      ctx.report({
        messageId: 'fatigue',
        data: { text: fatigue[0]!.text, code: code.code },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: fatigue.map(toRef),
        suggestedCodes: suggestionsFor(ctx.lexicon, 'R53.83', `fatigue documented without weakness: "${fatigue[0]!.text}"`),
        documentationHint:
          'Say which it is: fatigue ("Fatigue and low energy for 2 months, strength 5/5") or weakness with its exam ("Generalized weakness, 4/5 proximal muscles").',
      });
    }
  },
});
