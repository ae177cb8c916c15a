import { diagnosisCodes, diagnosisDef, findingsOf, isConfirmedInSetting, isCurrentMention, toRef, inConceptSet } from '../../evidence/index.ts';
import type { FindingOf } from '../../types.ts';
import { inCodeSet, refCovers, suggestionsFor } from '../support/codes.ts';
import { defineRule, type RuleContext } from '../support/define-rule.ts';
import { integralConcepts } from '../support/integral.ts';
import { isConfirmedCode } from '../support/coded-condition.ts';
import { codesParam, hintText, recordParam, stringParam } from '../support/params.ts';
import { anchorRefsInTextOrder } from '../support/anchors.ts';

/** Abnormal labs of this note that the lexicon says suggest the diagnosis (TSH high for hypothyroidism). */
function supportingLabs(ctx: RuleContext, dx: FindingOf<'diagnosis'>): FindingOf<'lab'>[] {
  const signs = diagnosisDef(ctx, dx)?.suggestedBy ?? [];
  return findingsOf(ctx.findings, 'lab').filter(
    (l) => isCurrentMention(l) && signs.some((s) => s.analyte === l.attributes.analyte && s.flag === l.attributes.flag),
  );
}

function symptomWord(ctx: RuleContext, words: Record<string, string>, code: string): string {
  const word = words[code];
  if (word === undefined) throw new Error(`rule ${ctx.meta.id}: params.symptomWords has no word for ${code}`);
  return word;
}

export default defineRule('symptom-with-definitive-dx', {
  check(ctx) {
    const linked = new Set<number>();
    for (const link of findingsOf(ctx.findings, 'cause-link')) {
      if (isCurrentMention(link) && link.attributes.diagnosisId !== null) linked.add(link.attributes.diagnosisId);
    }
    const family = stringParam(ctx, 'family');
    const weaknessCodes = codesParam(ctx, 'weaknessCodes');
    // What each symptom code is called in the query ("weakness", "fatigue").
    const symptomWords = recordParam(ctx, 'symptomWords');
    for (const code of ctx.chosen(ctx.meta.codes)) {
      // The symptom is routinely part of a confirmed diagnosis that is also chosen (F32.1 beside "fatigue due
      // to depression"): symptom-integral-to-dx says drop the symptom (I.B.5), whichever mention the link names.
      if (ctx.codes.some((dx) => dx !== code && integralConcepts(ctx, dx.code, code.code).length > 0 && isConfirmedCode(ctx, dx))) continue;
      const isWeaknessCode = weaknessCodes.includes(code.code);
      const causes = findingsOf(ctx.findings, 'diagnosis').filter((f) => {
        if (!isConfirmedInSetting(f, ctx.options)) return false;
        // Better-code rules own the weakness family (sarcopenia, frailty) and, for weakness codes, neurological causes.
        if (diagnosisCodes(ctx, f).some((c) => inCodeSet(ctx.lexicon, family, c))) return false;
        if (isWeaknessCode && inConceptSet(ctx, 'neurologic-causes', f)) return false;
        return linked.has(f.id) || inConceptSet(ctx, 'explains-weakness', f);
      });
      if (causes.length === 0) continue;
      const cause: FindingOf<'diagnosis'> = causes.find((f) => linked.has(f.id)) ?? causes[0]!;
      const causeCodes = diagnosisCodes(ctx, cause);
      const chosenCause = ctx.codes.find((c) => causeCodes.some((dc) => refCovers(dc, c.code)));
      const symptomIndex = ctx.codes.indexOf(code);
      if (chosenCause && ctx.codes.indexOf(chosenCause) < symptomIndex) continue;
      // A cause whose code carries "code first" notes is sequenced after its manifestation by convention (U09.9 after the specific condition).
      if (chosenCause && (ctx.lexicon.codes.get(chosenCause.code)?.codeFirst.length ?? 0) > 0) continue;
      const suggested = causeCodes.flatMap((c) => suggestionsFor(ctx.lexicon, c, stringParam(ctx, 'reason', { text: cause.text })));
      ctx.report({
        messageId: chosenCause ? 'reorder' : linked.has(cause.id) ? 'codeFirst' : 'explains',
        data: {
          code: code.code,
          diagnosis: `"${cause.text}"`,
          suggested: suggested.map((s) => s.code).join(' or ') || causeCodes.join(', '),
          dxCode: chosenCause?.code ?? '',
        },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: causes.map(toRef),
        suggestedCodes: suggested,
        // Both conditions are documented, so a yes/no query may ask about the link (never for sequencing alone).
        query: linked.has(cause.id) || chosenCause
          ? null
          : {
              code: code.code,
              indicators: [...supportingLabs(ctx, cause).map(toRef), ...anchorRefsInTextOrder(ctx), toRef(cause)],
              fill: { symptom: symptomWord(ctx, symptomWords, code.code), cause: cause.text.toLowerCase() },
            },
        documentationHint: hintText(ctx, 'codeFirst'),
      });
    }
  },
});
