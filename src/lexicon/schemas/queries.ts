/**
 * lexicon/queries.yaml: the frame of every CDI query, its forbidden (leading) words, the order of
 * quoted indicators, and the shared query templates. References between templates, rules and
 * conditions are checked when the lexicon is assembled (src/lexicon/assemble.ts).
 */
import * as v from 'valibot';
import { FINDING_TYPES } from '../../engine/types.ts';
import { closed, id, list, named, oneOf, phrases, text } from './common.ts';
import { code } from './code-shapes.ts';

const conditions = list(text, { min: 1, unique: true });

export const queryOptionSchema = named(
  'text',
  closed({
    text,
    /** Shown only when one of these conditions holds. */
    if: v.optional(conditions),
    /** Hidden when one of these conditions holds. */
    unless: v.optional(conditions),
  }),
);

export const queryTemplateSchema = named(
  'id',
  closed({
    id,
    form: oneOf(['choice', 'confirm']),
    /** Rules whose diagnostics this question serves (`code`: only for that chosen code). */
    usedBy: v.optional(list(named('rule', closed({ rule: id, code: v.optional(code) })), { min: 1 })),
    /** Evidence predicates or term sets whose spans are quoted as indicators, after the rule's own. */
    indicators: v.optional(conditions),
    question: text,
    asks: v.optional(list(named('rule', closed({ rule: id, text, unless: v.optional(conditions) })), { min: 1 })),
    options: v.optional(list(queryOptionSchema, { min: 1 })),
  }),
);

export const queryFrameSchema = closed({
  indicatorsHeader: text,
  other: text,
  undetermined: text,
  yes: text,
  no: text,
  unableToDetermine: text,
  closing: text,
});

export const queriesSchema = closed({
  frame: queryFrameSchema,
  forbiddenWords: phrases,
  /** Evidence kinds, strongest first: finding types, and `treatment` for term-set mentions. */
  indicatorOrder: list(oneOf([...FINDING_TYPES, 'treatment']), { min: 1, unique: true }),
  /** Words that date a value on its line ("on admission", "POD 2"). */
  timeLabels: phrases,
  queries: list(queryTemplateSchema, { min: 1 }),
});
