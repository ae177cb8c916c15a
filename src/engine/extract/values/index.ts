// Value parsers (strength grades, labs, durations, ages, codes): registered here by their owner.
import type { Extractor } from '../../document.ts';

export const VALUE_EXTRACTORS: readonly Extractor[] = [];
