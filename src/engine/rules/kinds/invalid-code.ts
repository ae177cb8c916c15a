import { billableCodesFor, isCodeShape, isHeader, knownDescendants, suggestion } from '../support/codes.ts';
import { defineKind } from '../support/define-rule.ts';
import { optionalHint } from '../support/params.ts';
import { codeRef } from '../support/requirement.ts';

export default defineKind('invalid-code', () => (ctx) => {
  for (const code of ctx.codes) {
    const def = ctx.lexicon.codes.get(code.code);
    if (!isCodeShape(code.code)) {
      ctx.report({
        messageId: 'malformed',
        data: { code: code.code },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: codeRef(ctx, code),
        documentationHint: optionalHint(ctx, 'malformed'),
      });
    } else if (def?.invalid) {
      ctx.report({
        messageId: 'deleted',
        data: { code: code.code },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: codeRef(ctx, code),
        documentationHint: def.note ?? optionalHint(ctx, 'deleted'),
      });
    } else if (isHeader(ctx.lexicon, code.code)) {
      const children = def && def.children.length > 0 ? def.children : knownDescendants(ctx.lexicon, code.code).filter((c) => c.billable).map((c) => c.code);
      const defaults = billableCodesFor(ctx.lexicon, code.code).map((c) => c.code);
      ctx.report({
        messageId: 'header',
        data: { code: code.code, title: def?.title ?? 'category', children: children.join(', ') },
        code: code.code,
        span: ctx.spanFor(code),
        suggestedCodes: children.map((c) =>
          suggestion(ctx.lexicon, c, defaults.length === 1 && defaults[0] === c ? `billable code under ${code.code}; the default when nothing more is documented` : `billable code under ${code.code}`),
        ),
        evidence: codeRef(ctx, code),
        documentationHint: optionalHint(ctx, 'header', { child: children[0]!, childTitle: ctx.lexicon.codes.get(children[0]!)?.title ?? children[0]! }),
      });
    }
  }
});
