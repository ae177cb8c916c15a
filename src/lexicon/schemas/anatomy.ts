/** lexicon/anatomy.yaml: body sites, sides, and the words of a strength exam. */
import * as v from 'valibot';
import { closed, list, named, num, oneOf, phrases, text } from './common.ts';

export const laterality = oneOf(['left', 'right', 'bilateral']);

export const anatomySiteSchema = named(
  'id',
  closed({
    id: text,
    terms: phrases,
    region: v.optional(oneOf(['proximal', 'distal', 'upper', 'lower', 'axial', 'all', 'side'])),
    /** Side carried by the term itself ("RUE", "LLE", "BLE"). */
    laterality: v.optional(laterality),
  }),
);

export const anatomySchema = closed({
  sites: list(anatomySiteSchema),
  laterality: list(named('phrases', closed({ phrases, value: laterality }))),
  /** Phrases that state normal strength without a grade ("strength intact", "full strength"). */
  normalStrength: phrases,
  /** Phrases that state reduced strength on exam without a grade ("decreased strength"). */
  reducedStrength: phrases,
  /** MRC grades written as words ("trace" 1, "gravity eliminated" 2, "antigravity" 3), read in strength rows. */
  gradeWords: list(named('phrases', closed({ grade: num({ min: 0, max: 5, integer: true }), phrases }))),
  /** Words that introduce a grade ("strength", "power", "motor", "MRC grade"). */
  strengthCues: phrases,
  /** Words that make a sentence an exam observation ("on exam", "MMT", "demonstrates"). */
  examCues: phrases,
});
