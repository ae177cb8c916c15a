import { codedCondition } from './support/coded-condition.ts';
import { defineRule } from './support/define-rule.ts';

export default defineRule({
  meta: {
    id: 'coded-condition-negated',
    kind: 'lacking-evidence',
    severity: 'error',
    codes: [],
    description:
      'A chosen code whose condition the note denies, negates or rules out ("denies weakness" with a weakness code, "no hypothyroidism" with its code) and never documents as present.',
    sources: [
      'ICD-10-CM Official Guidelines FY2026 Section I.A.19 (code assignment is based on the provider\'s documentation) and Section III/IV (code conditions that exist at the encounter)',
      'ACDIS/AHIMA Guidelines for Achieving a Compliant Query Practice (2022 update): conflicting documentation',
    ],
    messages: {
      negated: '{code} ({title}) is coded, but the note denies or rules out the condition ("{text}") and nowhere documents it as present.',
    },
  },
  check(ctx) {
    for (const code of ctx.codes) {
      const condition = codedCondition(ctx, code);
      if (condition.status !== 'negated') continue;
      const title = code.title ?? code.code;
      ctx.report({
        messageId: 'negated',
        data: { code: code.code, title, text: condition.evidence[0]!.text },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: condition.evidence,
        documentationHint: `Remove ${code.code} if the condition is absent; if it is present, document it and what supports it, e.g. "${title}: reports ..., exam shows ..."; correct the conflicting statement.`,
        // Wording: lexicon/queries.yaml; the code and its own label are never indicators.
        query: {
          code: code.code,
          indicators: condition.evidence.filter((e) => e.type !== 'icd10-code'),
          fill: { condition: title.toLowerCase(), Condition: title },
        },
      });
    }
  },
});
