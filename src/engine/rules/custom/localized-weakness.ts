import { findingsOf, isAffirmed, reducedGrades, toRef } from '../../evidence.ts';
import type { EvidenceRef } from '../../types.ts';
import { suggestionsFor, WEAKNESS_CODES } from '../support/codes.ts';
import { defineRule } from '../support/define-rule.ts';
import { suggestionsForFamily } from '../support/specific-codes.ts';

/** Weakness of one side of the body (hemiparesis) rather than one limb or muscle group. */
const ONE_SIDE = /\b(?:hemi\w*|side|sided)\b/i;
const BOTH_SIDES = /\b(?:both|bilateral\w*|legs|arms|hands|feet|extremities|limbs)\b/i;

export default defineRule('localized-weakness', {
  check(ctx) {
    const weakness = findingsOf(ctx.findings, 'weakness').filter(isAffirmed);
    const generalizedWeakness = weakness.some((w) => w.attributes.distribution === 'generalized');
    const grades = reducedGrades(ctx.findings);
    const gradesGeneral = grades.some((g) => g.attributes.laterality === 'bilateral' || g.attributes.laterality === undefined);
    // One limb, one side or one muscle group; weakness of both legs or both hands is neither
    // generalized nor one limb, so it is left to the clinician.
    const focalWeakness = weakness.filter(
      (w) => w.attributes.distribution === 'focal' && w.attributes.laterality !== 'bilateral' && !BOTH_SIDES.test(w.text),
    );
    const unilateralGrades = grades.filter((g) => g.attributes.laterality === 'left' || g.attributes.laterality === 'right');
    if (generalizedWeakness || gradesGeneral) return;
    // Documented as focal: a focal weakness statement; one-sided grades support it but alone are not enough.
    if (focalWeakness.length === 0) return;
    const focal: EvidenceRef[] = [...focalWeakness, ...unilateralGrades].map(toRef).sort((a, b) => a.start - b.start);
    const oneSided = focalWeakness.filter((w) => ONE_SIDE.test(w.text) || w.attributes.site === 'side');
    const oneSide = oneSided.length > 0;
    const sides = new Set(oneSided.map((w) => w.attributes.laterality).filter((l) => l === 'left' || l === 'right'));
    const side = sides.size === 1 ? ([...sides][0] as 'left' | 'right') : null;
    for (const code of ctx.chosen(WEAKNESS_CODES)) {
      ctx.report({
        messageId: 'focal',
        data: { code: code.code, focal: focal[0]!.text },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: focal,
        suggestedCodes: oneSide
          ? suggestionsForFamily(ctx, 'G81.9', side, 'one-sided weakness (hemiparesis)')
          : suggestionsFor(ctx.lexicon, 'R29.898', 'weakness of one limb or muscle group as a sign, when its cause is not yet known'),
        documentationHint:
          'Code the focal weakness by its cause when known (e.g. "Right hemiparesis due to left MCA stroke"); if the weakness is in fact generalized, document it: "Generalized weakness, 4/5 in all four extremities."',
      });
    }
  },
});
