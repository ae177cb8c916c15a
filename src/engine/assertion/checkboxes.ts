/**
 * Which side of an unchecked box its item stands on. Templates write both layouts:
 * - boxes after their items: "Constitutional:  fever [ ]  chills [ ]  fatigue [x]";
 * - boxes before their items: "[x] PT/OT  [ ] IV abx", "Constitutional: [ ] fever [x] fatigue".
 * A line keeps one layout, and its first box shows which: a box that opens the line (after a bullet
 * or a label's colon) leads its item, a box after a word follows one. "Fever: [ ]  Chills: [x]" puts
 * each box after its own label, so a label's colon between a box and the next box means boxes follow.
 */
import type { Token } from '../../text/tokens.ts';

/** Marks inside a box ("[x]", "[ ]", "[-]", "[no]"): at most this many tokens between the brackets. */
const BOX_INNER = 1;
/** Tokens that may stand before a line's first leading box: bullets and list numbers. */
const BULLETS: ReadonlySet<string> = new Set(['-', '*', '•', '·', '.', ')', '>']);

/** The index of the box's closing bracket when a box opens at i, else -1. */
function boxEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.norm !== '[') return -1;
  for (let j = i + 1; j <= i + BOX_INNER + 1 && j < tokens.length; j++) {
    if (tokens[j]!.newlinesBefore > 0) return -1;
    if (tokens[j]!.norm === ']') return j;
  }
  return -1;
}

/** Whether the boxes of the line holding token `at` stand before their items. */
export function boxesLeadItems(tokens: readonly Token[], at: number): boolean {
  let lineStart = at;
  while (lineStart > 0 && tokens[lineStart]!.newlinesBefore === 0) lineStart--;
  let box = lineStart;
  let end = -1;
  for (; box <= at; box++) if ((end = boxEnd(tokens, box)) >= 0) break;
  if (end < 0) return false;
  // Only bullets before it, or a label's colon right before it.
  const opensLine = box === lineStart || tokens[box - 1]!.norm === ':' || tokens.slice(lineStart, box).every((t) => BULLETS.has(t.norm) || t.kind === 'number');
  if (!opensLine) return false;
  // "Fever: [ ]  Chills: [x]": a label between this box and the next is the next box's item.
  let words = 0;
  for (let j = end + 1; j < tokens.length && tokens[j]!.newlinesBefore === 0 && boxEnd(tokens, j) < 0; j++) {
    if (tokens[j]!.norm === ':') return false;
    if (tokens[j]!.kind === 'word') words++;
  }
  return words > 0;
}
