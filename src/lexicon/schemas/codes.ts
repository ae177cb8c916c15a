/** lexicon/codes/<code>.yaml: one ICD-10-CM code's tabular facts (title, billable, notes, children). */
import * as v from 'valibot';
import { bool, closed, list, named, num, oneOf, text } from './common.ts';
import { block, code, codeOrFamily, tabularRef } from './code-shapes.ts';

/** A tabular note's target: a code, a family ("G72.-", "M79.1-") or a range of codes ("A39.2-A39.4", "E00-E02"). */
export const codeRefSchema = named('code', closed({ code: tabularRef, note: v.optional(text) }));

/** "Use additional code" notes may name chapter 22 (post COVID-19 condition). */
const additionalCodeRef = named('code', closed({ code: codeOrFamily, note: v.optional(text) }));

/**
 * The body mass index a BMI code stands for, from its title and the category's notes: the population
 * and ages the code is for, what is measured (kg/m2 for adults; percentile for age, or percent of the
 * 95th percentile, for children), `min` inclusive and `below` exclusive ("20.0-20.9" = min 20, below 21).
 */
export const bmiRangeSchema = v.pipe(
  closed({
    population: oneOf(['adult', 'pediatric']),
    ages: closed({ min: num({ min: 0, max: 130, integer: true }), max: v.optional(num({ min: 0, max: 130, integer: true })) }),
    measure: oneOf(['kg/m2', 'percentile-for-age', 'percent-of-95th-percentile']),
    min: v.optional(num({ min: 0 })),
    below: v.optional(num({ min: 0 })),
  }),
  v.check((r) => r.min !== undefined || r.below !== undefined, 'needs min, below or both'),
  v.check((r) => r.min === undefined || r.below === undefined || r.min < r.below, (issue) => {
    const r = issue.input as { min: number; below: number };
    return `min ${r.min} must be less than below ${r.below}`;
  }),
);

/**
 * Finding types that name a code's condition besides the diagnosis terms linked to it, optionally only
 * of some distributions: a focal "no focal weakness" does not deny a generalized weakness code.
 */
export const conditionFindingSchema = closed({
  type: oneOf(['weakness', 'fatigue']),
  distributions: v.optional(list(oneOf(['generalized', 'focal', 'unspecified']), { min: 1, unique: true })),
});

export const codeSchema = named(
  'code',
  closed({
    code,
    title: text,
    billable: bool,
    chapter: num({ min: 1, max: 22, integer: true }),
    block,
    /** Billable children of a header code. */
    children: list(code, { unique: true }),
    inclusionTerms: list(text),
    excludes1: list(codeRefSchema),
    excludes2: list(codeRefSchema),
    codeFirst: list(codeRefSchema),
    useAdditionalCode: v.optional(list(additionalCodeRef)),
    /** Where the facts come from (tabular excerpt, guideline section, seed). */
    sources: list(text, { min: 1 }),
    /** Deleted or otherwise invalid as of FY2026. */
    invalid: v.optional(bool),
    /** Adverse-effect codes: the medication classes (`medication` finding `class`) this code identifies. */
    medicationClasses: v.optional(list(text, { min: 1, unique: true })),
    bmi: v.optional(bmiRangeSchema),
    conditionFindings: v.optional(list(conditionFindingSchema, { min: 1 })),
    note: v.optional(text),
  }),
);
