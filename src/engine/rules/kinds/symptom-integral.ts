import { diagnosisCodes, findingsOf, isAffirmed, toRef } from '../../evidence/index.ts';
import type { ChosenCode, EvidenceRef } from '../../types.ts';
import { isConfirmedCode } from '../support/coded-condition.ts';
import { defineKind, type RuleContext, type RuleDefOf } from '../support/define-rule.ts';
import { integralConcepts, integralSymptomCodes } from '../support/integral.ts';
import { optionalHint } from '../support/params.ts';
import { codeRef } from '../support/requirement.ts';
import { refCovers } from '../support/codes.ts';

/** The sentence of the symptom code says the symptom is not part of a diagnosis ("not related to", "out of proportion to"). */
function saidUnrelated(ctx: RuleContext, symptom: ChosenCode): boolean {
  if (symptom.start === undefined) return false;
  const finding = ctx.findings.find((f) => f.type === 'icd10-code' && f.start === symptom.start);
  const s = finding ? ctx.doc.sentences[finding.sentence] : undefined;
  return s !== undefined && ctx.lexicon.unrelatedCues.someIn(ctx.doc.tokens, s.firstToken, s.endToken);
}

type Pairs = NonNullable<RuleDefOf<'symptom-integral'>['pairs']>;

/** Whether `symptom` is integral to `dx`: by the rule's own pairs, else by lexicon/diagnoses.yaml. */
function isIntegral(ctx: RuleContext, pairs: Pairs | undefined, dx: string, symptom: string): boolean {
  if (pairs) {
    return pairs.some(
      (p) => p.symptoms.some((s) => refCovers(s, symptom)) && p.diagnoses.some((d) => refCovers(d, dx)) && (p.when === undefined || ctx.evidence(p.when).met),
    );
  }
  return integralConcepts(ctx, dx, symptom).length > 0;
}

export default defineKind('symptom-integral', (def) => (ctx) => {
  const pairs = def.pairs;
  const isSymptom = pairs ? (code: string) => pairs.some((p) => p.symptoms.some((s) => refCovers(s, code))) : (code: string) => integralSymptomCodes(ctx).has(code);
  for (const symptom of ctx.codes.filter((c) => isSymptom(c.code))) {
    // "Fatigue R53.83 - not related to her hypothyroidism": the provider separates them (Guideline I.B.6).
    if (saidUnrelated(ctx, symptom)) continue;
    for (const dx of ctx.codes) {
      if (dx === symptom) continue;
      if (!isIntegral(ctx, pairs, dx.code, symptom.code) || !isConfirmedCode(ctx, dx)) continue;
      // The documented diagnosis itself (values that confirm it are in the other rules' evidence).
      const mentions: EvidenceRef[] = findingsOf(ctx.findings, 'diagnosis')
        .filter((f) => isAffirmed(f) && diagnosisCodes(ctx, f).some((c) => refCovers(c, dx.code)))
        .map(toRef);
      ctx.report({
        messageId: 'integral',
        data: { symptom: symptom.code, symptomTitle: symptom.title ?? symptom.code, dx: dx.code, dxTitle: dx.title ?? dx.code },
        code: symptom.code,
        span: ctx.spanFor(symptom),
        evidence: [...codeRef(ctx, symptom), ...codeRef(ctx, dx), ...mentions].sort((a, b) => a.start - b.start),
        documentationHint: optionalHint(ctx, 'integral', { dx: dx.code, symptom: symptom.code, dxCondition: (dx.title ?? dx.code).toLowerCase() }),
      });
      break;
    }
  }
});
