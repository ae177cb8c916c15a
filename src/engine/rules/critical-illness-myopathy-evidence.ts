import { defineRule } from './support/define-rule.ts';
import { requirementOf, symptomRefs } from './support/requirement.ts';

export default defineRule({
  meta: {
    id: 'critical-illness-myopathy-evidence',
    kind: 'lacking-evidence',
    severity: 'warning',
    codes: ['G72.81'],
    description: 'G72.81 (Critical illness myopathy) without both an ICU stay and EMG/NCS confirmation documented.',
    sources: ['seed 001 (use G72.81 when ICU stay and EMG confirmation are documented)', 'ICD-10-CM FY2026 tabular: G72.81 inclusion term Intensive care (ICU) myopathy'],
    messages: {
      missing: 'G72.81 (critical illness myopathy) needs both an ICU stay and EMG/NCS confirmation; the note lacks: {missing}.',
    },
  },
  check(ctx) {
    const needs = ['icu-stay', 'emg-confirmation'] as const;
    for (const code of ctx.chosen(['G72.81'])) {
      const unmet = needs.filter((id) => !ctx.evidence(id).met);
      if (unmet.length === 0) continue;
      const labels = unmet.map((id) => requirementOf(ctx, 'G72.81', id)?.label ?? id);
      const evidence = needs.flatMap((id) => ctx.evidence(id).evidence);
      ctx.report({
        messageId: 'missing',
        data: { missing: labels.join(' and ') },
        code: code.code,
        span: ctx.spanFor(code),
        evidence,
        documentationHint: unmet.map((id) => requirementOf(ctx, 'G72.81', id)?.hint ?? id).join(' '),
        query: { code: code.code, indicators: [...evidence, ...symptomRefs(ctx)] },
      });
    }
  },
});
