import { findingsOf, isAffirmed, reducedGrades, toRef } from '../../evidence/index.ts';
import type { EvidenceRef } from '../../types.ts';
import { suggestionsFor } from '../support/codes.ts';
import { defineRule } from '../support/define-rule.ts';
import { codeParam, hintText, stringParam, wordsParam } from '../support/params.ts';
import { suggestionsForFamily } from '../support/specific-codes.ts';

export default defineRule('localized-weakness', {
  check(ctx) {
    // Words of a weakness mention that make it one-sided (hemiparesis) rather than one limb or muscle
    // group, and words that make it two-sided (both legs): pack data.
    const oneSideWords = wordsParam(ctx, 'oneSideWords');
    const bothSidesWords = wordsParam(ctx, 'bothSidesWords');
    const weakness = findingsOf(ctx.findings, 'weakness').filter(isAffirmed);
    const generalizedWeakness = weakness.some((w) => w.attributes.distribution === 'generalized');
    const grades = reducedGrades(ctx.findings);
    const gradesGeneral = grades.some((g) => g.attributes.laterality === 'bilateral' || g.attributes.laterality === undefined);
    // One limb, one side or one muscle group; weakness of both legs or both hands is neither
    // generalized nor one limb, so it is left to the clinician.
    const focalWeakness = weakness.filter(
      (w) => w.attributes.distribution === 'focal' && w.attributes.laterality !== 'bilateral' && !bothSidesWords.test(w.text),
    );
    const unilateralGrades = grades.filter((g) => g.attributes.laterality === 'left' || g.attributes.laterality === 'right');
    if (generalizedWeakness || gradesGeneral) return;
    // Documented as focal: a focal weakness statement; one-sided grades support it but alone are not enough.
    if (focalWeakness.length === 0) return;
    const focal: EvidenceRef[] = [...focalWeakness, ...unilateralGrades].map(toRef).sort((a, b) => a.start - b.start);
    const oneSided = focalWeakness.filter((w) => oneSideWords.test(w.text) || w.attributes.site === 'side');
    const oneSide = oneSided.length > 0;
    const sides = new Set(oneSided.map((w) => w.attributes.laterality).filter((l) => l === 'left' || l === 'right'));
    const side = sides.size === 1 ? ([...sides][0] as 'left' | 'right') : null;
    for (const code of ctx.chosen(ctx.meta.codes)) {
      ctx.report({
        messageId: 'focal',
        data: { code: code.code, focal: focal[0]!.text },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: focal,
        suggestedCodes: oneSide
          ? suggestionsForFamily(ctx, codeParam(ctx, 'oneSidedFamily'), side, stringParam(ctx, 'reasonOneSided'))
          : suggestionsFor(ctx.lexicon, codeParam(ctx, 'focalSign'), stringParam(ctx, 'reasonFocal')),
        documentationHint: hintText(ctx, 'focal'),
      });
    }
  },
});
