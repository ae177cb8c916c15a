/** Diagnoses named in the note, from lexicon/diagnoses.yaml: concept, codes and category. */
import type { AnyCandidate, Extractor } from '../../document.ts';
import { termCandidate } from './context-window.ts';
import { termScanners } from './scanners.ts';

export const extractDiagnoses: Extractor = (doc, lexicon) =>
  termScanners(lexicon)
    .diagnoses.scanDoc(doc)
    .map(
      (m) =>
        termCandidate(doc, 'diagnosis', m.first, m.last, {
          concept: m.payload.concept,
          codes: [...m.payload.codes],
          category: m.payload.category,
        }) as AnyCandidate,
    );
