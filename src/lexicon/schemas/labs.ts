/** lexicon/labs.yaml: analytes (aliases, units, ranges, conversions), flag, specimen and time words. */
import * as v from 'valibot';
import { bool, closed, id, list, named, num, oneOf, phrase, phrases, text, word } from './common.ts';

const flag = oneOf(['low', 'high', 'normal']);

/** Exact factors from units of another scale to the canonical unit (value x multiply, or value / divide). */
export const labConversionSchema = named(
  'units',
  closed({ units: list(text, { min: 1, unique: true }), multiply: v.optional(num({ min: 0 })), divide: v.optional(num({ min: 0 })) }),
);

/** Which earlier value of a series is its baseline: the windows, in days, and where they come from. */
export const labBaselineWindowsSchema = closed({
  source: text,
  /** A prior value counts as baseline when dated at most this many days before the encounter's first dated result. */
  priorMaxDays: num({ min: 1, max: 3650, integer: true }),
  /** The encounter's lowest value is a baseline only within this many days of the peak, when both are timed. */
  lowestToPeakMaxDays: num({ min: 1, max: 365, integer: true }),
});

/** Words of a qualitative result ("large", "trace", "negative"), with the flag each means. */
export const labQualitativeSchema = named(
  'result',
  closed({
    phrases,
    /** The result as the packs name it ("large", "positive"). */
    result: text,
    flag,
  }),
);

export const labAnalyteSchema = named(
  'id',
  closed({
    id,
    name: text,
    aliases: phrases,
    /** Default unit, as conventionally written. */
    unit: text,
    /**
     * Units the value may be written in on the scale of `unit` (normalised lower case): min, max and the
     * range apply. Empty for a qualitative-only analyte (a urine dipstick).
     */
    units: list(text, { unique: true }),
    /** Units of another scale (glucose in mmol/L): recognised as this analyte's unit, but the default range does not apply. */
    otherUnits: v.optional(list(text, { unique: true })),
    /** Aliases (also listed in `aliases`) that match only when written in exactly this case ("K", "Na", "Mg"). */
    caseSensitive: v.optional(phrases),
    /** Cell counts written per µL ("platelets 303,000"): a value above `max` is divided by this to reach `unit`. */
    countScale: v.optional(num({ min: 1 })),
    refLow: v.optional(num()),
    refHigh: v.optional(num()),
    /** Plausible value bounds: a number outside them is not this analyte's value. */
    min: v.optional(num()),
    max: v.optional(num()),
    /** The unit every value is converted to (`canonicalValue`); default `unit`. */
    canonicalUnit: v.optional(text),
    /** Decimal places a converted value is rounded to (the precision the packs compare at). */
    precision: v.optional(num({ min: 0, max: 6, integer: true })),
    conversions: v.optional(list(labConversionSchema)),
    /** Phrases one of which must stand earlier in the sentence ("UA", "urinalysis") unless the value has the analyte's unit. */
    context: v.optional(phrases),
    /** Aliases that name the analyte only after a `context` phrase ("blood" in "UA: large blood"). */
    contextAliases: v.optional(phrases),
    qualitative: v.optional(list(labQualitativeSchema)),
    /** The value may stand before the alias ("0-2 RBC/hpf"), then only with one of `units`. */
    valueBefore: v.optional(bool),
  }),
);

export const labsSchema = closed({
  analytes: list(labAnalyteSchema, { min: 1 }),
  /** Words after a value that flag it ("L", "low", "H", "high", "elevated"). */
  flags: list(named('phrases', closed({ phrases, flag }))),
  /** Words beside a value that say its specimen or result is not to be trusted yet ("hemolyzed", "repeat to confirm"). */
  specimen: list(
    named('problem', closed({ phrases, problem: oneOf(['hemolyzed', 'clotted', 'contaminated', 'pending', 'lab-error', 'repeat-to-confirm']) })),
  ),
  /** Words that may stand between a value and its specimen words ("K 6.3, specimen hemolyzed"): single tokens, punctuation included. */
  specimenFillers: list(text, { unique: true }),
  /** Words that cancel a specimen word before it ("non-hemolyzed", "not hemolyzed"). */
  specimenNegators: list(phrase, { unique: true }),
  /** Words right after an alias that make it a drug, diet or supplement name ("potassium chloride"), not a result. */
  notResultAfter: list(word, { unique: true }),
  /** Words right before an alias that make it another thing's name ("vitamin K"). */
  notResultBefore: list(word, { unique: true }),
  baseline: labBaselineWindowsSchema,
  /** Words that label a value's time ("on admission", "baseline", "peak", "today"). */
  times: list(named('time', closed({ phrases, time: oneOf(['admission', 'discharge', 'baseline', 'prior', 'pre-op', 'peak', 'latest', 'dated']) }))),
});
