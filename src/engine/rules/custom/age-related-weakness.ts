import { diagnosisCodes, findingsOf, isAffirmed, isConfirmedInSetting, toRef } from '../../evidence.ts';
import { refCovers, suggestionsFor } from '../support/codes.ts';
import { conflictFor } from '../support/conflicts.ts';
import { defineRule } from '../support/define-rule.ts';

export default defineRule('age-related-weakness', {
  check(ctx) {
    if (ctx.codes.some((c) => c.code === 'R54')) return;
    // Advice next to what R54 excludes (sarcopenia) must say so, or it would trade one conflict for another.
    const conflict = conflictFor(ctx, 'R54', 'R53.1');
    const caveat = conflict ? ` R54 excludes ${conflict} (${ctx.lexicon.codes.get(conflict)?.title ?? conflict}): report only one of them.` : '';
    const found = [
      ...findingsOf(ctx.findings, 'weakness').filter((f) => isAffirmed(f) && f.attributes.ageRelated === true),
      ...findingsOf(ctx.findings, 'diagnosis').filter(
        (f) => isConfirmedInSetting(f, ctx.options) && diagnosisCodes(ctx, f).some((c) => refCovers(c, 'R54')),
      ),
    ].sort((a, b) => a.start - b.start);
    if (found.length === 0) return;
    for (const code of ctx.chosen(['R53.1'])) {
      ctx.report({
        messageId: conflict ? 'ageRelatedExcluded' : 'ageRelated',
        data: { text: found[0]!.text, code: code.code, conflict: conflict ?? '' },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: found.map(toRef),
        suggestedCodes: suggestionsFor(ctx.lexicon, 'R54', `weakness attributed to age or frailty: "${found[0]!.text}"${caveat ? ` (Excludes1 ${conflict})` : ''}`),
        documentationHint: `State the attribution, e.g. "Age-related physical debility (frailty): slow gait, weight loss, needs help with bathing."${caveat}`,
      });
    }
  },
});
