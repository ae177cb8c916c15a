/**
 * possible-traumatic-rhabdomyolysis: rhabdomyolysis is documented with an injury mechanism or a long
 * lie, the provider has not said whether it is traumatic, and no traumatic code is chosen. Sources
 * disagree whether compression after a fall is "traumatic", so the engine never chooses between the
 * codes: it asks (a possible-dx with a query, no suggested code). Custom only because no generic kind
 * reports a possible-dx from evidence rather than from lab values; everything clinical is `params`:
 * `when` (a pack evidence id: the documented rhabdomyolysis with its mechanism, and no stated type),
 * `unlessCoded` (codes that already answer the question) and `query` (the template).
 */
import { defineRule } from '../support/define-rule.ts';
import { refCovers } from '../support/codes.ts';

interface Params {
  when: string;
  unlessCoded: string[];
  query: string;
}

export default defineRule('possible-traumatic-rhabdomyolysis', {
  check(ctx) {
    const params = ctx.meta.params as unknown as Params;
    if (ctx.codes.some((c) => params.unlessCoded.some((r) => refCovers(r, c.code)))) return;
    const support = ctx.evidence(params.when);
    if (!support.met) return;
    const first = [...support.evidence].sort((a, b) => a.start - b.start)[0]!;
    ctx.report({
      messageId: 'ask',
      data: { documented: first.text },
      code: null,
      span: { start: first.start, end: first.end },
      evidence: support.evidence,
      documentationHint: ctx.meta.hints.ask ?? null,
      query: { template: params.query, indicators: support.evidence },
    });
  },
});
