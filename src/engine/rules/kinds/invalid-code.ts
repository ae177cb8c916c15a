import { billableCodesFor, impossibleCode, isCodeShape, isHeader, knownDescendants, suggestion } from '../support/codes.ts';
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
    } else if (!def && impossibleCode(ctx.lexicon, code.code)) {
      // "M62.820" past the billable M62.82, "T79.6A" for T79.6XXA: the code the writer meant is known.
      const { kind, meant } = impossibleCode(ctx.lexicon, code.code)!;
      const title = ctx.lexicon.codes.get(meant)?.title ?? meant;
      ctx.report({
        messageId: kind,
        data: { code: code.code, meant, title },
        code: code.code,
        span: ctx.spanFor(code),
        suggestedCodes: [suggestion(ctx.lexicon, meant, kind === 'extended' ? `the billable code ${code.code} runs past` : `${code.code} with the X placeholders of its 7th character`)],
        evidence: codeRef(ctx, code),
        documentationHint: optionalHint(ctx, kind, { meant }),
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
