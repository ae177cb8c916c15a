/**
 * A walked distance: "ambulates 20 ft", "Ambulated 25 ft w/ FWW + mod A", "gait 150' with RW",
 * "walked 40 meters x2". Therapists measure mobility this way, with any number, so the distance is
 * read as a number and a unit after the walking words of lexicon/findings/function.yaml (the
 * mobility activities of `limits`), not listed phrase by phrase. The finding is mobility, with the
 * level read after it as for any function phrase (walker: assist; independently: independent).
 *
 * Miles, blocks and steps are not taken: those are everyday distances ("walks 2 miles daily"), not
 * a measured limitation. An inability before the walking words ("unable to ambulate 10 ft") is the
 * limits extractor's finding, which starts earlier and so wins the overlap.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import { termCandidate } from './context-window.ts';
import { functionAttributes } from './function-levels.ts';
import { TermScanner } from './term-scanner.ts';
import { termScanners } from './scanners.ts';

/** Units a walked distance is measured in. */
const UNITS = new Set(['ft', 'feet', 'foot', 'm', 'meter', 'meters', 'metre', 'metres', 'yards', 'yard', 'yd', 'yds']);
/** A number and its unit written together: "20ft", "15m". */
const JOINED = /^\d{1,4}(?:ft|m|yds?)$/;
/** Words that may stand between the walking words and the number ("ambulated approx 20 ft", "gait: 150 ft"). */
const LEAD = new Set([':', '-', '~', 'approx', 'approximately', 'about', 'around', 'only', 'up', 'to', 'for', 'x', '~']);
const MAX_LEAD = 2;

const cache = new WeakMap<CompiledLexicon, TermScanner<true> | null>();

function walkingScanner(lexicon: CompiledLexicon): TermScanner<true> | null {
  if (cache.has(lexicon)) return cache.get(lexicon)!;
  const def = lexicon.data.findings.find((f) => f.type === 'function' && f.limits)?.limits;
  let scanner: TermScanner<true> | null = null;
  for (const a of def?.activities ?? []) {
    if (a.domain !== 'mobility' || a.mobility !== true) continue;
    // Scanned sentence by sentence over the whole note: it joins the lexicon's one walk.
    scanner ??= new TermScanner<true>(termScanners(lexicon).index);
    for (const t of a.terms) scanner.addTerm(t, true, lexicon.data.inflections[t]);
  }
  cache.set(lexicon, scanner);
  return scanner;
}

/** The last token of a distance starting within reach after token `last`, or -1. */
function distanceEnd(doc: Doc, last: number, end: number): number {
  const t = doc.tokens;
  let k = last + 1;
  for (let lead = 0; k < end && lead < MAX_LEAD && LEAD.has(t[k]!.norm); lead++) k++;
  if (k >= end) return -1;
  if (t[k]!.kind === 'word' && JOINED.test(t[k]!.norm)) return k;
  if (t[k]!.kind !== 'number' || k + 1 >= end) return -1;
  const unit = t[k + 1]!;
  if (unit.kind === 'word' && UNITS.has(unit.norm)) return k + 1;
  // 150' (feet): the mark right after the number.
  if (unit.kind === 'punct' && (unit.norm === "'" || unit.norm === '\u2019') && !unit.spaceBefore) return k + 1;
  return -1;
}

export const extractWalkedDistance: Extractor = (doc, lexicon) => {
  const scanner = walkingScanner(lexicon);
  if (!scanner) return [];
  const out: AnyCandidate[] = [];
  for (const s of doc.sentences) {
    if (doc.headerToken[s.firstToken]) continue;
    for (const m of scanner.scanSentence(doc, s)) {
      const last = distanceEnd(doc, m.last, s.endToken);
      if (last < 0) continue;
      out.push(termCandidate(doc, 'function', m.first, last, functionAttributes(doc, lexicon, m.first, last, 'mobility', { mobility: true })));
    }
  }
  return out;
};
