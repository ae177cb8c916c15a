import { findingsOf, isPatientFact, toRef } from '../evidence.ts';
import { defineRule } from './support/define-rule.ts';
import { hintFor } from './support/requirement.ts';

export default defineRule({
  meta: {
    id: 'hypokalemia-evidence',
    kind: 'lacking-evidence',
    severity: 'warning',
    codes: ['E87.6'],
    description: 'E87.6 (Hypokalemia) without a potassium value below 3.5 mEq/L (or an explicit "low potassium") in the note.',
    sources: ['seed 001 (serum potassium < 3.5 mEq/L; the seed\'s E87.5 is hyperkalemia, hypokalemia is E87.6)', 'ICD-10-CM FY2026 tabular: E87.6 Hypokalemia'],
    messages: {
      missing: 'E87.6 (hypokalemia) has no low potassium value documented in the note.',
    },
  },
  check(ctx) {
    for (const code of ctx.chosen(['E87.6'])) {
      if (ctx.evidence('low-potassium').met) continue;
      const analytes = new Set(
        ctx.lexicon.data.diagnoses.diagnoses.filter((d) => d.codes.includes('E87.6')).flatMap((d) => (d.suggestedBy ?? []).map((s) => s.analyte)),
      );
      const potassium = findingsOf(ctx.findings, 'lab').filter((f) => isPatientFact(f) && analytes.has(f.attributes.analyte)).map(toRef);
      ctx.report({
        messageId: 'missing',
        code: code.code,
        span: ctx.spanFor(code),
        evidence: potassium,
        documentationHint: hintFor(ctx, 'E87.6', 'low-potassium', 'Document the potassium value, e.g. "K 3.1 mEq/L (L)."'),
        query: { code: code.code, indicators: potassium },
      });
    }
  },
});
