import { diagnosisCodes, findingsOf, isAffirmed, isConfirmedInSetting, toRef } from '../../evidence/index.ts';
import { refCovers, suggestionsFor } from '../support/codes.ts';
import { conflictFor } from '../support/conflicts.ts';
import { defineRule, type RuleContext } from '../support/define-rule.ts';
import type { Finding } from '../../types.ts';
import { codeParam, hintText, stringParam } from '../support/params.ts';

function inExam(ctx: RuleContext, f: Finding): boolean {
  return f.section !== null && ctx.lexicon.sections.get(f.section)?.role === 'exam';
}

export default defineRule('age-related-weakness', {
  check(ctx) {
    const suggest = codeParam(ctx, 'suggest');
    if (ctx.codes.some((c) => c.code === suggest)) return;
    const found = [
      ...findingsOf(ctx.findings, 'weakness').filter((f) => isAffirmed(f) && f.attributes.ageRelated === true),
      // "Gen: frail, NAD" in the exam describes how the patient looks; it attributes no weakness to frailty.
      ...findingsOf(ctx.findings, 'diagnosis').filter(
        (f) => isConfirmedInSetting(f, ctx.options) && !inExam(ctx, f) && diagnosisCodes(ctx, f).some((c) => refCovers(c, suggest)),
      ),
    ].sort((a, b) => a.start - b.start);
    if (found.length === 0) return;
    for (const code of ctx.chosen(ctx.meta.codes)) {
      // Advice next to what the suggested code excludes (sarcopenia) must say so, or it would trade one conflict for another.
      const conflict = conflictFor(ctx, suggest, code.code);
      const text = found[0]!.text;
      const hint = hintText(ctx, 'ageRelated');
      ctx.report({
        messageId: conflict ? 'ageRelatedExcluded' : 'ageRelated',
        data: { text, code: code.code, conflict: conflict ?? '' },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: found.map(toRef),
        suggestedCodes: suggestionsFor(
          ctx.lexicon,
          suggest,
          conflict ? stringParam(ctx, 'reasonExcluded', { text, conflict }) : stringParam(ctx, 'reason', { text }),
        ),
        documentationHint: conflict
          ? `${hint} ${hintText(ctx, 'excludedCaveat', { suggested: suggest, conflict, title: ctx.lexicon.codes.get(conflict)?.title ?? conflict })}`
          : hint,
      });
    }
  },
});
