import { diagnosisCodes, diagnosisDef, findingsOf, isConfirmedInSetting, isCurrentMention, toRef } from '../evidence.ts';
import type { FindingOf } from '../types.ts';
import { isWeaknessFamily, refCovers, suggestionsFor, WEAKNESS_CODES } from './support/codes.ts';
import { defineRule, type RuleContext } from './support/define-rule.ts';
import { symptomRefs } from './support/requirement.ts';

const SYMPTOM_CODES = ['R53.1', 'R53.83'];

/** Abnormal labs of this note that the lexicon says suggest the diagnosis (TSH high for hypothyroidism). */
function supportingLabs(ctx: RuleContext, dx: FindingOf<'diagnosis'>): FindingOf<'lab'>[] {
  const signs = diagnosisDef(ctx, dx)?.suggestedBy ?? [];
  return findingsOf(ctx.findings, 'lab').filter(
    (l) => isCurrentMention(l) && signs.some((s) => s.analyte === l.attributes.analyte && s.flag === l.attributes.flag),
  );
}

export default defineRule({
  meta: {
    id: 'symptom-with-definitive-dx',
    kind: 'sequencing',
    severity: 'warning',
    codes: SYMPTOM_CODES,
    description:
      'R53.1 or R53.83 while an affirmed, confirmed diagnosis that explains the symptom is documented or linked by "due to / secondary to": code the definitive diagnosis first. "Possible", "rule out" and "suspected" diagnoses count only inpatient.',
    sources: [
      'ICD-10-CM Official Guidelines FY2026 Section I.B.4-5 (signs and symptoms)',
      'ICD-10-CM Official Guidelines FY2026 Section I.C.18 (symptom codes when a definitive diagnosis is established)',
      'ICD-10-CM Official Guidelines FY2026 Sections IV.H (outpatient) and II.H (inpatient) for uncertain diagnoses',
      'seed 000 (R53.1 is not principal once a related definitive diagnosis appears)',
    ],
    messages: {
      codeFirst: '{code} is a symptom code, but the note documents {diagnosis} as its cause: code the definitive diagnosis ({suggested}) first.',
      explains: '{code} is a symptom code, and the note documents {diagnosis}, which can explain it: code the definitive diagnosis ({suggested}) first, or state that the symptom is unrelated.',
      reorder: '{code} is listed before {dxCode}, the documented cause ({diagnosis}): sequence the definitive diagnosis first.',
    },
  },
  check(ctx) {
    const linked = new Set<number>();
    for (const link of findingsOf(ctx.findings, 'cause-link')) {
      if (isCurrentMention(link) && link.attributes.diagnosisId !== null) linked.add(link.attributes.diagnosisId);
    }
    for (const code of ctx.chosen(SYMPTOM_CODES)) {
      const isWeaknessCode = (WEAKNESS_CODES as readonly string[]).includes(code.code);
      const causes = findingsOf(ctx.findings, 'diagnosis').filter((f) => {
        if (!isConfirmedInSetting(f, ctx.options)) return false;
        const def = diagnosisDef(ctx, f);
        // Better-code rules own the weakness family (sarcopenia, frailty) and, for weakness codes, neurological causes.
        if (diagnosisCodes(ctx, f).some(isWeaknessFamily)) return false;
        if (isWeaknessCode && def?.neurologic) return false;
        return linked.has(f.id) || def?.explainsWeakness === true;
      });
      if (causes.length === 0) continue;
      const cause: FindingOf<'diagnosis'> = causes.find((f) => linked.has(f.id)) ?? causes[0]!;
      const causeCodes = diagnosisCodes(ctx, cause);
      const chosenCause = ctx.codes.find((c) => causeCodes.some((dc) => refCovers(dc, c.code)));
      const symptomIndex = ctx.codes.indexOf(code);
      if (chosenCause && ctx.codes.indexOf(chosenCause) < symptomIndex) continue;
      const suggested = causeCodes.flatMap((c) => suggestionsFor(ctx.lexicon, c, `documented cause: "${cause.text}"`));
      ctx.report({
        messageId: chosenCause ? 'reorder' : linked.has(cause.id) ? 'codeFirst' : 'explains',
        data: {
          code: code.code,
          diagnosis: `"${cause.text}"`,
          suggested: suggested.map((s) => s.code).join(' or ') || causeCodes.join(', '),
          dxCode: chosenCause?.code ?? '',
        },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: causes.map(toRef),
        suggestedCodes: suggested,
        // Both conditions are documented, so a yes/no query may ask about the link (never for sequencing alone).
        query: linked.has(cause.id) || chosenCause
          ? null
          : {
              code: code.code,
              indicators: [...supportingLabs(ctx, cause).map(toRef), ...symptomRefs(ctx), toRef(cause)],
              fill: { symptom: code.code === 'R53.83' ? 'fatigue' : 'weakness', cause: cause.text.toLowerCase() },
            },
        documentationHint:
          'State the cause-and-effect relationship and list the condition first, e.g. "Weakness due to hypothyroidism (TSH 12.4); start levothyroxine." Keep the symptom code only when it is not routinely part of the condition.',
      });
    }
  },
});
