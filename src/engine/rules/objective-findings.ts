import { indicatorsFrom, multipleChoiceQuery } from '../queries.ts';
import { defineRule } from './support/define-rule.ts';
import { codeRef, hintFor, symptomRefs } from './support/requirement.ts';

export default defineRule({
  meta: {
    id: 'objective-findings',
    kind: 'lacking-evidence',
    severity: 'info',
    codes: ['R53.1'],
    description: 'R53.1 with no objective findings at all: no strength grade, strength test, gait or grip finding, normal or abnormal.',
    sources: ['seed 001 (no focal neurologic deficits: the exam must be documented)', 'rules.md: objective-findings'],
    messages: {
      missing: 'R53.1 (weakness) has no objective exam findings documented (strength, grip or gait).',
    },
  },
  check(ctx) {
    for (const code of ctx.chosen(['R53.1'])) {
      if (ctx.evidence('objective-findings').met) continue;
      const evidence = symptomRefs(ctx);
      ctx.report({
        messageId: 'missing',
        code: code.code,
        span: ctx.spanFor(code),
        evidence,
        documentationHint: hintFor(ctx, 'R53.1', 'objective-findings', 'Record the exam, e.g. "Strength 5/5 throughout; gait steady."'),
        query: multipleChoiceQuery({
          indicators: indicatorsFrom(ctx, [...evidence, ...codeRef(ctx, code)]),
          question: 'Please document the examination findings related to the weakness.',
          options: [
            'Strength testing results (please document grades and muscle groups)',
            'Gait or grip findings (please describe)',
            'Examination not performed at this encounter',
          ],
        }),
      });
    }
  },
});
