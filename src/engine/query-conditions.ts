/**
 * Query conditions that are not evidence predicates or term sets: facts about the note that decide
 * whether an answer option is clinically reasonable ("Fatigue without loss of strength" only when
 * fatigue or a bare weakness complaint is documented). Kept free of the compiled lexicon so the
 * lexicon build can check condition names against this list.
 */
import { findingsOf, isAffirmed, isCurrentMention } from './evidence.ts';
import type { RuleInput } from './rule-input.ts';

export const QUERY_CONDITIONS: Readonly<Record<string, (input: RuleInput) => boolean>> = {
  /** Fatigue, tiredness or low energy, present now. */
  fatigue: ({ findings }) => findingsOf(findings, 'fatigue').some(isCurrentMention),
  /** A weakness complaint reported by the patient. */
  'subjective-weakness': ({ findings }) => findingsOf(findings, 'weakness').some((w) => isCurrentMention(w) && w.attributes.observation === 'subjective'),
  /** Weakness of one site or side (one limb, hemiparesis). */
  'focal-weakness': ({ findings }) =>
    findingsOf(findings, 'weakness').some((w) => isCurrentMention(w) && w.attributes.distribution === 'focal') ||
    findingsOf(findings, 'strength-grade').some(
      (g) => isAffirmed(g) && !g.attributes.normal && (g.attributes.laterality === 'left' || g.attributes.laterality === 'right'),
    ),
  /** A normal strength exam ("5/5 throughout", "strength intact"). */
  'normal-strength': ({ findings }) => findingsOf(findings, 'strength-grade').some((g) => isAffirmed(g) && g.attributes.normal),
  /** Any weakness mention about the patient now, complaint or exam. */
  'current-weakness': ({ findings }) => findingsOf(findings, 'weakness').some(isCurrentMention),
};

export const QUERY_CONDITION_IDS: readonly string[] = Object.keys(QUERY_CONDITIONS);
