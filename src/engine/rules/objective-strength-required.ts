import { normalGrades, toRef } from '../evidence.ts';
import { defineRule } from './support/define-rule.ts';
import { hintFor, symptomRefs } from './support/requirement.ts';

export default defineRule({
  meta: {
    id: 'objective-strength-required',
    kind: 'lacking-evidence',
    severity: 'error',
    codes: ['M62.81'],
    description:
      'M62.81 needs a clinician-measured reduction of strength: a manual muscle test grade below 5/5, reduced dynamometry or "decreased strength on exam". A complaint of feeling weak is not an exam; a normal exam is evidence against the code.',
    sources: ['seed 003 (clinician-performed strength assessment required for M62.81)', 'seed 001 (manual muscle testing grades)', 'rules.md: objective-strength-required'],
    messages: {
      missing: 'M62.81 (muscle weakness) has no measured strength deficit in the note: document graded strength (e.g. 4/5) or reduced dynamometry.',
      normal: 'M62.81 (muscle weakness) conflicts with the documented normal strength exam ("{normal}"): no measured deficit supports the code.',
    },
  },
  check(ctx) {
    for (const code of ctx.chosen(['M62.81'])) {
      if (ctx.evidence('reduced-strength').met) continue;
      const normal = normalGrades(ctx.findings);
      const evidence = [...symptomRefs(ctx), ...normal.map(toRef)];
      ctx.report({
        messageId: normal.length > 0 ? 'normal' : 'missing',
        data: normal.length > 0 ? { normal: normal[0]!.text } : {},
        code: code.code,
        span: ctx.spanFor(code),
        evidence,
        documentationHint: hintFor(ctx, 'M62.81', 'reduced-strength', 'Document graded strength, e.g. "Hip flexors 4/5 bilaterally."'),
        query: { code: code.code, indicators: [...normal.map(toRef), ...symptomRefs(ctx)] },
      });
    }
  },
});
