import { reducedGrades, toRef } from '../evidence.ts';
import { defineRule } from './support/define-rule.ts';
import { hintFor } from './support/requirement.ts';

export default defineRule({
  meta: {
    id: 'strength-detail',
    kind: 'lacking-evidence',
    severity: 'warning',
    codes: ['M62.81'],
    description:
      'M62.81 with a strength grade that names no muscle group, region or distribution (proximal, distal, all extremities, bilateral upper ...).',
    sources: ['seed 001 (distribution proximal/distal)', 'seed 002 (reduction of strength in multiple anatomic sites)', 'rules.md: strength-detail'],
    messages: {
      noSites: 'The strength grade "{grade}" names no muscle group or distribution: M62.81 describes weakness in multiple sites.',
    },
  },
  check(ctx) {
    for (const code of ctx.chosen(['M62.81'])) {
      const grades = reducedGrades(ctx.findings).filter((g) => g.attributes.grade !== null);
      if (grades.length === 0 || ctx.evidence('strength-sites').met) continue;
      const evidence = grades.map(toRef);
      ctx.report({
        messageId: 'noSites',
        data: { grade: grades[0]!.text },
        code: code.code,
        span: { start: grades[0]!.start, end: grades[0]!.end },
        evidence,
        documentationHint: hintFor(ctx, 'M62.81', 'strength-sites', 'Name the muscle groups, e.g. "Hip flexors 4/5 bilaterally."'),
        query: { code: code.code, indicators: evidence },
      });
    }
  },
});
