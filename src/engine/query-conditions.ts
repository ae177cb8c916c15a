/**
 * Query conditions that are not evidence predicates or term sets: facts about the note that decide
 * whether an answer option is clinically reasonable ("Fatigue without loss of strength" only when
 * fatigue or a bare weakness complaint is documented). Kept free of the compiled lexicon so the
 * lexicon build can check condition names against this list.
 */
import { codeLabelIds } from './assertion/code-labels.ts';
import { findingsOf, isAffirmed, isCurrentMention } from './evidence/index.ts';
import type { QueryConditionId } from '../lexicon/engine-ids.ts';
import type { RuleInput } from './rule-input.ts';
import type { Finding, FindingOf } from './types.ts';

/**
 * Weakness or fatigue said about the patient now, outside the assessment: the assessment's own
 * label ("Assessment: Muscle weakness (M62.81)") is the diagnosis asked about, not a complaint.
 */
function mentions<T extends 'weakness' | 'fatigue'>(input: RuleInput, type: T): FindingOf<T>[] {
  const labels = codeLabelIds(input.text, input.findings, input.lexicon);
  return findingsOf(input.findings, type).filter(
    (f) => isCurrentMention(f as Finding) && !labels.has(f.id) && (f.section === null || input.lexicon.sections.get(f.section)?.role !== 'assessment'),
  );
}

export const QUERY_CONDITIONS: Readonly<Record<QueryConditionId, (input: RuleInput) => boolean>> = {
  /** Fatigue, tiredness or low energy, present now. */
  fatigue: (input) => mentions(input, 'fatigue').length > 0,
  /** A weakness complaint reported by the patient. */
  'subjective-weakness': (input) => mentions(input, 'weakness').some((w) => w.attributes.observation === 'subjective'),
  /** Weakness of one site or side (one limb, hemiparesis). */
  'focal-weakness': (input) =>
    mentions(input, 'weakness').some((w) => w.attributes.distribution === 'focal') ||
    findingsOf(input.findings, 'strength-grade').some(
      (g) => isAffirmed(g) && !g.attributes.normal && (g.attributes.laterality === 'left' || g.attributes.laterality === 'right'),
    ),
  /** A normal strength exam ("5/5 throughout", "strength intact"). */
  'normal-strength': ({ findings }) => findingsOf(findings, 'strength-grade').some((g) => isAffirmed(g) && g.attributes.normal),
  /** Any weakness mention about the patient now, complaint or exam. */
  'current-weakness': (input) => mentions(input, 'weakness').length > 0,
};

