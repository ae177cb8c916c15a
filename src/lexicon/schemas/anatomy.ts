/** lexicon/anatomy.yaml: body sites, sides, and the words of a strength exam. */
import * as v from 'valibot';
import { closed, list, named, num, oneOf, phrases, text, word } from './common.ts';

export const laterality = oneOf(['left', 'right', 'bilateral']);

const region = oneOf(['proximal', 'distal', 'upper', 'lower', 'axial', 'all', 'side']);
const regions = list(region, { unique: true });
const words = list(word, { unique: true });

export const anatomySiteSchema = named(
  'id',
  closed({
    id: text,
    terms: phrases,
    region: v.optional(region),
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
  /** Regions that are a whole limb, one half of the body, or have no side. */
  regionKinds: closed({ limb: regions, halfBody: regions, unsided: regions }),
  /** Words of other exam scales (reflexes, pulses, pain) whose numbers are no strength grades. */
  otherScales: closed({
    /** A row about another exam: its bare numbers are not grades. */
    rowWords: words,
    /** Right before "4/5": the fraction is that scale's. */
    beforeGrade: words,
    /** Right after "4/5": a fraction of time or of a count. */
    countedAfter: words,
  }),
});
