/**
 * lexicon/context.yaml: ConText triggers, pseudo-triggers, companions and terminations. A trigger's
 * category is an assertion flag, or `current`, which marks residual deficits and sequelae ("with
 * residual", "late effect of") as present even inside a historical scope or a history section, or
 * `recent`, which marks a new or acute condition ("new-onset", "acute") as not chronic.
 */
import * as v from 'valibot';
import { ASSERTION_CATEGORIES, FINDING_TYPES } from '../../engine/types.ts';
import { bool, closed, contextPhrase, list, named, num, oneOf, text } from './common.ts';

const category = oneOf([...ASSERTION_CATEGORIES, 'current', 'recent']);
const contextPhrases = list(contextPhrase, { min: 1, unique: true });

export const contextTriggerSchema = named(
  'phrases',
  closed({
    phrases: contextPhrases,
    category,
    /** `self`: the trigger describes only the words it is made of (a chronic disease's own name). */
    direction: oneOf(['forward', 'backward', 'bidirectional', 'self']),
    /** Longest scope in tokens; the sentence (or a termination) ends it earlier. */
    maxScope: v.optional(num({ min: 1, max: 50, integer: true })),
    /**
     * The trigger counts only at the end of its clause (followed by ",", ";", ")", the sentence end):
     * template answers like "Fever: no" or "Romberg negative.", not "no other lesions".
     */
    clauseFinal: v.optional(bool),
    /**
     * An anchor in time ("last admission", "at initial evaluation"): like a date, its scope ends only
     * at a sentence stop, a contrast or a return to the present ("today", "now"), not at the
     * terminations of its category ("with", "admitted"), within maxScope.
     */
    timeAnchor: v.optional(bool),
    /**
     * With timeAnchor: the anchor labels the rest of its sentence, as one before a colon does ("that
     * admission was complicated by AKI (Cr peak 3.1, discharge 1.4) and a GI bleed w/ Hgb 9.4"): clause
     * punctuation does not end its scope for measured values, only a return to the present ("today").
     */
    labelsSentence: v.optional(bool),
    /**
     * The trigger applies only to findings of these types, and only within its clause: "dialysis if
     * refractory" makes the order conditional, while "weakness worse if walking" keeps the weakness.
     */
    onlyFor: v.optional(list(oneOf(FINDING_TYPES), { min: 1, unique: true })),
    /**
     * With onlyFor, direction forward: a condition written before its order ("Once ferritin results, start
     * IV iron", "Pending repeat BMP, may restart lisinopril"). It counts only where a clause starts, and its
     * scope runs over the condition's own clause into the next one, the order's.
     */
    leadsOrder: v.optional(bool),
    /**
     * An unchecked box: written with the direction of boxes after their items ("fever [ ] fatigue [x]"),
     * scoped forward instead on a line whose boxes lead their items ("[ ] fever [x] fatigue",
     * "Plan: [x] PT [ ] OT"; src/engine/assertion/checkboxes.ts).
     */
    checkbox: v.optional(bool),
    /** Where the trigger came from or why it is here (for reviewers). */
    note: v.optional(text),
  }),
);

export const contextTerminationSchema = named(
  'phrases',
  closed({
    phrases: contextPhrases,
    /** Categories whose scope this ends; all when absent. */
    categories: v.optional(list(category)),
    /**
     * Ends scopes only right after a comma, where it opens a new clause: "without edema, with temporal
     * wasting", "no edema, has temporal wasting" (not "no pain with ambulation").
     */
    afterComma: v.optional(bool),
  }),
);

export const contextSchema = closed({
  triggers: list(contextTriggerSchema, { min: 1 }),
  /** Phrases that look like triggers but are not ("no increase", "gram negative"). */
  pseudo: list(contextPhrase, { unique: true }),
  /**
   * Words before a relative that make the relative a companion or informant rather than the one
   * with the finding: "brought in by her daughter", "lives with his son".
   */
  companions: v.optional(list(contextPhrase, { unique: true })),
  terminations: list(contextTerminationSchema),
  /**
   * Which labelled admission date starts the encounter's stay (src/engine/assertion/dates.ts): one at most
   * `maxStayDays` before the visit date; an older one is an earlier stay ("previously admitted 3/2024").
   */
  encounterDates: closed({ source: text, maxStayDays: num({ min: 1, max: 3650, integer: true }) }),
  /**
   * Orders that name the threshold they act on ("transfuse Hgb < 7", "goal K > 4"): the value after
   * them is a condition or a target, not a measured result (read like "if Hgb < 7").
   */
  thresholdOrders: v.optional(list(contextPhrase, { unique: true })),
  /**
   * Acute events: a bare year written right after one dates it ("L MCA infarct 2018", "NSTEMI 2021",
   * "AKI 2019 after contrast"), so it is past (src/engine/assertion/dated-events.ts). A chronic condition
   * with a year ("DM2 2010", "HTN dx 2015") names its diagnosis year and stays current: it is not listed.
   */
  datedEvents: v.optional(list(contextPhrase, { unique: true })),
  /**
   * Past changes of a medication ("reduced", "held", "stopped"): the event named after them as its reason
   * ("torsemide reduced from 40 after AKI", "lisinopril held since AKI last month") happened before the
   * change, so it is past (src/engine/assertion/medication-changes.ts).
   */
  medicationChanges: v.optional(list(contextPhrase, { unique: true })),
  /**
   * Statements that values written above belong to another patient (a wrong-patient paste corrected in
   * an addendum): an earlier lab value whose analyte the note reports again after the statement is not
   * the patient's (src/engine/assertion/wrong-patient.ts).
   */
  wrongPatient: v.optional(list(contextPhrase, { unique: true })),
});
