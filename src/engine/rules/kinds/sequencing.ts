/**
 * Generic rule kind sequencing: a code whose tabular note says "code first" its etiology (a
 * manifestation, an adverse-effect code after its condition) is chosen without that code (message
 * `missing`) or listed before it (message `order`). A pair with `when` applies only when the note
 * documents that evidence (a poisoning code goes before its manifestation only when the note
 * documents an overdose, I.C.19.e.5.b; an adverse effect goes after it). A `codeAlso` pair needs its
 * partner in any order ("code also the associated underlying condition"). A `secondaryOnly` code
 * (BMI, Z68: I.B.14) listed first gets message `first`.
 */
import { defineKind } from '../support/define-rule.ts';
import { codeRef } from '../support/requirement.ts';
import { refCovers, suggestion } from '../support/codes.ts';

export default defineKind('sequencing', (def) => (ctx) => {
  // A "secondary only" code listed first (message `first`).
  const first = ctx.codes[0];
  if (first && def.secondaryOnly.some((r) => refCovers(r, first.code))) {
    ctx.report({
      messageId: 'first',
      data: { code: first.code, title: first.title ?? first.code },
      code: first.code,
      span: ctx.spanFor(first),
      evidence: codeRef(ctx, first),
      documentationHint: ctx.meta.hints.first ?? null,
    });
  }
  for (const rule of def.codeFirst) {
    const index = ctx.codes.findIndex((c) => refCovers(rule.code, c.code));
    if (index < 0) continue;
    // A conditional pair ("poisoning first" only when an overdose is documented).
    if (rule.when !== undefined && !ctx.evidence(rule.when).met) continue;
    const code = ctx.codes[index]!;
    const partnerIndex = ctx.codes.findIndex((c) => rule.first.some((r) => refCovers(r, c.code)));
    if (partnerIndex >= 0 && (partnerIndex < index || rule.codeAlso === true)) continue;
    const partner = partnerIndex >= 0 ? ctx.codes[partnerIndex]! : null;
    if (!partner && rule.orderOnly) continue;
    ctx.report({
      messageId: partner ? 'order' : 'missing',
      data: { code: code.code, title: code.title ?? code.code, first: partner?.code ?? rule.first.join(', ') },
      code: code.code,
      span: ctx.spanFor(code),
      evidence: [...codeRef(ctx, code), ...(partner ? codeRef(ctx, partner) : [])],
      // Only whole codes are offered: a family ("E86.-") or a range ("T36-T50") is the coder's to narrow.
      suggestedCodes: partner ? [] : rule.first.filter((c) => !c.includes('-')).map((c) => suggestion(ctx.lexicon, c, rule.codeAlso === true ? `code also, with ${code.code}` : `code first, before ${code.code}`)),
      documentationHint: ctx.meta.hints[partner ? 'order' : 'missing'] ?? null,
      // A missing "code first" partner is an error; a missing "code also" partner keeps the rule's severity.
      ...(partner || rule.codeAlso === true ? {} : { severity: 'error' as const }),
    });
  }
});
