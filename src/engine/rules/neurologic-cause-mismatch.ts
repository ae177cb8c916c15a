import { diagnosisDef, findingsOf, isConfirmedInSetting, toRef } from '../evidence.ts';
import { WEAKNESS_CODES } from './support/codes.ts';
import { defineRule } from './support/define-rule.ts';
import { suggestionsForFinding } from './support/specific-codes.ts';
import { uniqueBy } from './support/unique.ts';

export default defineRule({
  meta: {
    id: 'neurologic-cause-mismatch',
    kind: 'better-code',
    severity: 'error',
    codes: [...WEAKNESS_CODES],
    description:
      'A weakness code while an affirmed, confirmed neurological diagnosis that explains the weakness is documented (stroke and its sequelae, hemiplegia, MS, Parkinson\'s, neuropathy, myasthenia gravis, ALS, Guillain-Barré, spinal cord injury); uncertain diagnoses count only inpatient.',
    sources: [
      'seed 003 (M62.81 is a musculoskeletal code: a confirmed neurological etiology is coded in Chapter 6)',
      'ICD-10-CM Official Guidelines FY2026 Section I.B.5 and IV.H / II.H (uncertain diagnoses by setting)',
      'ICD-10-CM FY2021 tabular: G81 Excludes1 hemiplegia and hemiparesis due to sequela of cerebrovascular disease (I69.35-); Guidelines I.C.9.d (sequelae of cerebrovascular disease)',
      'ICD-10-CM Official Guidelines FY2026 Section I.C.6.a (dominant/non-dominant side defaults)',
      'rules.md: neurologic-cause-mismatch',
    ],
    messages: {
      neurologic: '{code} codes the weakness as a symptom, but the note documents {diagnosis}, a neurological cause: code the condition.',
    },
  },
  check(ctx) {
    const neuro = findingsOf(ctx.findings, 'diagnosis').filter(
      (f) => isConfirmedInSetting(f, ctx.options) && diagnosisDef(ctx, f)?.neurologic === true,
    );
    if (neuro.length === 0) return;
    // Sequela (hemiplegia after a past infarction: I69.35-), side and dominance come from the lexicon.
    const suggested = neuro.flatMap((f) => suggestionsForFinding(ctx, f, `documented: "${f.text}"`));
    const unique = uniqueBy(suggested, (s) => s.code);
    for (const code of ctx.chosen(WEAKNESS_CODES)) {
      ctx.report({
        messageId: 'neurologic',
        data: { code: code.code, diagnosis: `"${neuro[0]!.text}"` },
        code: code.code,
        span: ctx.spanFor(code),
        evidence: neuro.map(toRef),
        suggestedCodes: unique,
        documentationHint:
          'Link the weakness to its neurological cause and specify it, e.g. "Left-sided weakness due to hemiparesis following cerebral infarction, left non-dominant side."',
      });
    }
  },
});
