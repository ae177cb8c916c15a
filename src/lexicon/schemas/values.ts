/** lexicon/values.yaml: bounds of the values read from a note without a term file (the patient's age). */
import { closed, num, text } from './common.ts';

export const valuesSchema = closed({
  /** The patient's age: a number of years above `maxYears` is not an age. */
  age: closed({ source: text, maxYears: num({ min: 1, max: 200, integer: true }) }),
});
