/**
 * What surrounds a term: its candidate shape, its sentence and section, and the nearest cue phrase
 * within a bounded window of the same sentence (bounded so a pathological one-line note stays linear).
 */
import type { Candidate, Doc, DocSentence } from '../../document.ts';
import type { PhraseMatcher } from '../../matcher.ts';
import type { SectionRole } from '../../../lexicon/types.ts';
import type { FindingAttributesByType, FindingType } from '../../types.ts';

/** Tokens on each side of a term in which cue words count as "near". */
export const CUE_WINDOW = 12;

export function termCandidate<T extends FindingType>(
  doc: Doc,
  type: T,
  first: number,
  last: number,
  attributes: FindingAttributesByType[T],
): Candidate<T> {
  return {
    type,
    start: doc.tokens[first]!.start,
    end: doc.tokens[last]!.end,
    firstToken: first,
    endToken: last + 1,
    sentence: doc.sentenceOfToken[first]!,
    attributes,
  };
}

export function sentenceAt(doc: Doc, token: number): DocSentence {
  return doc.sentences[doc.sentenceOfToken[token]!]!;
}

export function sectionRoleAt(doc: Doc, token: number): SectionRole | null {
  return doc.sectionDefs[sentenceAt(doc, token).sectionIndex]?.role ?? null;
}

export interface CueHit<P> {
  payload: P;
  /** Tokens between the cue and the term; 0 when they touch or overlap. */
  distance: number;
  /** The cue ends before the term starts. */
  before: boolean;
}

/** Every cue within `window` tokens of [first, last] in the same sentence, nearest first. */
export function cuesNear<P>(doc: Doc, matcher: PhraseMatcher<P>, first: number, last: number, window = CUE_WINDOW): CueHit<P>[] {
  const s = sentenceAt(doc, first);
  const from = Math.max(s.firstToken, first - window);
  const to = Math.min(s.endToken, last + 1 + window);
  const hits: CueHit<P>[] = [];
  for (const m of matcher.findAll(doc.tokens, from, to)) {
    const before = m.last < first;
    const distance = before ? first - m.last - 1 : m.first > last ? m.first - last - 1 : 0;
    hits.push({ payload: m.payloads[0]!, distance, before });
  }
  return hits.sort((a, b) => a.distance - b.distance || Number(b.before) - Number(a.before));
}
