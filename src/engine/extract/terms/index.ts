// Term-list extractors (weakness, fatigue, gait, function, workup, diagnoses ...): registered here by their owner.
import type { Extractor } from '../../document.ts';

export const TERM_EXTRACTORS: readonly Extractor[] = [];
