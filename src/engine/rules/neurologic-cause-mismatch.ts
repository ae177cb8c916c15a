import { diagnosisCodes, diagnosisDef, findingsOf, isConfirmedInSetting, isPatientFact, toRef } from '../evidence.ts';
import { billableCodesFor, excludes1Ref, refCovers, suggestionsFor, WEAKNESS_CODES } from './support/codes.ts';
import { defineRule } from './support/define-rule.ts';

/** Hemiplegia and hemiparesis following cerebral infarction. */
const SEQUELA = 'I69.35';

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
    // A cerebral infarction, even a past one, makes hemiplegia its sequela: I69.35-, which G81 excludes.
    const infarction = findingsOf(ctx.findings, 'diagnosis').find(
      (f) => isPatientFact(f) && !f.assertion.negated && diagnosisCodes(ctx, f).some((c) => refCovers('I63', c) || refCovers('I69.3', c)),
    );
    const codeFor = (code: string) => {
      const excluded = billableCodesFor(ctx.lexicon, code).some((d) => excludes1Ref(d, SEQUELA) !== null);
      return infarction && excluded ? SEQUELA : code;
    };
    const suggested = neuro.flatMap((f) =>
      diagnosisCodes(ctx, f).flatMap((c) =>
        suggestionsFor(ctx.lexicon, codeFor(c), codeFor(c) === c ? `documented: "${f.text}"` : `"${f.text}" following "${infarction!.text}" is a sequela (${c} Excludes1 ${SEQUELA}-)`),
      ),
    );
    const unique = suggested.filter((s, i) => suggested.findIndex((t) => t.code === s.code) === i);
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
