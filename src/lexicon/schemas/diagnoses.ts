/** lexicon/diagnoses.yaml: diagnosis concepts, their terms and codes, and what suggests or follows them. */
import * as v from 'valibot';
import { bool, closed, id, list, named, num, oneOf, phrase, phrases, text } from './common.ts';
import { codeOrFamily, tabularRef } from './code-shapes.ts';

// Diagnoses may name chapter 22 codes (COVID-19, post COVID-19 condition).
const diagnosisCode = codeOrFamily;

export const DIAGNOSIS_CATEGORIES = ['neurologic', 'metabolic', 'endocrine', 'hematologic', 'nutritional', 'infectious', 'cardiac', 'musculoskeletal', 'age-related', 'psychiatric', 'renal', 'oncologic', 'other'] as const;

export const diagnosisSchema = named(
  'concept',
  closed({
    concept: id,
    terms: phrases,
    /** Terms matched only as written ("MS", not "ms" or "Ms."). */
    caseSensitive: v.optional(phrases),
    /** Procedures that name this state only after a procedure cue ("s/p R TKA", not "TKA planned"). */
    procedures: v.optional(phrases),
    /** ICD-10-CM codes or families ("I50.-"). */
    codes: list(diagnosisCode, { min: 1 }),
    /**
     * More specific codes of the same condition, chosen when the note says more than the term: "anemia"
     * is D64.9, but anemia in CKD chosen as D63.1 codes the same documented anemia. Codes, families or
     * ranges; a chosen code under them codes the documented condition (suggested-code,
     * symptom-integral-to-dx).
     */
    codedBy: v.optional(list(tabularRef, { min: 1, unique: true })),
    category: oneOf(DIAGNOSIS_CATEGORIES),
    /** The abnormal lab that suggests this diagnosis (abnormal-lab-without-dx). */
    suggestedBy: v.optional(
      list(
        closed({
          analyte: text,
          flag: oneOf(['low', 'high']),
          /** Times the upper limit, for CK. */
          factor: v.optional(num({ min: 1, max: 100 })),
          /**
           * The result is explained by this diagnosis when documented, but the result alone does not make
           * it a query option: a high CK alone supports asking about myopathy, not about each subtype.
           */
          explainsOnly: v.optional(bool),
        }),
      ),
    ),
    /**
     * Symptom codes routinely part of this diagnosis (Guideline I.B.5): coded beside it, they are not
     * coded separately (symptom-integral-to-dx).
     */
    integralSymptoms: v.optional(list(diagnosisCode, { min: 1, unique: true })),
    /** The term names the symptom itself with its own code ("cancer-related fatigue"). */
    namesSymptom: v.optional(oneOf(['weakness', 'fatigue'])),
    /**
     * The code used instead when the condition follows a past occurrence of another concept: hemiplegia
     * after a (past) cerebral infarction is its sequela, which the hemiplegia category excludes (Guideline I.C.9.d).
     */
    sequelaOf: v.optional(list(closed({ concepts: list(text, { min: 1, unique: true }), code: diagnosisCode }), { min: 1 })),
    /** A condition whose own terms say it is a late effect ("late effect of stroke"): never an acute event. */
    sequela: v.optional(bool),
    /** The term names a one-sided deficit (hemiparesis): the side written next to it is the affected side. */
    deficit: v.optional(bool),
  }),
);

export const diagnosesSchema = closed({
  /** Phrases that contain a diagnosis term but name something else ("ST depression", "heat stroke"). */
  pseudo: v.optional(list(phrase, { unique: true })),
  /** Words that make a following procedure a post-procedure state ("s/p", "status post", "after"). */
  procedureCues: v.optional(phrases),
  diagnoses: list(diagnosisSchema, { min: 1 }),
});
