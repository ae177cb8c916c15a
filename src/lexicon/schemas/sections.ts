/** lexicon/sections.yaml: the note's section headers, their roles and assertion defaults. */
import * as v from 'valibot';
import { ASSERTION_CATEGORIES } from '../../engine/types.ts';
import { bool, closed, id, list, named, num, oneOf, phrases, text } from './common.ts';

export const SECTION_ROLES = ['complaint', 'history', 'ros', 'exam', 'data', 'assessment', 'plan', 'medications', 'allergies', 'family', 'social', 'instructions', 'other'] as const;

/** Assertion flags every finding in a section starts with (PMH: historical). */
const assertionDefaults = closed(Object.fromEntries(ASSERTION_CATEGORIES.map((c) => [c, v.optional(bool)])) as Record<(typeof ASSERTION_CATEGORIES)[number], v.OptionalSchema<typeof bool, undefined>>);

export const sectionSchema = named(
  'id',
  closed({
    id,
    /** Display name. */
    name: text,
    headers: phrases,
    role: oneOf(SECTION_ROLES),
    defaults: v.optional(assertionDefaults),
    /** Chosen codes are read from this section. */
    codes: v.optional(bool),
    /**
     * The header may run this many tokens on to its line's colon, its own words between ("Copied from 11/28
     * note:", "Prior H&P (11/20):"); without it the colon follows the header's phrase.
     */
    labelReach: v.optional(num({ min: 1, max: 20, integer: true })),
    /** Text carried over from an earlier note: current after all when its header dates it to this encounter or stay. */
    carriedOver: v.optional(bool),
  }),
);

export const sectionsSchema = closed({
  sections: list(sectionSchema, { min: 1 }),
  /** Words that end with a period but do not end a sentence ("Dr.", "approx."). */
  abbreviations: list(text, { unique: true }),
  /** Spoken punctuation left in dictated text ("no distension period labs ..."): ends a sentence. */
  spokenSentenceEnds: closed({
    phrases,
    /** A one-word phrase that is also a plain word ("menstrual period") is no sentence end after these words ... */
    notAfter: list(text, { unique: true }),
    /** ... nor before these ("a period of 3 weeks"). */
    notBefore: list(text, { unique: true }),
  }),
  /** Spoken punctuation marks read as the mark they name ("12.8 comma this morning 7.6" reads as "12.8, this morning 7.6"). */
  spokenMarks: v.record(v.pipe(v.string(), v.regex(/^[a-z]+$/, 'must be one lower-case word')), v.picklist([',', ';'])),
});
