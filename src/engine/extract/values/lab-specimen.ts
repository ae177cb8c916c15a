/**
 * Specimen problems of lab values: "K 6.3 (hemolyzed)", "K 6.3, specimen hemolyzed", "hemolyzed
 * sample: K 6.3", "Na 118, lab error", "K 2.9, repeat to confirm". The words (labs.yaml `specimen`)
 * belong to the value they follow, or else the value they precede, with only `specimenFillers`
 * between (so "K 6.3 (hemolyzed), repeat K 4.4" marks only 6.3, and "Cr 2.1, urine lytes pending"
 * marks nothing); a negator right before them ("non-hemolyzed", "not hemolyzed") cancels them.
 */
import type { Candidate, Doc } from '../../document.ts';
import type { ValueLexicon } from './value-lexicon.ts';

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

function negated(doc: Doc, vlex: ValueLexicon, first: number, from: number): boolean {
  let k = first - 1;
  if (k >= from && HYPHENS.has(doc.tokens[k]!.norm)) k--;
  return k >= from && vlex.labSpecimenNegators.has(doc.tokens[k]!.norm);
}

function onlyFillers(doc: Doc, vlex: ValueLexicon, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!vlex.labSpecimenFillers.has(doc.tokens[k]!.norm)) return false;
  return true;
}

/** Sets `specimen` on the labs of one sentence [from, to), given in text order. */
export function markSpecimens(doc: Doc, vlex: ValueLexicon, labs: readonly Candidate<'lab'>[], from: number, to: number): void {
  if (labs.length === 0) return;
  const t = doc.tokens;
  // labs[next] is the first lab after the words; one pass over both (linear on any sentence).
  let next = 0;
  for (let i = from; i < to; i++) {
    const m = vlex.labSpecimen.matchAt(t, i, to);
    if (!m) continue;
    i = m.last;
    while (next < labs.length && labs[next]!.firstToken <= m.last) next++;
    if (negated(doc, vlex, m.first, from)) continue;
    const prev = next > 0 ? labs[next - 1] : undefined;
    const before = prev && prev.endToken <= m.first ? prev : undefined;
    const after = labs[next];
    const target = before && onlyFillers(doc, vlex, before.endToken, m.first) ? before : after && onlyFillers(doc, vlex, m.last + 1, after.firstToken) ? after : null;
    if (target && !target.attributes.specimen) target.attributes.specimen = m.payloads[0]!;
  }
}
