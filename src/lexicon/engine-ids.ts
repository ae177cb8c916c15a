/**
 * The names of what the engine implements in TypeScript and pack data may refer to: registered
 * finding tests, registered evidence predicates and query conditions. The lexicon build checks pack
 * references against these lists without loading the engine (the engine imports the compiled
 * lexicon, so the build must not import the engine); the engine's registries are typed by these ids,
 * so a name here without an implementation, or the reverse, fails the type check.
 */
export const FINDING_TEST_IDS = ['reduced-grade', 'graded-site', 'has-result', 'not-independent', 'outside-diagnosis', 'attributed-to-medication', 'provider-authored', 'dietitian-authored', 'resolved'] as const;
export type FindingTestId = (typeof FINDING_TEST_IDS)[number];

/** Evidence predicates written in TypeScript (src/engine/evidence/registered.ts). */
export const REGISTERED_EVIDENCE_IDS = [] as const;
export type RegisteredEvidenceId = (typeof REGISTERED_EVIDENCE_IDS)[number];

export const QUERY_CONDITION_IDS = ['fatigue', 'subjective-weakness', 'focal-weakness', 'normal-strength', 'current-weakness'] as const;
export type QueryConditionId = (typeof QUERY_CONDITION_IDS)[number];
