import { reducedGrades, toRef } from '../../evidence/index.ts';
import { defineRule } from '../support/define-rule.ts';
import { hintText } from '../support/params.ts';
import { hintFor } from '../support/requirement.ts';

export default defineRule('strength-detail', {
  check(ctx) {
    for (const code of ctx.chosen(ctx.meta.codes)) {
      const grades = reducedGrades(ctx.findings).filter((g) => g.attributes.grade !== null);
      if (grades.length === 0 || ctx.evidence('strength-sites').met) continue;
      const evidence = grades.map(toRef);
      ctx.report({
        messageId: 'noSites',
        data: { grade: grades[0]!.text },
        code: code.code,
        span: { start: grades[0]!.start, end: grades[0]!.end },
        evidence,
        documentationHint: hintFor(ctx, code.code, 'strength-sites', hintText(ctx, 'noSites')),
        query: { code: code.code, indicators: evidence },
      });
    }
  },
});
