import { findingsOf, isPatientFact, reducedGrades, toRef } from '../../evidence/index.ts';
import type { FindingOf } from '../../types.ts';
import { suggestionsFor } from '../support/codes.ts';
import { conflictFor } from '../support/conflicts.ts';
import { defineRule } from '../support/define-rule.ts';
import type { RuleContext } from '../support/define-rule.ts';
import { codeParam, hintText, numberParam, stringParam, stringsParam } from '../support/params.ts';

function coversMultipleGroups(ctx: RuleContext, grades: FindingOf<'strength-grade'>[]): boolean {
  const sites = new Set(grades.flatMap((g) => g.attributes.sites.map((s) => s.toLowerCase())));
  if (sites.size >= 2 || grades.some((g) => g.attributes.laterality === 'bilateral')) return true;
  // Anatomy regions (lexicon/anatomy) that name several muscle groups at once ("proximal", "all extremities").
  const multiRegions = new Set(stringsParam(ctx, 'multiGroupRegions'));
  const anatomy = ctx.lexicon.data.anatomy.sites;
  return [...sites].some((s) => {
    const def = anatomy.find((a) => a.id.toLowerCase() === s || a.terms.some((t) => t.toLowerCase() === s));
    return def?.region !== undefined && multiRegions.has(def.region);
  });
}

export default defineRule('objective-weakness-on-r53.1', {
  check(ctx) {
    const suggest = codeParam(ctx, 'suggest');
    if (ctx.codes.some((c) => c.code === suggest)) return;
    const maxGrade = numberParam(ctx, 'maxGrade');
    const grades = reducedGrades(ctx.findings).filter((g) => g.attributes.grade !== null && g.attributes.grade <= maxGrade);
    if (grades.length === 0 || !coversMultipleGroups(ctx, grades)) return;
    const etiology = ctx.evidence(stringParam(ctx, 'etiology'));
    const emg = findingsOf(ctx.findings, 'electrodiagnostic').filter((f) => isPatientFact(f) && f.attributes.abnormal === true);
    if (!etiology.met && emg.length === 0) return;
    for (const code of ctx.chosen(ctx.meta.codes)) {
      // Never suggest a code next to what its Excludes1 names (M62.81: sarcopenia, drug-induced or alcoholic myopathy).
      if (conflictFor(ctx, suggest, code.code)) continue;
      ctx.report({
        messageId: 'objective',
        data: { grade: grades[0]!.text },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: [...grades.map(toRef), ...etiology.evidence, ...emg.map(toRef)],
        suggestedCodes: suggestionsFor(ctx.lexicon, suggest, stringParam(ctx, 'reason')),
        documentationHint: hintText(ctx, 'objective'),
      });
    }
  },
});
