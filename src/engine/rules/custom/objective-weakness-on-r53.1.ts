import { findingsOf, isPatientFact, reducedGrades, toRef } from '../../evidence.ts';
import type { FindingOf } from '../../types.ts';
import { suggestionsFor } from '../support/codes.ts';
import { conflictFor } from '../support/conflicts.ts';
import { defineRule } from '../support/define-rule.ts';
import type { RuleContext } from '../support/define-rule.ts';

/** Regions that name several muscle groups at once ("proximal", "all extremities", "lower extremities"). */
const MULTI_REGIONS = new Set(['all', 'proximal', 'distal', 'upper', 'lower']);

function coversMultipleGroups(ctx: RuleContext, grades: FindingOf<'strength-grade'>[]): boolean {
  const sites = new Set(grades.flatMap((g) => g.attributes.sites.map((s) => s.toLowerCase())));
  if (sites.size >= 2 || grades.some((g) => g.attributes.laterality === 'bilateral')) return true;
  const anatomy = ctx.lexicon.data.anatomy.sites;
  return [...sites].some((s) => {
    const def = anatomy.find((a) => a.id.toLowerCase() === s || a.terms.some((t) => t.toLowerCase() === s));
    return def?.region !== undefined && MULTI_REGIONS.has(def.region);
  });
}

export default defineRule('objective-weakness-on-r53.1', {
  check(ctx) {
    if (ctx.codes.some((c) => c.code === 'M62.81')) return;
    // Never suggest M62.81 next to what its Excludes1 names (sarcopenia, drug-induced or alcoholic myopathy).
    if (conflictFor(ctx, 'M62.81', 'R53.1')) return;
    const grades = reducedGrades(ctx.findings).filter((g) => g.attributes.grade !== null && g.attributes.grade <= 4);
    if (grades.length === 0 || !coversMultipleGroups(ctx, grades)) return;
    const etiology = ctx.evidence('msk-etiology');
    const emg = findingsOf(ctx.findings, 'electrodiagnostic').filter((f) => isPatientFact(f) && f.attributes.abnormal === true);
    if (!etiology.met && emg.length === 0) return;
    for (const code of ctx.chosen(['R53.1'])) {
      ctx.report({
        messageId: 'objective',
        data: { grade: grades[0]!.text },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: [...grades.map(toRef), ...etiology.evidence, ...emg.map(toRef)],
        suggestedCodes: suggestionsFor(ctx.lexicon, 'M62.81', 'graded weakness in several muscle groups with a musculoskeletal cause'),
        documentationHint:
          'If the weakness is muscular, say so: "Generalized muscle weakness due to deconditioning, 4/5 hip flexors and deltoids bilaterally."',
      });
    }
  },
});
