/**
 * Rule ids agreed for issue 11 that the engine's registry does not have yet. The eval cases already
 * expect them, so the measurement shows where the engine falls short. Delete this list (and its use
 * in known-rules.ts) once the four rules exist in src/engine/rules/.
 */
export const PENDING_RULE_IDS: readonly string[] = [
  'coded-condition-negated',
  'coded-condition-resolved',
  'coded-condition-uncertain',
  'symptom-integral-to-dx',
];
