/**
 * When a measured value was taken, as the note writes it beside the value: a time label of
 * lexicon/queries.yaml `timeLabels` ("on admission", "POD 2", "today", "baseline"), a calendar date
 * ("3/4", "March 4") or a clock time ("08:00", "0600"), in the value's clause. The text is kept as
 * written (the rules order and compare times; this stage only finds them).
 */
import type { Doc } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import { findDates } from '../../assertion/dates.ts';
import { PhraseMatcher } from '../../matcher.ts';

const cache = new WeakMap<CompiledLexicon, PhraseMatcher<true>>();

function timeLabels(lex: CompiledLexicon): PhraseMatcher<true> {
  let m = cache.get(lex);
  if (!m) {
    m = new PhraseMatcher<true>();
    for (const p of lex.data.queries.timeLabels) m.add(p, true);
    cache.set(lex, m);
  }
  return m;
}

/** Punctuation that ends a value's clause: its time never crosses one. */
const CLAUSE_END = new Set([',', ';', '.', '|']);
/** Labels that take a number ("POD 2", "hospital day 3"). */
const NUMBERED = new Set(['pod', 'day', 'hd']);
const REACH_BEFORE = 4;
const REACH_AFTER = 5;

function clockAt(doc: Doc, i: number): number {
  // "08:00" is three tokens; "0800" one (four digits, 0000-2359).
  const t = doc.tokens;
  const tok = t[i]!;
  if (tok.kind !== 'number') return -1;
  if (t[i + 1]?.norm === ':' && t[i + 2]?.kind === 'number' && t[i + 2]!.norm.length === 2 && !t[i + 1]!.spaceBefore) return i + 2;
  if (tok.norm.length === 4 && Number(tok.norm.slice(0, 2)) < 24 && Number(tok.norm.slice(2)) < 60 && t[i - 1]?.norm !== '/') {
    const h = t[i + 1]?.norm;
    if (h === 'h' || h === 'hrs' || h === 'hours' || t[i - 1]?.norm === 'at') return i;
  }
  return -1;
}

/**
 * The time written beside tokens [first, end) of a value in the sentence [from, to), as written.
 * `own` are the token ranges [a, b) that belong to the value itself (its name, its number), which
 * are not its time; by default the whole [first, end).
 */
export function writtenTimeNear(
  doc: Doc,
  lex: CompiledLexicon,
  first: number,
  end: number,
  from: number,
  to: number,
  own: readonly (readonly [number, number])[] = [[first, end]],
): string | undefined {
  const t = doc.tokens;
  let lo = first;
  while (lo > from && first - lo < REACH_BEFORE && !CLAUSE_END.has(t[lo - 1]!.norm)) lo--;
  let hi = end;
  while (hi < to && hi - end < REACH_AFTER && !CLAUSE_END.has(t[hi]!.norm)) hi++;
  const labels = timeLabels(lex);
  const parts: [number, number][] = [];
  const isOwn = (i: number) => own.some(([a, b]) => i >= a && i < b);
  for (const d of findDates(t, lo, hi)) if (!isOwn(d.first) && !isOwn(d.last)) parts.push([d.first, d.last]);
  for (let i = lo; i < hi; i++) {
    if (isOwn(i)) continue;
    const m = labels.matchAt(t, i, hi);
    if (m) {
      let last = m.last;
      if (NUMBERED.has(t[last]!.norm) && t[last + 1]?.kind === 'number' && last + 1 < hi) last++;
      parts.push([m.first, last]);
      i = last;
      continue;
    }
    const clock = clockAt(doc, i);
    if (clock >= 0 && clock < hi) {
      parts.push([i, clock]);
      i = clock;
    }
  }
  if (parts.length === 0) return undefined;
  parts.sort((a, b) => a[0] - b[0]);
  // A date and its clock time written together ("3/4 08:00") are one time.
  const [a, b] = parts;
  const last = b && b[0] <= a![1] + 2 ? b[1] : a![1];
  return doc.text.slice(t[a![0]]!.start, t[last]!.end);
}
