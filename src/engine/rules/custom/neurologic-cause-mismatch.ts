import { findingsOf, isConfirmedInSetting, toRef, inConceptSet } from '../../evidence/index.ts';
import { defineRule } from '../support/define-rule.ts';
import { hintText } from '../support/params.ts';
import { suggestionsForFinding } from '../support/specific-codes.ts';
import { uniqueBy } from '../support/unique.ts';

export default defineRule('neurologic-cause-mismatch', {
  check(ctx) {
    const neuro = findingsOf(ctx.findings, 'diagnosis').filter(
      (f) => isConfirmedInSetting(f, ctx.options) && inConceptSet(ctx, 'neurologic-causes', f),
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
