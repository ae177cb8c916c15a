import { findingsOf, isConfirmedInSetting, isCurrentMention, toRef, inConceptSet } from '../../evidence/index.ts';
import type { Finding } from '../../types.ts';
import { defineRule } from '../support/define-rule.ts';
import { hintText } from '../support/params.ts';
import { suggestionsForFinding } from '../support/specific-codes.ts';
import { uniqueBy } from '../support/unique.ts';

export default defineRule('neurologic-cause-mismatch', {
  check(ctx) {
    // A past neurologic event counts when a current symptom is linked to it as its cause ("Weakness -
    // residual from prior R MCA stroke"): the deficit is its sequela, not generalized weakness.
    const causeOfCurrentSymptom = new Set(
      findingsOf(ctx.findings, 'cause-link')
        .filter((l) => !l.assertion.negated && !l.assertion.hypothetical && !l.assertion.family)
        .filter((l) => l.attributes.symptomId !== null && isCurrentMention(ctx.findings[l.attributes.symptomId]!))
        .flatMap((l) => (l.attributes.diagnosisId === null ? [] : [l.attributes.diagnosisId])),
    );
    const pastCause = (f: Finding) =>
      causeOfCurrentSymptom.has(f.id) && f.assertion.historical && !f.assertion.negated && !f.assertion.family && !f.assertion.hypothetical && !f.assertion.uncertain;
    const neuro = findingsOf(ctx.findings, 'diagnosis').filter(
      (f) => (isConfirmedInSetting(f, ctx.options) || pastCause(f)) && inConceptSet(ctx, 'neurologic-causes', f),
    );
    if (neuro.length === 0) return;
    // Sequela (hemiplegia after a past infarction: I69.35-), side and dominance come from the lexicon.
    const suggested = neuro.flatMap((f) => suggestionsForFinding(ctx, f, `documented: "${f.text}"`));
    const unique = uniqueBy(suggested, (s) => s.code);
    for (const code of ctx.chosen(ctx.meta.codes)) {
      ctx.report({
        messageId: 'neurologic',
        data: { code: code.code, diagnosis: `"${neuro[0]!.text}"` },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: neuro.map(toRef),
        suggestedCodes: unique,
        documentationHint: hintText(ctx, 'neurologic'),
      });
    }
  },
});
