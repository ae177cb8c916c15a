/**
 * Shared helpers of the value parsers: building candidates from token ranges, mapping character
 * offsets back to tokens (numbers and units are read with sticky regexes at token starts, since a
 * value such as "3.1mEq/L" is split across tokens), and what the sentence around a token is.
 */
import type { Candidate, Doc } from '../../document.ts';
import type { FindingAttributesByType, FindingType } from '../../types.ts';

/** Candidate over tokens [first, endToken) ending at character `end` (may be inside the last token). */
export function candidate<T extends FindingType>(
  doc: Doc,
  type: T,
  first: number,
  endToken: number,
  attributes: FindingAttributesByType[T],
  end = doc.tokens[endToken - 1]!.end,
): Candidate<T> {
  return { type, start: doc.tokens[first]!.start, end, firstToken: first, endToken, sentence: doc.sentenceOfToken[first]!, attributes };
}

/** Index of the token that contains character `offset`, or the first token after it; searches from `from`. */
export function tokenAt(doc: Doc, offset: number, from: number): number {
  let i = from;
  while (i < doc.tokens.length && doc.tokens[i]!.end <= offset) i++;
  return i;
}

/** End (exclusive) of the token range that covers text up to `offset`. */
export function endTokenFor(doc: Doc, offset: number, from: number): number {
  let i = from;
  while (i < doc.tokens.length && doc.tokens[i]!.start < offset) i++;
  return i;
}

/** The section role of a token's sentence ("exam", "complaint" ...), or null before any header. */
export function sectionRole(doc: Doc, token: number): string | null {
  return doc.sectionDefs[doc.sentences[doc.sentenceOfToken[token]!]!.sectionIndex]?.role ?? null;
}

/** Run a sticky regex at `offset`; null when it does not match there. */
export function stickyAt(re: RegExp, text: string, offset: number): RegExpExecArray | null {
  re.lastIndex = offset;
  return re.exec(text);
}

/** A number as written: "1,200", "3.1", "14". Thousands groups need exactly three digits. */
export const NUMBER_SOURCE = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

export function parseNumber(written: string): number {
  return Number(written.replace(/,/g, ''));
}
