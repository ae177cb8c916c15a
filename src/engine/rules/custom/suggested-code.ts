import { diagnosisCodes, diagnosisDef, findingsOf, isAffirmed, isConfirmedInSetting, isCurrentMention, toRef, inConceptSet } from '../../evidence.ts';
import type { Finding, SuggestedCode } from '../../types.ts';
import { excludes1Ref, isWeaknessFamily, refCovers, suggestionsFor } from '../support/codes.ts';
import { defineRule } from '../support/define-rule.ts';
import { resolutionWording } from '../support/coded-condition.ts';
import { safeSuggestions } from '../support/safe-suggestions.ts';
import { suggestionsForFinding } from '../support/specific-codes.ts';
import { uniqueBy } from '../support/unique.ts';

export default defineRule('suggested-code', {
  check(ctx) {
    if (ctx.codes.some((c) => isWeaknessFamily(c.code))) return;
    // A symptom its own sentence says went away ("weakness ... which resolved with the flu") is not today's.
    const current = (f: Finding) => isAffirmed(f) && !resolutionWording(ctx, f);
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
      (f) => inConceptSet(ctx, 'explains-weakness', f) && ctx.codes.some((c) => diagnosisCodes(ctx, f).some((dc) => refCovers(dc, c.code))),
    );
    if (explained) return;
    const cause = diagnoses.find(
      (f) => !diagnosisCodes(ctx, f).some(isWeaknessFamily) && (linkedIds.has(f.id) || inConceptSet(ctx, 'neurologic-causes', f)),
    );
    if (cause) {
      const codes = diagnosisCodes(ctx, cause);
      if (ctx.codes.some((c) => codes.some((dc) => refCovers(dc, c.code)))) return;
      // Side, dominance and sequela (hemiparesis after a past stroke: I69.35-) from the lexicon; only safe codes.
      const suggested = safeSuggestions(ctx, null, suggestionsForFinding(ctx, cause, `documented cause: "${cause.text}"`));
      if (suggested.length === 0) return;
      ctx.report({
        messageId: linkedIds.has(cause.id) ? 'cause' : 'neurologic',
        data: { what, cause: `"${cause.text}"`, codes: suggested.map((s) => s.code).join(', ') },
        code: null,
        span,
        evidence: [toRef(first), toRef(cause)],
        suggestedCodes: suggested,
        documentationHint: 'Keep the link explicit, e.g. "Weakness due to hypokalemia (K 2.9)."',
      });
      return;
    }

    const withCode = (code: string) => diagnoses.filter((f) => diagnosisCodes(ctx, f).some((c) => refCovers(c, code)));
    let suggested: SuggestedCode[];
    let evidence = [...weakness, ...fatigue].map(toRef);
    const namesDocumented = named.filter((f) => {
      const symptom = diagnosisDef(ctx, f)!.namesSymptom;
      return symptom === 'fatigue' ? weakness.length === 0 : true;
    });
    // A documented myopathy that M62.81's Excludes1 names (alcoholic G72.1, drug-induced G72.0) is coded instead of M62.81.
    const excludedMyopathies = diagnoses.filter(
      (f) => inConceptSet(ctx, 'msk-etiologies', f) && diagnosisCodes(ctx, f).some((c) => excludes1Ref(ctx.lexicon.codes.get('M62.81'), c) !== null),
    );
    if (namesDocumented.length > 0) {
      suggested = namesDocumented.flatMap((f) => suggestionsForFinding(ctx, f, `documented: "${f.text}"`));
      evidence = [...evidence, ...namesDocumented.map(toRef)];
    } else if (withCode('M62.84').length > 0) {
      suggested = suggestionsFor(ctx.lexicon, 'M62.84', `sarcopenia documented: "${withCode('M62.84')[0]!.text}"`);
      evidence = [...evidence, ...withCode('M62.84').map(toRef)];
    } else if (weakness.some((w) => w.attributes.ageRelated) || withCode('R54').length > 0) {
      suggested = suggestionsFor(ctx.lexicon, 'R54', 'weakness attributed to age or frailty');
      evidence = [...evidence, ...withCode('R54').map(toRef)];
    } else if (weakness.length > 0 && weakness.every((w) => w.attributes.distribution === 'focal')) {
      suggested = suggestionsFor(ctx.lexicon, 'R29.898', 'focal weakness of unknown cause; R53.1 and M62.81 describe generalized weakness');
    } else if (weakness.length > 0 && excludedMyopathies.length > 0) {
      suggested = excludedMyopathies.flatMap((f) => suggestionsForFinding(ctx, f, `documented: "${f.text}" (M62 Excludes1: not M62.81)`));
      evidence = [...evidence, ...excludedMyopathies.map(toRef)];
    } else if (weakness.length > 0 && ctx.evidence('reduced-strength').met && ctx.evidence('msk-etiology').met) {
      suggested = suggestionsFor(ctx.lexicon, 'M62.81', 'measured strength deficit with a musculoskeletal cause');
      evidence = [...evidence, ...ctx.evidence('reduced-strength').evidence, ...ctx.evidence('msk-etiology').evidence];
    } else if (weakness.length > 0) {
      suggested = suggestionsFor(
        ctx.lexicon,
        'R53.1',
        ctx.evidence('reduced-strength').met
          ? 'weakness with a measured deficit but no musculoskeletal cause documented (M62.81 needs one)'
          : 'weakness without a measured strength deficit (M62.81 needs a graded exam)',
      );
    } else {
      suggested = suggestionsFor(ctx.lexicon, 'R53.83', 'fatigue, tiredness or low energy without weakness');
    }
    suggested = safeSuggestions(ctx, null, suggested);
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
      documentationHint: 'Add the code with the assessment, e.g. "Assessment: Generalized weakness (R53.1), workup in progress."',
    });
  },
});
