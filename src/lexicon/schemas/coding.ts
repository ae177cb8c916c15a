/** lexicon/coding.yaml: care-setting cues, the wording of a resolved condition, handedness (Guideline I.C.6.a). */
import * as v from 'valibot';
import { isLetterThirdCategory } from '../../codes/icd10cm.ts';
import { FINDING_TYPES } from '../../engine/types.ts';
import { code } from './code-shapes.ts';
import { closed, list, named, num, oneOf, phrases, shaped } from './common.ts';

const HANDS = ['right', 'left', 'ambidextrous'] as const;
const dominance = oneOf(['dominant', 'non-dominant']);

export const settingCueSchema = named(
  'phrases',
  closed({ setting: oneOf(['inpatient', 'outpatient']), weight: num({ min: 1, max: 10, integer: true }), phrases }),
);

export const codingSchema = closed({
  settingThreshold: num({ min: 1, max: 100 }),
  settingCues: list(settingCueSchema, { min: 1 }),
  resolvedCues: phrases,
  /** Wording that puts a condition in the past ("history of", "s/p"). */
  historyCues: phrases,
  /** Wording by which a symptom is said not to be part of a diagnosis ("not related to"): Guideline I.B.6. */
  unrelatedCues: phrases,
  /** Wording with a resolution word that says the condition persists ("not resolved"): wins over resolvedCues. */
  unresolvedCues: phrases,
  handedness: list(named('hand', closed({ hand: oneOf(HANDS), phrases })), { min: 1 }),
  /** Dominance of the affected side when the note does not state handedness, by affected side (or an ambidextrous patient). */
  dominanceDefaults: closed({ right: dominance, left: dominance, ambidextrous: dominance }),
  /** Finding types that name a condition, so a code written after one is its label ("Weakness (R53.1)"). */
  codeLabelTypes: list(oneOf(FINDING_TYPES), { min: 1, unique: true }),
  /**
   * The categories whose third character is a letter (listed in lexicon/coding.yaml): the code reader reads a written code
   * with a letter in third place only under one of these, so "A1C", "T2D" or "G6P" never start one.
   */
  letterThirdCategories: list(
    v.pipe(code, shaped(isLetterThirdCategory, 'a category of a letter, a digit and a letter')),
    { min: 1, unique: true },
  ),
});
