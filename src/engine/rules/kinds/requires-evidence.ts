/**
 * Generic rule kind requires-evidence: a chosen code whose pack says it needs evidence (a named
 * predicate of the pack's `evidence`) that the note does not supply. The diagnostic quotes the
 * rule's indicators (default: the pack's anchors), carries the documentation hint (the rule's, else
 * the code's checklist item) and asks for a query; evidence that contradicts the code
 * (`contradictedBy`) raises the severity one step. A code may have its own requirement
 * (`evidenceByCode`: a milder grade that needs less).
 */
import { defineKind } from '../support/define-rule.ts';
import { anchorRefs } from '../support/anchors.ts';
import { refCovers } from '../support/codes.ts';

export default defineKind('requires-evidence', (def) => (ctx) => {
  for (const code of ctx.chosen(ctx.meta.codes)) {
    // A code with its own requirement (`evidenceByCode`), else the rule's.
    const required = def.evidenceByCode?.find((e) => e.codes.some((r) => refCovers(r, code.code)))?.evidence ?? def.evidence;
    if (ctx.evidence(required).met) continue;
    const evidence = def.indicators !== undefined ? ctx.evidence(def.indicators).evidence : anchorRefs(ctx);
    const contradicted = def.contradictedBy !== undefined && ctx.evidence(def.contradictedBy).met;
    const checklist = ctx.lexicon.codes.get(code.code)?.requires.find((r) => r.evidence === required);
    ctx.report({
      messageId: contradicted ? 'contradicted' : 'missing',
      // Packs that serve several codes with one rule name the chosen one in their message.
      data: { code: code.code, title: code.title ?? code.code },
      code: code.code,
      span: ctx.spanFor(code),
      evidence: contradicted ? [...evidence, ...ctx.evidence(def.contradictedBy!).evidence] : evidence,
      documentationHint: def.hint ?? checklist?.hint ?? null,
      query: { code: code.code, indicators: evidence },
      ...(contradicted ? { raise: true } : {}),
    });
  }
});
