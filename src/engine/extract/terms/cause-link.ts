/**
 * Cause-link phrases ("due to", "secondary to", "in the setting of", "causing"). Common words marked
 * requiresBoth in the lexicon ("from", "2/2") count only between a weakness/fatigue phrase and a
 * diagnosis in the same sentence ("weakness from hypothyroidism", not "transferred from home"), or
 * between a diagnosis and the drug named right after the word ("hypokalemia from furosemide",
 * "SIADH 2/2 citalopram"), as the adverse-effect rules read them.
 * linkCauses (cause-links.ts) joins each link to its findings after assertion.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import { sentenceAt, termCandidate } from './context-window.ts';
import { scannerFor, termScanners } from './scanners.ts';

/** How far a symptom or diagnosis may be from a requiresBoth link word, in tokens. */
const LINK_REACH = 15;

function hasSymptom(doc: Doc, lexicon: CompiledLexicon, from: number, to: number): boolean {
  return (['weakness', 'fatigue'] as const).some((t) => scannerFor(lexicon, t).scan(doc.text, doc.tokens, from, to).length > 0);
}

function hasDiagnosis(doc: Doc, lexicon: CompiledLexicon, from: number, to: number): boolean {
  return termScanners(lexicon).diagnoses.scan(doc.text, doc.tokens, from, to).length > 0;
}

/** Whether a medication term starts right after the link word ("from furosemide", not "from home"). */
function drugRightAfter(doc: Doc, lexicon: CompiledLexicon, last: number, to: number): boolean {
  return scannerFor(lexicon, 'medication').scan(doc.text, doc.tokens, last + 1, to).some((m) => m.first === last + 1);
}

function between(doc: Doc, lexicon: CompiledLexicon, first: number, last: number): boolean {
  const s = sentenceAt(doc, first);
  const beforeFrom = Math.max(s.firstToken, first - LINK_REACH);
  const afterTo = Math.min(s.endToken, last + 1 + LINK_REACH);
  return (
    (hasSymptom(doc, lexicon, beforeFrom, first) && hasDiagnosis(doc, lexicon, last + 1, afterTo)) ||
    (hasDiagnosis(doc, lexicon, beforeFrom, first) && hasSymptom(doc, lexicon, last + 1, afterTo)) ||
    (hasDiagnosis(doc, lexicon, beforeFrom, first) && drugRightAfter(doc, lexicon, last, afterTo))
  );
}

export const extractCauseLinks: Extractor = (doc, lexicon) => {
  const out: AnyCandidate[] = [];
  for (const m of scannerFor(lexicon, 'cause-link').scanDoc(doc)) {
    if (m.payload.attributes.requiresBoth === true && !between(doc, lexicon, m.first, m.last)) continue;
    out.push(termCandidate(doc, 'cause-link', m.first, m.last, { symptomId: null, diagnosisId: null }));
  }
  return out;
};
