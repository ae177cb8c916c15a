/**
 * Generic rule kind contradiction: two chosen codes that are clinically opposite although no
 * Excludes1 note pairs them (hypernatremia with hyponatremia). Both can be true in one stay
 * (overcorrection), so the message asks to confirm both rather than to drop one.
 */
import { defineKind } from '../support/define-rule.ts';
import { codeRef } from '../support/requirement.ts';
import { refCovers } from '../support/codes.ts';

export default defineKind('contradiction', (def) => (ctx) => {
  for (const pair of def.pairs) {
    const [first, second] = pair.codes as [string, string];
    const a = ctx.codes.find((c) => refCovers(first, c.code));
    const b = ctx.codes.find((c) => c !== a && refCovers(second, c.code));
    if (!a || !b) continue;
    ctx.report({
      messageId: 'both',
      data: { a: a.code, b: b.code, aTitle: a.title ?? a.code, bTitle: b.title ?? b.code, why: pair.why },
      code: b.code,
      span: ctx.spanFor(b.start !== undefined ? b : a),
      evidence: [...codeRef(ctx, a), ...codeRef(ctx, b)],
      documentationHint: ctx.meta.hints.both ?? null,
    });
  }
});
