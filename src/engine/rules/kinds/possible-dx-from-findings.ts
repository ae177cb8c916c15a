/**
 * Generic rule kind possible-dx-from-findings: findings (not lab values) that suggest a diagnosis
 * nobody documented or coded, such as a bedbound, totally dependent patient with advanced dementia and no
 * mobility diagnosis. Silent when anything in `unless` holds (another explanation, a temporary state)
 * or the diagnosis is documented or one of its codes is chosen. Offers the pack's query, and the
 * codes unless `suggestCodes: false` (the answer decides between codes the engine must not choose).
 * `warningWhen` evidence (the condition is already being treated) makes it a warning, never above warning.
 */
import { defineKind } from '../support/define-rule.ts';
import { refCovers, suggestionsFor } from '../support/codes.ts';

export default defineKind('possible-dx-from-findings', (def) => (ctx) => {
  if (ctx.codes.some((c) => def.suggest.some((r) => refCovers(r, c.code)))) return;
  const found = ctx.evidence(def.when);
  if (!found.met) return;
  if (def.unless.some((id) => ctx.evidence(id).met)) return;
  if (def.documentedBy !== undefined && ctx.evidence(def.documentedBy).met) return;
  const evidence = [...found.evidence].sort((a, b) => a.start - b.start);
  const first = evidence[0]!;
  ctx.report({
    messageId: 'possible',
    data: { documented: first.text },
    code: null,
    span: { start: first.start, end: first.end },
    evidence,
    suggestedCodes: def.suggestCodes ? def.suggest.flatMap((c) => suggestionsFor(ctx.lexicon, c, def.reason)) : [],
    documentationHint: ctx.meta.hints.possible ?? null,
    query: { template: def.query, indicators: evidence },
    ...((def.warningWhen ?? []).some((id) => ctx.evidence(id).met) ? { severity: 'warning' as const } : {}),
  });
});
