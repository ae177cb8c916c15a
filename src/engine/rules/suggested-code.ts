import { diagnosisCodes, diagnosisDef, findingsOf, isAffirmed, isConfirmedInSetting, isCurrentMention, toRef } from '../evidence.ts';
import type { SuggestedCode } from '../types.ts';
import { isWeaknessFamily, refCovers, suggestionsFor } from './support/codes.ts';
import { defineRule } from './support/define-rule.ts';

export default defineRule({
  meta: {
    id: 'suggested-code',
    kind: 'better-code',
    severity: 'info',
    codes: [],
    description:
      'The note mentions weakness or fatigue and no code of the weakness family is chosen: says which code the documentation supports (R53.1, M62.81, R54, R53.83, M62.84, or the documented cause) and why.',
    sources: ['rules.md: codes in scope and suggested-code', 'ICD-10-CM FY2026 tabular: R53-R54, M62.8 (excerpts)', 'ICD-10-CM Official Guidelines FY2026 Section I.B.4-5'],
    messages: {
      suggest: 'The note documents {what} and no weakness or fatigue code is chosen: the documentation supports {codes}.',
      cause: 'The note documents {what} due to {cause}: code the cause ({codes}) rather than the symptom.',
      neurologic: 'The note documents {what} with {cause}, a neurological condition that explains it: code the condition ({codes}).',
    },
  },
  check(ctx) {
    if (ctx.codes.some((c) => isWeaknessFamily(c.code))) return;
    const weakness = findingsOf(ctx.findings, 'weakness').filter(isAffirmed);
    const fatigue = findingsOf(ctx.findings, 'fatigue').filter(isAffirmed);
    const first = [...weakness, ...fatigue].sort((a, b) => a.start - b.start)[0];
    if (!first) return;
    const what = weakness.length > 0 ? `weakness ("${weakness[0]!.text}")` : `fatigue ("${fatigue[0]!.text}")`;
    const diagnoses = findingsOf(ctx.findings, 'diagnosis').filter((f) => isConfirmedInSetting(f, ctx.options));
    const span = { start: first.start, end: first.end };

    // A cause linked by "due to" (or a neurological cause) is coded instead of the symptom.
    const linkedIds = new Set(
      findingsOf(ctx.findings, 'cause-link').filter(isCurrentMention).map((l) => l.attributes.diagnosisId).filter((id): id is number => id !== null),
    );
    // A chosen code for a documented condition that explains the symptom already codes it (Guidelines I.B.5).
    const explained = diagnoses.some(
      (f) => diagnosisDef(ctx, f)?.explainsWeakness === true && ctx.codes.some((c) => diagnosisCodes(ctx, f).some((dc) => refCovers(dc, c.code))),
    );
    if (explained) return;
    const cause = diagnoses.find(
      (f) => !diagnosisCodes(ctx, f).some(isWeaknessFamily) && (linkedIds.has(f.id) || diagnosisDef(ctx, f)?.neurologic === true),
    );
    if (cause) {
      const codes = diagnosisCodes(ctx, cause);
      if (ctx.codes.some((c) => codes.some((dc) => refCovers(dc, c.code)))) return;
      const suggested = codes.flatMap((c) => suggestionsFor(ctx.lexicon, c, `documented cause: "${cause.text}"`));
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
    if (withCode('M62.84').length > 0) {
      suggested = suggestionsFor(ctx.lexicon, 'M62.84', `sarcopenia documented: "${withCode('M62.84')[0]!.text}"`);
      evidence = [...evidence, ...withCode('M62.84').map(toRef)];
    } else if (weakness.some((w) => w.attributes.ageRelated) || withCode('R54').length > 0) {
      suggested = suggestionsFor(ctx.lexicon, 'R54', 'weakness attributed to age or frailty');
      evidence = [...evidence, ...withCode('R54').map(toRef)];
    } else if (weakness.length > 0 && weakness.every((w) => w.attributes.distribution === 'focal')) {
      suggested = suggestionsFor(ctx.lexicon, 'R29.898', 'focal weakness of unknown cause; R53.1 and M62.81 describe generalized weakness');
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
    ctx.report({
      messageId: 'suggest',
      data: { what, codes: suggested.map((s) => `${s.code} (${s.title})`).join(' or ') },
      code: null,
      span,
      evidence: evidence.sort((a, b) => a.start - b.start).filter((e, i, all) => all.findIndex((x) => x.start === e.start && x.end === e.end) === i),
      suggestedCodes: suggested,
      documentationHint: 'Add the code with the assessment, e.g. "Assessment: Generalized weakness (R53.1), workup in progress."',
    });
  },
});
