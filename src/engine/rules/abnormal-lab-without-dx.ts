import type { DiagnosisDef } from '../../lexicon/types.ts';
import { diagnosisCodes, findingsOf, isCurrentMention, isPatientFact, toRef } from '../evidence.ts';
import { indicatorsFrom, multipleChoiceQuery } from '../queries.ts';
import type { FindingOf } from '../types.ts';
import { refCovers, suggestionsFor } from './support/codes.ts';
import { defineRule } from './support/define-rule.ts';
import type { RuleContext } from './support/define-rule.ts';

function displayName(def: DiagnosisDef): string {
  const term = def.terms[0] ?? def.concept;
  return term.charAt(0).toUpperCase() + term.slice(1);
}

function upperLimit(ctx: RuleContext, lab: FindingOf<'lab'>): number | undefined {
  return lab.attributes.refHigh ?? ctx.options.labRanges?.[lab.attributes.analyte]?.high ?? ctx.lexicon.analytes.get(lab.attributes.analyte)?.refHigh;
}

/** Diagnoses the lexicon says this abnormal value suggests (`suggestedBy`, with its "times the upper limit" factor). */
function suggestedDiagnoses(ctx: RuleContext, lab: FindingOf<'lab'>): DiagnosisDef[] {
  const { analyte, flag, value } = lab.attributes;
  return ctx.lexicon.data.diagnoses.diagnoses.filter((d) =>
    (d.suggestedBy ?? []).some((s) => {
      if (s.analyte !== analyte || s.flag !== flag || s.explainsOnly) return false;
      if (s.factor === undefined) return true;
      const uln = upperLimit(ctx, lab);
      return value !== null && uln !== undefined && value > s.factor * uln;
    }),
  );
}

function rangeText(lab: FindingOf<'lab'>): string {
  const { refLow, refHigh } = lab.attributes;
  if (refLow !== undefined && refHigh !== undefined) return ` (reference ${refLow}-${refHigh})`;
  if (refHigh !== undefined) return ` (reference up to ${refHigh})`;
  if (refLow !== undefined) return ` (reference from ${refLow})`;
  return '';
}

export default defineRule({
  meta: {
    id: 'abnormal-lab-without-dx',
    kind: 'possible-dx',
    severity: 'info',
    codes: [],
    description:
      'An abnormal lab without a matching documented diagnosis: low potassium, low sodium, high TSH, low hemoglobin, low B12 or vitamin D, high CK (over 5x the upper limit: rhabdomyolysis). Ranges come from the note, else the lexicon, and user overrides; offers a compliant query.',
    sources: [
      'ACDIS/AHIMA Guidelines for Achieving a Compliant Query Practice (2022 update)',
      'ICD-10-CM Official Guidelines FY2026 Section III.B (abnormal findings are coded only when the provider indicates their clinical significance)',
      'rules.md: abnormal-lab-without-dx',
    ],
    messages: {
      abnormal: '{lab} is {direction} the reference range{range} and no related diagnosis is documented ({candidates}?).',
    },
  },
  check(ctx) {
    const diagnoses = findingsOf(ctx.findings, 'diagnosis').filter(isCurrentMention);
    const reported = new Set<string>();
    for (const lab of findingsOf(ctx.findings, 'lab')) {
      const { flag, analyte } = lab.attributes;
      if ((flag !== 'low' && flag !== 'high') || !isPatientFact(lab) || lab.assertion.negated || lab.assertion.historical) continue;
      if (reported.has(`${analyte}|${flag}`)) continue;
      const candidates = suggestedDiagnoses(ctx, lab);
      if (candidates.length === 0) continue;
      // Explained by any documented or chosen diagnosis this kind of result suggests, whatever its
      // threshold: a CK of 6x the limit in a documented myopathy does not call for a rhabdomyolysis query.
      const related = ctx.lexicon.data.diagnoses.diagnoses.filter((d) => (d.suggestedBy ?? []).some((x) => x.analyte === analyte && x.flag === flag));
      const documented = related.some(
        (d) =>
          diagnoses.some((f) => f.attributes.concept === d.concept || diagnosisCodes(ctx, f).some((c) => d.codes.some((dc) => refCovers(dc, c)))) ||
          ctx.codes.some((c) => d.codes.some((dc) => refCovers(dc, c.code))),
      );
      if (documented) continue;
      reported.add(`${analyte}|${flag}`);
      const same = findingsOf(ctx.findings, 'lab').filter((l) => l.attributes.analyte === analyte && l.attributes.flag === flag && isPatientFact(l));
      const evidence = same.map(toRef);
      const names = candidates.map(displayName);
      ctx.report({
        messageId: 'abnormal',
        data: { lab: `"${lab.text}"`, direction: flag === 'low' ? 'below' : 'above', range: rangeText(lab), candidates: names.join(', ') },
        code: null,
        span: { start: lab.start, end: lab.end },
        evidence,
        suggestedCodes: candidates.flatMap((d) => d.codes.flatMap((c) => suggestionsFor(ctx.lexicon, c, `suggested by ${lab.text}`))),
        documentationHint: `If the result is clinically significant, document the diagnosis and its link, e.g. "${names[0]}, ${lab.text}; plan: ..."; if not, state that it is not clinically significant.`,
        query: multipleChoiceQuery({
          indicators: indicatorsFrom(ctx, evidence),
          question: 'Based on your clinical judgment, can the clinical significance of this result be documented?',
          options: names,
        }),
      });
    }
  },
});
