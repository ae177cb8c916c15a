/** The extraction stages. Each proposes candidates independently; order does not matter. */
import type { Extractor } from '../document.ts';
import { TERM_EXTRACTORS } from './terms/index.ts';
import { VALUE_EXTRACTORS } from './values/index.ts';

export const EXTRACTORS: readonly Extractor[] = [...TERM_EXTRACTORS, ...VALUE_EXTRACTORS];
