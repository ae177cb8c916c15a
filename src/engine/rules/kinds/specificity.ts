/**
 * Generic rule kind specificity (better code): the note documents what a more specific or a
 * different code says (a type, a cause, an acuity, a stage), and a less specific code is chosen, or
 * (with no `from` codes) nothing of the family is chosen. Each upgrade names the documentation that
 * supports it (a pack evidence id) and the codes to suggest; the safe-suggestion filter then drops
 * any that would clash with the chosen codes. An upgrade may need a partner code chosen too
 * (`withChosen`), and may offer a query when only the provider can say which code fits (`query`).
 */
import { defineKind } from '../support/define-rule.ts';
import { codeRef } from '../support/requirement.ts';
import { refCovers, suggestionsFor } from '../support/codes.ts';

export default defineKind('specificity', (def) => (ctx) => {
  for (const upgrade of def.upgrades) {
    const from = upgrade.from.length === 0 ? [] : ctx.codes.filter((c) => upgrade.from.some((r) => refCovers(r, c.code)));
    if (upgrade.from.length > 0 && from.length === 0) continue;
    // Already coded: one of the suggested codes is chosen (unless it must replace the `from` code), or a
    // code that makes the upgrade moot.
    if (upgrade.replace !== true && ctx.codes.some((c) => upgrade.suggest.some((r) => refCovers(r, c.code)))) continue;
    if (ctx.codes.some((c) => (upgrade.unlessChosen ?? []).some((r) => refCovers(r, c.code)))) continue;
    if (upgrade.withChosen !== undefined && !ctx.codes.some((c) => upgrade.withChosen!.some((r) => refCovers(r, c.code)))) continue;
    const support = ctx.evidence(upgrade.when);
    if (!support.met) continue;
    const code = from[0] ?? null;
    const quoted = support.evidence[0]?.text ?? '';
    ctx.report({
      messageId: upgrade.message ?? 'better',
      data: { code: code?.code ?? '', title: code?.title ?? '', suggest: upgrade.suggest.join(', '), documented: quoted },
      code: code?.code ?? null,
      span: code ? ctx.spanFor(code) : { start: support.evidence[0]?.start ?? 0, end: support.evidence[0]?.end ?? 0 },
      evidence: [...(code ? codeRef(ctx, code) : []), ...support.evidence],
      suggestedCodes: upgrade.suggest.flatMap((c) => suggestionsFor(ctx.lexicon, c, `${upgrade.reason} (documented: "${quoted}")`)),
      documentationHint: ctx.meta.hints[upgrade.message ?? 'better'] ?? null,
      ...(upgrade.severity !== undefined ? { severity: upgrade.severity } : {}),
      ...(upgrade.query !== undefined ? { query: { template: upgrade.query, code: code?.code ?? null, indicators: support.evidence } } : {}),
    });
  }
});
