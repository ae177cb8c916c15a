import { findingsOf, isAffirmed, reducedGrades, toRef } from '../evidence.ts';
import type { EvidenceRef } from '../types.ts';
import { suggestionsFor, WEAKNESS_CODES } from './support/codes.ts';
import { defineRule } from './support/define-rule.ts';

/** Weakness of one side of the body (hemiparesis) rather than one limb or muscle group. */
const ONE_SIDE = /\b(?:hemi\w*|side|sided)\b/i;
const BOTH_SIDES = /\b(?:both|bilateral\w*|legs|arms|hands|feet|extremities|limbs)\b/i;

export default defineRule({
  meta: {
    id: 'localized-weakness',
    kind: 'better-code',
    severity: 'error',
    codes: [...WEAKNESS_CODES],
    description:
      'A generalized-weakness code while the note documents focal weakness only (one limb, one side, hemiparesis, a single muscle group) and nothing generalized.',
    sources: [
      'ICD-10-CM FY2026 tabular: M62.81 "Muscle weakness (generalized)"; R53.1 "Weakness" (asthenia)',
      'ICD-10-CM FY2021 tabular: G81 Hemiplegia and hemiparesis; R29.898 other symptoms and signs involving the musculoskeletal system',
      'rules.md: localized-weakness',
    ],
    messages: {
      focal: '{code} describes generalized weakness, but the note documents focal weakness only ("{focal}").',
    },
  },
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
    const oneSide = focalWeakness.some((w) => ONE_SIDE.test(w.text) || w.attributes.site === 'side');
    for (const code of ctx.chosen(WEAKNESS_CODES)) {
      ctx.report({
        messageId: 'focal',
        data: { code: code.code, focal: focal[0]!.text },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: focal,
        suggestedCodes: oneSide
          ? suggestionsFor(ctx.lexicon, 'G81.9', 'one-sided weakness (hemiparesis) of unstated cause; after a stroke use I69.35- instead')
          : suggestionsFor(ctx.lexicon, 'R29.898', 'weakness of one limb or muscle group as a sign, when its cause is not yet known'),
        documentationHint:
          'Code the focal weakness by its cause when known (e.g. "Right hemiparesis due to left MCA stroke"); if the weakness is in fact generalized, document it: "Generalized weakness, 4/5 in all four extremities."',
      });
    }
  },
});
