/**
 * Blocks of result lines: consecutive lines of one section, each holding a lab value (or shaped like
 * a result of an analyte the lexicon does not know), with no blank line or prose line between them. A CBC printed one analyte per line under its heading
 * ("WBC 1.9 L / Hgb 8.7 L / Plt 61 L") is one block: its untimed values come from one draw
 * (lab-series.ts sameDraw), as they would if written on one line.
 */
import type { Doc } from '../document.ts';
import type { Finding } from '../types.ts';

/** Longest line that counts as one result ("ANC  0.9  L  (1.5-8.0)"), in tokens. */
const MAX_RESULT_LINE_TOKENS = 12;

/**
 * A line shaped like a result of an analyte the lexicon does not know ("ANC 0.9 L", "Retic 0.4"): a
 * name, then a number, on a short line. It keeps the block going; it is no value of its own.
 */
function resultShaped(doc: Doc, index: number): boolean {
  const s = doc.sentences[index]!;
  const t = doc.tokens;
  if (s.endToken - s.firstToken > MAX_RESULT_LINE_TOKENS || t[s.firstToken]?.kind !== 'word') return false;
  let i = s.firstToken + 1;
  while (i < s.endToken && (t[i]!.norm === ':' || t[i]!.norm === '|' || t[i]!.norm === '=')) i++;
  return t[i]?.kind === 'number';
}

/** For each sentence, its block id (the index of the block's first sentence), or -1 when it holds no lab value. */
export function resultBlocks(doc: Doc, findings: readonly Finding[]): Int32Array {
  const hasLab = new Uint8Array(doc.sentences.length);
  for (const f of findings) if (f.type === 'lab' && f.sentence >= 0) hasLab[f.sentence] = 1;
  for (const s of doc.sentences) if (!hasLab[s.index] && resultShaped(doc, s.index)) hasLab[s.index] = 2;
  const block = new Int32Array(doc.sentences.length).fill(-1);
  let current = -1;
  for (const s of doc.sentences) {
    const prev = doc.sentences[s.index - 1];
    const lineBreaks = doc.tokens[s.firstToken]?.newlinesBefore ?? 0;
    if (!hasLab[s.index] || !prev || !hasLab[prev.index] || prev.sectionIndex !== s.sectionIndex || lineBreaks > 1) current = -1;
    if (!hasLab[s.index]) continue;
    if (current < 0) current = s.index;
    if (hasLab[s.index] === 1) block[s.index] = current;
  }
  return block;
}
