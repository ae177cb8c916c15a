import { excludes1Ref, refCovers } from '../support/codes.ts';
import { defineKind } from '../support/define-rule.ts';
import { optionalHint } from '../support/params.ts';
import { codeRef } from '../support/requirement.ts';

export default defineKind('excludes1', () => (ctx) => {
  const codes = ctx.codes;
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const a = codes[i]!;
      const b = codes[j]!;
      const aDef = ctx.lexicon.codes.get(a.code);
      const bDef = ctx.lexicon.codes.get(b.code);
      const fromA = excludes1Ref(aDef, b.code);
      const fromB = fromA ? null : excludes1Ref(bDef, a.code);
      const ref = fromA ?? fromB;
      if (!ref) continue;
      // A "code first" note pairing the two (M62.84: code first G72.-) overrides a category Excludes1.
      if (aDef?.codeFirst.some((r) => refCovers(r.code, b.code)) || bDef?.codeFirst.some((r) => refCovers(r.code, a.code))) continue;
      const owner = fromA ? a.code : b.code;
      const at = b.start !== undefined ? b : a;
      ctx.report({
        messageId: 'conflict',
        data: { a: a.code, b: b.code, owner, note: ref.note ?? ref.code, ref: ref.code },
        code: b.code,
        span: ctx.spanFor(at),
        evidence: [...codeRef(ctx, a), ...codeRef(ctx, b)],
        // The wording and its clinical example are the pack's (hints.conflict).
        documentationHint: optionalHint(ctx, 'conflict', { a: a.code, aTitle: aDef?.title ?? a.code, b: b.code, bTitle: bDef?.title ?? b.code }),
      });
    }
  }
});
