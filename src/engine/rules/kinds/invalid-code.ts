import { billableCodesFor, isCodeShape, isHeader, knownDescendants, suggestion } from '../support/codes.ts';
import { defineKind } from '../support/define-rule.ts';
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
        documentationHint: 'Write the code as in the tabular, e.g. "R53.1" or "M62.81".',
      });
    } else if (def?.invalid) {
      ctx.report({
        messageId: 'deleted',
        data: { code: code.code },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: codeRef(ctx, code),
        documentationHint: def.note ?? 'Choose a current FY2026 code.',
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
        documentationHint: `Document the detail that selects the full code (type, site, side), e.g. "${ctx.lexicon.codes.get(children[0]!)?.title ?? children[0]}" for ${children[0]}.`,
      });
    }
  }
});
