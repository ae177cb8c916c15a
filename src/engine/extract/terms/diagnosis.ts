/**
 * Diagnoses named in the note, from lexicon/diagnoses.yaml: concept, codes and category. Besides its
 * terms, a concept may be named by a procedure after a procedure cue: "s/p R TKA", "following her
 * laminectomy", "post-TKA" name a post-surgical state; a bare "TKA" (planned, scheduled) does not.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { DiagnosisDef } from '../../../lexicon/types.ts';
import { termCandidate } from './context-window.ts';
import { termScanners } from './scanners.ts';

// Words allowed between a procedure cue and the procedure besides a side ("s/p recent elective R TKA").
// Grammar, not clinical vocabulary, so it lives here rather than in the lexicon.
const PROCEDURE_FILLERS = new Set(['a', 'an', 'the', 'her', 'his', 'their', 'recent', 'recently', 'prior', 'elective',
  'uncomplicated', 'primary', 'revision', 'staged', '-', '\u2010', '\u2011', '\u2013']);
/** Most tokens between the cue and the procedure ("s/p recent elective bilateral" is 3). */
const MAX_FILLERS = 4;
/** Longest procedure cue, in tokens ("rehabilitation after"). */
const MAX_CUE_TOKENS = 3;

function candidate(doc: Doc, first: number, last: number, d: DiagnosisDef): AnyCandidate {
  return termCandidate(doc, 'diagnosis', first, last, { concept: d.concept, codes: [...d.codes], category: d.category }) as AnyCandidate;
}

/** The first token of the procedure cue that ends right before [first] (fillers and a side allowed between), or -1. */
function cueStart(doc: Doc, lexicon: CompiledLexicon, sentenceFirst: number, first: number): number {
  const { procedureCues } = termScanners(lexicon);
  let cursor = first - 1;
  for (let skipped = 0; cursor >= sentenceFirst && skipped <= MAX_FILLERS; skipped++) {
    for (let from = Math.max(sentenceFirst, cursor - MAX_CUE_TOKENS + 1); from <= cursor; from++) {
      const cue = procedureCues.matchAt(doc.tokens, from, cursor + 1);
      if (cue && cue.last === cursor) return cue.first;
    }
    const side = lateralityEndingAt(doc, lexicon, sentenceFirst, cursor);
    if (side !== -1) cursor = side - 1;
    else if (PROCEDURE_FILLERS.has(doc.tokens[cursor]!.norm)) cursor--;
    else return -1;
  }
  return -1;
}

/** The first token of a side phrase ("R", "left", "on the right") ending at token `last`, or -1. */
function lateralityEndingAt(doc: Doc, lexicon: CompiledLexicon, sentenceFirst: number, last: number): number {
  for (let from = Math.max(sentenceFirst, last - 2); from <= last; from++) {
    const m = lexicon.laterality.matchAt(doc.tokens, from, last + 1);
    if (m && m.last === last) return m.first;
  }
  return -1;
}

export const extractDiagnoses: Extractor = (doc, lexicon) => {
  const scanners = termScanners(lexicon);
  const out = scanners.diagnoses.scanDoc(doc).map((m) => candidate(doc, m.first, m.last, m.payload));
  if (scanners.procedures.count === 0) return out;
  for (const s of doc.sentences) {
    if (doc.headerToken[s.firstToken]) continue;
    for (const m of scanners.procedures.findAll(doc.tokens, s.firstToken, s.endToken)) {
      const start = cueStart(doc, lexicon, s.firstToken, m.first);
      if (start !== -1) out.push(candidate(doc, start, m.last, m.payloads[0]!));
    }
  }
  return out;
};
