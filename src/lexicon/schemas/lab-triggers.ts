/** lexicon/lab-triggers.yaml: phrase sets shared by every pack (treatments, workup, spurious results), matched with their assertion. */
import * as v from 'valibot';
import { bool, closed, id, list, named, phrases } from './common.ts';

export const termSetSchema = named(
  'id',
  closed({
    id,
    phrases,
    /** Matched only as written ("SZC", "MMA"). */
    caseSensitive: v.optional(phrases),
    /** Longer phrases that contain a term but are not this set ("hemolysis labs"). */
    pseudo: v.optional(phrases),
    /** The mention does not count when its sentence has one of these (another stated purpose). */
    notInSentenceWith: v.optional(phrases),
    /** The mention counts only when its sentence also names one of these: what a generic phrase ("at baseline") is about. */
    onlyInSentenceWith: v.optional(phrases),
    /** The mention does not count when a number follows it ("repeat K 3.3" is a result, not an order). */
    notFollowedByNumber: v.optional(bool),
    /** The mention counts only when a number follows within three tokens ("on the floor ~14 h": a stated duration). */
    numberFollows: v.optional(bool),
  }),
);

export const labTriggersSchema = closed({ termSets: list(termSetSchema, { min: 1 }) });
