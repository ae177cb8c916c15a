/**
 * Functional limits written as a limiter and an activity a few words apart (lexicon/findings/
 * function.yaml `limits`): "cannot manage the stairs at home", "needs help getting off the commode",
 * "min assist for bed-to-chair transfers", "sit-to-stand with UE push-off", "Stairs: unable". People
 * write these too many ways for a phrase list; the two halves are few.
 *
 * The finding covers limiter and activity, so a negation before it ("no difficulty with stairs") or
 * a conditional ("if she cannot climb stairs") is the assertion stage's to read. A negation inside
 * it ("ambulates without difficulty", "transfers without assist") limits nothing and gives no finding.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { FunctionLimiterDef } from '../../../lexicon/types.ts';
import { termCandidate } from './context-window.ts';
import { functionAttributes } from './function-levels.ts';
import { TermScanner, type TermMatch } from './term-scanner.ts';
import { termScanners } from './scanners.ts';

interface Limiter {
  position: FunctionLimiterDef['position'];
  level: FunctionLimiterDef['level'];
  /** The group's name; unnamed groups pair with every activity that names no group. */
  name: string | null;
}

interface Activity {
  domain: string;
  mobility: boolean;
  /** Limiter groups this activity pairs with; null: the unnamed ones. */
  limiters: string[] | null;
}

interface Limits {
  maxGap: number;
  limiters: TermScanner<Limiter>;
  activities: TermScanner<Activity>;
}

/** Words that stop a limiter and its activity from belonging together. */
const NEGATORS = new Set(['no', 'not', 'without', 'denies', 'denied', 'never', 'nor', 'independent', 'independently', 'w/o']);
/** Words that end the limiter's clause before any activity: "unable to assess due to dressing". */
const CLAUSE_STOPS = new Set(['due', 'because', 'secondary', 'assess', 'assessed', 'evaluate', 'examine', 'obtain', 'test', 'but', 'though', 'although']);
/** Punctuation a limiter and its activity may stand across ("Stairs: unable", "transfers - CGA"). */
const JOINING_PUNCT = new Set([':', '-', '\u2013', '(', ')', '/']);

const cache = new WeakMap<CompiledLexicon, Limits | null>();

function limitsOf(lexicon: CompiledLexicon): Limits | null {
  if (cache.has(lexicon)) return cache.get(lexicon)!;
  const def = lexicon.data.findings.find((f) => f.type === 'function' && f.limits)?.limits;
  let limits: Limits | null = null;
  if (def) {
    // Both are scanned sentence by sentence over the whole note: they join the lexicon's one walk.
    const { index } = termScanners(lexicon);
    const limiters = new TermScanner<Limiter>(index);
    for (const l of def.limiters) {
      const limiter = { position: l.position, level: l.level, name: l.name ?? null };
      for (const p of l.phrases) limiters.addTerm(p, limiter);
      for (const p of l.caseSensitive ?? []) limiters.addCaseSensitive(p, limiter);
    }
    const activities = new TermScanner<Activity>(index);
    for (const a of def.activities) {
      const activity = { domain: a.domain, mobility: a.mobility === true, limiters: a.limiters ?? null };
      for (const t of a.terms) activities.addTerm(t, activity, lexicon.data.inflections[t]);
    }
    limits = { maxGap: def.maxGap, limiters, activities };
  }
  cache.set(lexicon, limits);
  return limits;
}

/** Tokens (from, to) exclusive between two matches: few enough, no negation, no clause break. */
function joins(doc: Doc, from: number, to: number, maxGap: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i]!;
    if (NEGATORS.has(t.norm) || CLAUSE_STOPS.has(t.norm)) return false;
    if (t.kind === 'punct') {
      if (!JOINING_PUNCT.has(t.norm)) return false;
      continue;
    }
    if (++words > maxGap) return false;
  }
  return true;
}

export const extractFunctionLimits: Extractor = (doc, lexicon) => {
  const limits = limitsOf(lexicon);
  if (!limits) return [];
  const out: AnyCandidate[] = [];
  for (const s of doc.sentences) {
    if (doc.headerToken[s.firstToken]) continue;
    const limiters = limits.limiters.scanSentence(doc, s);
    if (limiters.length === 0) continue;
    const activities = limits.activities.scanSentence(doc, s);
    let used = -1;
    // Limiters are in text order; only those within reach of the activity are tried, so a long
    // sentence of limiters and activities stays linear.
    const reach = 2 * limits.maxGap + 8;
    let lo = 0;
    for (const a of activities) {
      if (a.first <= used) continue;
      while (lo < limiters.length && limiters[lo]!.last < a.first - reach) lo++;
      let hi = lo;
      while (hi < limiters.length && limiters[hi]!.first <= a.last + reach) hi++;
      const pair = partnerOf(doc, limits, a, limiters.slice(lo, hi));
      if (!pair) continue;
      // A limiter shared by coordinated activities ("needs help with transfers and bathing")
      // already opens the finding before; the next finding is the activity itself.
      const shared = pair.last <= used;
      const first = shared ? a.first : Math.min(a.first, pair.first);
      const last = shared ? a.last : Math.max(a.last, pair.last);
      const data = { level: pair.payload.level, mobility: a.payload.mobility };
      out.push(termCandidate(doc, 'function', first, last, functionAttributes(doc, lexicon, first, last, a.payload.domain, data)));
      used = last;
    }
  }
  return out;
};

/** The nearest limiter that may stand on its side of the activity and joins it. */
function partnerOf(doc: Doc, limits: Limits, a: TermMatch<Activity>, limiters: readonly TermMatch<Limiter>[]): TermMatch<Limiter> | null {
  let best: TermMatch<Limiter> | null = null;
  let bestDistance = Infinity;
  for (const l of limiters) {
    const before = l.last < a.first;
    const after = l.first > a.last;
    if (!before && !after) continue;
    if ((before && l.payload.position === 'after') || (after && l.payload.position === 'before')) continue;
    const named = a.payload.limiters;
    if (named ? l.payload.name === null || !named.includes(l.payload.name) : l.payload.name !== null) continue;
    const distance = before ? a.first - l.last : l.first - a.last;
    if (distance >= bestDistance) continue;
    if (!(before ? joins(doc, l.last + 1, a.first, limits.maxGap) : joins(doc, a.last + 1, l.first, limits.maxGap))) continue;
    best = l;
    bestDistance = distance;
  }
  return best;
}
