import { diagnosisCodedBy, diagnosisCodes, diagnosisDef, findingsOf, isAffirmed, isConfirmedInSetting, isCurrentMention, toRef, inConceptSet } from '../../evidence/index.ts';
import { isProviderText } from '../../evidence/authors.ts';
import type { Finding, SuggestedCode } from '../../types.ts';
import { excludes1Ref, inCodeSet, refCovers, suggestionsFor } from '../support/codes.ts';
import { defineRule } from '../support/define-rule.ts';
import { codeParam, hintText, stringParam } from '../support/params.ts';
import { resolutionWording } from '../support/coded-condition.ts';
import { safeSuggestions } from '../support/safe-suggestions.ts';
import { suggestionsForFinding } from '../support/specific-codes.ts';
import { uniqueBy } from '../support/unique.ts';

export default defineRule('suggested-code', {
  check(ctx) {
    // The code family whose codes this rule suggests (pack `codeSets`): one of them chosen, the symptom is coded.
    const family = stringParam(ctx, 'family');
    const inFamily = (code: string) => inCodeSet(ctx.lexicon, family, code);
    if (ctx.codes.some((c) => inFamily(c.code))) return;
    // A symptom its own sentence says went away ("weakness ... which resolved with the flu") is not today's.
    // Codes come from the provider's documentation: a dietitian's "grip weak" or a therapist's
    // "fatigues easily" is an indicator, not a documented symptom to code (Guideline I.B.14).
    const authored = { findings: ctx.findings, sections: ctx.doc.sections };
    const current = (f: Finding) => isAffirmed(f) && !resolutionWording(ctx, f) && isProviderText(authored, f.start);
    const weakness = findingsOf(ctx.findings, 'weakness').filter(current);
    const fatigue = findingsOf(ctx.findings, 'fatigue').filter(current);
    const diagnoses = findingsOf(ctx.findings, 'diagnosis').filter((f) => isConfirmedInSetting(f, ctx.options));
    // A diagnosis term that names the symptom with its own code ("cancer-related fatigue": R53.0).
    const named = diagnoses.filter((f) => isAffirmed(f) && diagnosisDef(ctx, f)?.namesSymptom !== undefined);
    const first = [...weakness, ...fatigue, ...named].sort((a, b) => a.start - b.start)[0];
    if (!first) return;
    const what =
      weakness.length > 0 ? `weakness ("${weakness[0]!.text}")` : fatigue.length > 0 ? `fatigue ("${fatigue[0]!.text}")` : `"${named[0]!.text}"`;
    const span = { start: first.start, end: first.end };

    // A cause linked by "due to" (or a neurological cause) is coded instead of the symptom.
    const linkedIds = new Set(
      findingsOf(ctx.findings, 'cause-link').filter(isCurrentMention).map((l) => l.attributes.diagnosisId).filter((id): id is number => id !== null),
    );
    // A chosen code for a documented condition that explains the symptom already codes it (Guidelines I.B.5).
    const explained = diagnoses.some(
      (f) => inConceptSet(ctx, 'explains-weakness', f) && ctx.codes.some((c) => diagnosisCodedBy(ctx, f).some((dc) => refCovers(dc, c.code))),
    );
    if (explained) return;
    const cause = diagnoses.find(
      (f) => !diagnosisCodes(ctx, f).some(inFamily) && (linkedIds.has(f.id) || inConceptSet(ctx, 'neurologic-causes', f)),
    );
    if (cause) {
      const codes = diagnosisCodes(ctx, cause);
      if (ctx.codes.some((c) => codes.some((dc) => refCovers(dc, c.code)))) return;
      // Side, dominance and sequela (hemiparesis after a past stroke: I69.35-) from the lexicon; only safe codes.
      const suggested = safeSuggestions(ctx, null, suggestionsForFinding(ctx, cause, stringParam(ctx, 'reasonCause', { text: cause.text })));
      if (suggested.length === 0) return;
      ctx.report({
        messageId: linkedIds.has(cause.id) ? 'cause' : 'neurologic',
        data: { what, cause: `"${cause.text}"`, codes: suggested.map((s) => s.code).join(', ') },
        code: null,
        span,
        evidence: [toRef(first), toRef(cause)],
        suggestedCodes: suggested,
        documentationHint: hintText(ctx, 'cause'),
      });
      return;
    }

    const weaknessCode = codeParam(ctx, 'weakness');
    const muscleWeakness = codeParam(ctx, 'muscleWeakness');
    const sarcopenia = codeParam(ctx, 'sarcopenia');
    const ageRelated = codeParam(ctx, 'ageRelated');
    const withCode = (code: string) => diagnoses.filter((f) => diagnosisCodes(ctx, f).some((c) => refCovers(c, code)));
    let suggested: SuggestedCode[];
    let evidence = [...weakness, ...fatigue].map(toRef);
    const namesDocumented = named.filter((f) => {
      const symptom = diagnosisDef(ctx, f)!.namesSymptom;
      return symptom === 'fatigue' ? weakness.length === 0 : true;
    });
    // A documented myopathy that M62.81's Excludes1 names (alcoholic G72.1, drug-induced G72.0) is coded instead of M62.81.
    const excludedMyopathies = diagnoses.filter(
      (f) => inConceptSet(ctx, 'msk-etiologies', f) && diagnosisCodes(ctx, f).some((c) => excludes1Ref(ctx.lexicon.codes.get(muscleWeakness), c) !== null),
    );
    if (namesDocumented.length > 0) {
      suggested = namesDocumented.flatMap((f) => suggestionsForFinding(ctx, f, stringParam(ctx, 'reasonNamed', { text: f.text })));
      evidence = [...evidence, ...namesDocumented.map(toRef)];
    } else if (withCode(sarcopenia).length > 0) {
      suggested = suggestionsFor(ctx.lexicon, sarcopenia, stringParam(ctx, 'reasonSarcopenia', { text: withCode(sarcopenia)[0]!.text }));
      evidence = [...evidence, ...withCode(sarcopenia).map(toRef)];
    } else if (weakness.some((w) => w.attributes.ageRelated) || withCode(ageRelated).length > 0) {
      suggested = suggestionsFor(ctx.lexicon, ageRelated, stringParam(ctx, 'reasonAgeRelated'));
      evidence = [...evidence, ...withCode(ageRelated).map(toRef)];
    } else if (weakness.length > 0 && weakness.every((w) => w.attributes.distribution === 'focal')) {
      suggested = suggestionsFor(ctx.lexicon, codeParam(ctx, 'focalSign'), stringParam(ctx, 'reasonFocal', { weakness: weaknessCode, muscleWeakness }));
    } else if (weakness.length > 0 && excludedMyopathies.length > 0) {
      suggested = excludedMyopathies.flatMap((f) => suggestionsForFinding(ctx, f, stringParam(ctx, 'reasonExcludedMyopathy', { text: f.text })));
      evidence = [...evidence, ...excludedMyopathies.map(toRef)];
    } else if (weakness.length > 0 && ctx.evidence('reduced-strength').met && ctx.evidence('msk-etiology').met) {
      suggested = suggestionsFor(ctx.lexicon, muscleWeakness, stringParam(ctx, 'reasonMuscleWeakness'));
      evidence = [...evidence, ...ctx.evidence('reduced-strength').evidence, ...ctx.evidence('msk-etiology').evidence];
    } else if (weakness.length > 0) {
      suggested = suggestionsFor(
        ctx.lexicon,
        weaknessCode,
        stringParam(ctx, ctx.evidence('reduced-strength').met ? 'reasonWeaknessNoCause' : 'reasonWeaknessNoExam', { muscleWeakness }),
      );
    } else {
      suggested = suggestionsFor(ctx.lexicon, codeParam(ctx, 'fatigue'), stringParam(ctx, 'reasonFatigue'));
    }
    // A suggested code already chosen (the focal sign R29.898 for a one-limb weakness) codes the symptom.
    suggested = safeSuggestions(ctx, null, suggested).filter((s) => !ctx.codes.some((c) => c.code === s.code));
    // Unprompted advice must be right or absent.
    if (suggested.length === 0) return;
    ctx.report({
      messageId: 'suggest',
      data: { what, codes: suggested.map((s) => `${s.code} (${s.title})`).join(' or ') },
      code: null,
      span,
      evidence: uniqueBy(
        evidence.sort((a, b) => a.start - b.start),
        (e) => `${e.start}:${e.end}`,
      ),
      suggestedCodes: suggested,
      documentationHint: hintText(ctx, 'suggest'),
    });
  },
});
