/**
 * The note's lines, found once per note: where a line starts is a binary search, never a search back
 * through the text (on a 100 KB line that search made every caller quadratic).
 */
import type { Doc } from './document.ts';
import { NoteMemo } from './note-memo.ts';

const starts = new NoteMemo<Doc, number[]>('line starts');

/** Offset of each line's first character, ascending (the first line starts at 0). */
export function lineStartsOf(doc: Doc): readonly number[] {
  let found = starts.get(doc);
  if (found) return found;
  found = [0];
  for (let i = doc.text.indexOf('\n'); i >= 0; i = doc.text.indexOf('\n', i + 1)) found.push(i + 1);
  starts.set(doc, found);
  return found;
}

/** The index of the line holding `offset`. */
export function lineIndexAt(doc: Doc, offset: number): number {
  const lines = lineStartsOf(doc);
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Offset of the first character of the line holding `offset`. */
export function lineStartAt(doc: Doc, offset: number): number {
  return lineStartsOf(doc)[lineIndexAt(doc, offset)]!;
}
