/**
 * Evidence predicates written in TypeScript, for what pack data cannot say (`registered: <id>` in a
 * pack's evidence). A pack that needs one adds it here with a comment saying why data could not express
 * it. None is needed today: the KDIGO creatinine criteria that were here are lab-series selectors
 * (`rise`, `ratio`: series-selectors.ts) whose numbers live in the AKI pack.
 */
import type { RegisteredEvidenceId } from '../../lexicon/engine-ids.ts';
import type { EvidenceResult } from './index.ts';
import type { RuleInput } from '../rule-input.ts';

export const REGISTERED_EVIDENCE: Readonly<Record<RegisteredEvidenceId, (input: RuleInput) => EvidenceResult>> = {};
