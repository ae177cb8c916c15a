/**
 * Pregnancy and the postpartum period (lexicon/findings/pregnancy.yaml), with the gestational age in
 * weeks when it is written near: "28 weeks pregnant", "pregnant at 28 weeks", "G2P1 at 28 weeks",
 * "IUP at 28w3d", "EGA 28+3 weeks". A gravida/para notation ("G2P1") or a gestation cue ("EGA") with
 * a gestational age is a pregnancy too; "G3P3" alone is obstetric history. Postpartum has no weeks.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { PregnancyAttributes } from '../../types.ts';
import { sentenceAt, termCandidate } from './context-window.ts';
import { scannerFor } from './scanners.ts';
import { TermScanner } from './term-scanner.ts';

/** "g2p1", "g3p2012". */
const GRAVIDA_PARA = /^g\d{1,2}p\d{1,4}$/;
/** "28w", "28w3d". */
const GLUED_WEEKS = /^(\d{1,2})w\d?d?$/;
/** Tokens on each side of a pregnancy word in which its weeks may stand. */
const WEEKS_REACH = 5;

interface PregnancyCues {
  units: TermScanner<true>;
  gestation: TermScanner<true>;
  /** The weeks a gestational age can be (lexicon/findings/pregnancy.yaml `gestationalWeeks`). */
  minWeeks: number;
  maxWeeks: number;
}

const cache = new WeakMap<CompiledLexicon, PregnancyCues>();

function cuesOf(lexicon: CompiledLexicon): PregnancyCues {
  let cues = cache.get(lexicon);
  if (cues) return cues;
  const units = new TermScanner<true>();
  const gestation = new TermScanner<true>();
  // No pregnancy file, no gestational age: an empty range.
  let minWeeks = Infinity;
  let maxWeeks = -Infinity;
  for (const file of lexicon.data.findings) {
    if (file.type !== 'pregnancy' || !file.pregnancy) continue;
    for (const p of file.pregnancy.weekUnits) units.addTerm(p, true);
    for (const p of file.pregnancy.gestationCues) gestation.addTerm(p, true);
    minWeeks = Math.min(minWeeks, file.pregnancy.gestationalWeeks.min);
    maxWeeks = Math.max(maxWeeks, file.pregnancy.gestationalWeeks.max);
  }
  cues = { units, gestation, minWeeks, maxWeeks };
  cache.set(lexicon, cues);
  return cues;
}

interface Weeks {
  weeks: number;
  first: number;
  last: number;
}

/** A gestational age starting at token i: "28 weeks", "28 wks", "28w3d", "28+3 weeks". */
function weeksAt(doc: Doc, cues: PregnancyCues, i: number, end: number): Weeks | null {
  const t = doc.tokens[i]!;
  const glued = GLUED_WEEKS.exec(t.norm);
  const n = glued ? Number(glued[1]) : t.kind === 'number' ? Number(t.norm) : NaN;
  if (!Number.isInteger(n) || n < cues.minWeeks || n > cues.maxWeeks) return null;
  if (glued) return { weeks: n, first: i, last: i };
  let j = i + 1;
  // "28+3 weeks", "28 3/7 weeks": the days are dropped.
  if (doc.tokens[j]?.norm === '+' && doc.tokens[j + 1]?.kind === 'number') j += 2;
  else if (doc.tokens[j]?.kind === 'number' && doc.tokens[j + 1]?.norm === '/' && doc.tokens[j + 2]?.norm === '7') j += 3;
  const unit = cues.units.matchStartingAt(doc.text, doc.tokens, j, Math.min(end, j + 3));
  if (!unit) return null;
  // "LMP 6 weeks ago", "for 3 weeks": a time span, not a gestational age.
  const next = doc.tokens[unit.last + 1]?.norm;
  if (next === 'ago' || doc.tokens[i - 1]?.norm === 'for') return null;
  return { weeks: n, first: i, last: unit.last };
}

/** The gestational age nearest to tokens [first, last] in their sentence. */
function weeksNear(doc: Doc, cues: PregnancyCues, first: number, last: number): Weeks | null {
  const s = sentenceAt(doc, first);
  let best: Weeks | null = null;
  let bestDistance = Infinity;
  for (let i = Math.max(s.firstToken, first - WEEKS_REACH); i < Math.min(s.endToken, last + 1 + WEEKS_REACH); i++) {
    if (i >= first && i <= last) continue;
    const w = weeksAt(doc, cues, i, s.endToken);
    if (!w) continue;
    const distance = w.last < first ? first - w.last : w.first - last;
    if (distance < bestDistance) {
      best = w;
      bestDistance = distance;
    }
  }
  return best;
}

export const extractPregnancy: Extractor = (doc, lexicon) => {
  const cues = cuesOf(lexicon);
  const out: AnyCandidate[] = [];
  const sentencesWithTerm = new Set<number>();
  for (const m of scannerFor(lexicon, 'pregnancy').scanDoc(doc)) {
    const postpartum = m.payload.attributes.state === 'postpartum';
    const attributes: PregnancyAttributes = {};
    let first = m.first;
    if (postpartum) attributes.postpartum = true;
    else {
      // The term may contain its weeks ("28 weeks gestation" is read as "weeks gestation" after 28).
      const w = weeksNear(doc, cues, m.first, m.last) ?? weeksAt(doc, cues, m.first, m.last + 1);
      if (w) {
        attributes.weeks = w.weeks;
        // "28 weeks pregnant": the finding covers its weeks when they touch the term.
        if (w.first < m.first && w.last >= m.first - 1) first = w.first;
      }
    }
    sentencesWithTerm.add(doc.sentenceOfToken[m.first]!);
    out.push(termCandidate(doc, 'pregnancy', first, m.last, attributes));
  }
  // "G2P1 at 28 weeks", "GA 28w3d": a gravida/para notation or gestation cue with a gestational age.
  for (const s of doc.sentences) {
    if (sentencesWithTerm.has(s.index) || doc.headerToken[s.firstToken]) continue;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const gp = GRAVIDA_PARA.test(doc.tokens[i]!.norm);
      const cue = gp ? null : cues.gestation.matchStartingAt(doc.text, doc.tokens, i, Math.min(s.endToken, i + 4));
      if (!gp && !cue) continue;
      const last = cue ? cue.last : i;
      const w = weeksNear(doc, cues, i, last);
      if (!w || (!gp && !(w.first > last && w.first - last <= 2) && !(w.last < i && i - w.last <= 1))) continue;
      const first = Math.min(i, w.first);
      out.push(termCandidate(doc, 'pregnancy', first, Math.max(last, w.last), { weeks: w.weeks }));
      break;
    }
  }
  return out;
};
