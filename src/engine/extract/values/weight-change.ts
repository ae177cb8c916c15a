/**
 * Weight change (lexicon/findings/weight-change.yaml).
 *
 * A stated change ("lost 8 kg in 2 months", "12 lb weight loss over 6 weeks", "10% weight loss in 6
 * months", "unintentional weight loss") takes the amount or percent written just before or after its
 * words, and the period after them. An earlier weight ("usual weight 70 kg, now 62 kg", "weight 61.2
 * kg, usual 68 kg one month ago", "down from 165 lb") is compared with the current weight: another
 * weight in the sentence, else the nearest weight vital of the section; amount and percent of the
 * earlier weight are computed, and equal weights are no change (no finding).
 *
 * An earlier weight in parentheses after the current one, with its time ("Wt 54 kg (63 kg 5 months
 * ago, 14% loss)", "(135 lb in March)": no period when the note gives no encounter date), is compared
 * the same way. Two weights written as a course ("wt 71 -> 62 kg over 4 months", "weight decreased
 * from 71 to 62 kg") give the change from the first to the second. "Down 9 kg since June" runs from June to the encounter's
 * date (none: no period).
 *
 * Amounts are in kg (lb x 0.45359); percent and amount are unrounded apart from floating-point noise,
 * so "68 -> 61.2 kg" is exactly 10%. The period is null unless the note states it.
 */
import type { TermEntry } from '../../../lexicon/types.ts';
import type { AnyCandidate, Candidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { WeightChangeAttributes } from '../../types.ts';
import { scannerFor } from '../terms/scanners.ts';
import { dayNumber, findDates, monthNamed, noteEncounterDate } from '../../assertion/dates.ts';
import { durationAt } from './durations.ts';
import { arrowEnd } from './lab-trend.ts';
import { candidate, endTokenFor, NUMBER_SOURCE, parseNumber, stickyAt } from './scan.ts';
import { exact, extractVitals, KG_PER_LB } from './vitals.ts';

const WS = String.raw`[ \t\u00a0]`;
const AMOUNT_RE = new RegExp(String.raw`(${NUMBER_SOURCE})${WS}{0,2}-?(kgs?|kilograms?|lbs?|pounds?|#|%|percent)(?![a-z0-9])`, 'iy');
/** Between the words of a change and its numbers ("weight loss of about 8 kg", "lost ~10%"). */
const FILLERS = new Set([':', '-', '(', 'of', 'about', 'approximately', 'approx', 'around', 'nearly', 'almost', 'over',
  'roughly', 'by', '~', '>', '<', 'at', 'least', 'more', 'than', 'was', 'is', 'a', 'total', 'has', 'been', 'she', 'he',
  'patient', 'pt', 'reports', 'states', 'now', 'weight', 'wt', 'kg', 'lb', 'lbs', ')', 'and', ',', 'or']);
const CLAUSE_END = new Set([';', '.', '|']);
/** A weight with its unit when written ("71", "62 kg"): a pair's first value may leave the unit to the second. */
const WEIGHT_RE = new RegExp(String.raw`(${NUMBER_SOURCE})(?![\d%/]|\.\d)(?:${WS}{0,2}-?(kgs?|kilograms?|lbs?|pounds?|#)(?![a-z0-9]))?`, 'iy');
/** Between a weight's name and the first of two weights ("wt: 71 -> 62 kg", "weight from 71 to 62 kg"). */
const PAIR_LEADS = new Set([':', '=', 'from', '-']);
const REACH = 8;
/** Weights looked at on each side of an earlier weight for the current one. */
const NEAREST = 3;

interface Amount {
  kg?: number;
  percent?: number;
  first: number;
  end: number;
}

const heaviestCache = new WeakMap<CompiledLexicon, number>();

/**
 * The heaviest body weight a number may be (lexicon/findings/vital.yaml: the weight measure's `max`): an
 * earlier or usual weight, or an amount lost or gained, above it is something else.
 */
function heaviestKg(lex: CompiledLexicon): number {
  let kg = heaviestCache.get(lex);
  if (kg === undefined) {
    const bounds = (lex.data.findings.find((f) => f.vital)?.entries ?? []).filter((e) => e.attributes.measure === 'weight').map((e) => e.attributes.max);
    kg = Math.max(...bounds.filter((b): b is number => typeof b === 'number'));
    heaviestCache.set(lex, kg);
  }
  return kg;
}

function amountAt(doc: Doc, lex: CompiledLexicon, k: number): { kg?: number; percent?: number; end: number } | null {
  const tok = doc.tokens[k]!;
  if (!/^\d/.test(tok.norm)) return null;
  const prev = doc.tokens[k - 1];
  if (prev && prev.end === tok.start && (prev.norm === '.' || prev.norm === '/' || prev.kind === 'number')) return null;
  const m = stickyAt(AMOUNT_RE, doc.text, tok.start);
  if (!m) return null;
  const value = parseNumber(m[1]!);
  const unit = m[2]!.toLowerCase();
  const end = tok.start + m[0].length;
  if (unit === '%' || unit === 'percent') return value > 0 && value <= 100 ? { percent: value, end } : null;
  const kg = unit.startsWith('k') ? value : value * KG_PER_LB;
  return kg > 0 && kg <= heaviestKg(lex) ? { kg: exact(kg), end } : null;
}

/** Amounts and percents written right after token `from` (over fillers), up to the clause end; `single`: the first only. */
function amountsAfter(doc: Doc, lex: CompiledLexicon, from: number, to: number, single = false): Amount | null {
  const found: Amount = { first: from, end: -1 };
  let k = from;
  for (let n = 0; k < to && n < REACH; n++) {
    const tok = doc.tokens[k]!;
    if (CLAUSE_END.has(tok.norm)) break;
    const a = amountAt(doc, lex, k);
    if (a) {
      if (a.kg !== undefined && found.kg === undefined) found.kg = a.kg;
      if (a.percent !== undefined && found.percent === undefined) found.percent = a.percent;
      if (found.end < 0) found.first = k;
      found.end = a.end;
      k = endTokenFor(doc, a.end, k);
      if (single) break;
      continue;
    }
    if (!FILLERS.has(tok.norm)) break;
    k++;
  }
  return found.end < 0 ? null : found;
}

/**
 * Words between an amount and the change it measures: "10 kg of weight loss", "9% dry weight loss",
 * "12% total body weight loss".
 */
const BETWEEN_AMOUNT_AND_CHANGE = new Set(['-', 'of', 'dry', 'body', 'total']);
/** Tokens an amount before the change words may take: "7.5 kg" and "9.0%" are four ("9", ".", "0", "%"). */
const AMOUNT_BEFORE_REACH = 4;

/** "12 lb weight loss", "10% weight loss", "9.0% loss": the amount just before the words. */
function amountBefore(doc: Doc, lex: CompiledLexicon, first: number, from: number): Amount | null {
  for (let k = Math.max(from, first - AMOUNT_BEFORE_REACH - 2); k < first; k++) {
    const a = amountAt(doc, lex, k);
    if (!a) continue;
    let after = endTokenFor(doc, a.end, k);
    for (let n = 0; after < first && n < 2 && BETWEEN_AMOUNT_AND_CHANGE.has(doc.tokens[after]!.norm); n++) after++;
    if (after === first) return { ...a, first: k };
  }
  return null;
}

/**
 * The period after token `from` in its clause ("in 2 months", "over 6 weeks"). "One month ago" is a
 * period only after an earlier weight (`ago`): after "lost 20 lb" it says when, not over how long.
 */
function periodAfter(doc: Doc, from: number, to: number, ago: boolean): { days: number; end: number } | null {
  for (let k = from; k < Math.min(to, from + 6); k++) {
    if (CLAUSE_END.has(doc.tokens[k]!.norm)) return null;
    const d = durationAt(doc, k, true);
    if (!d) continue;
    if (!ago && /ago$/i.test(doc.text.slice(doc.tokens[k]!.start, d.end))) return null;
    return d.days !== null && d.end <= doc.tokens[to - 1]!.end ? { days: d.days, end: d.end } : null;
  }
  return null;
}

/** Tokens after an earlier weight in which its date may stand ("was 78 kg in Feb", "(2/1/2026)"). */
const DATE_AFTER_REACH = 6;

/**
 * The days from an earlier weight's date to the encounter, when the date follows the weight in its
 * clause ("78 kg in Feb", "78 kg on 2/1/2026") and the note dates the encounter. A month without a
 * day counts from its first day (the longer period: the milder rate of loss); a month without a year
 * is the encounter's year, or the year before when it would fall after the encounter.
 */
function periodFromDate(doc: Doc, lex: CompiledLexicon, from: number, to: number, lead = 'in'): { days: number; end: number } | null {
  const p = writtenDateAfter(doc, lex, from, to, lead);
  return p && p.days !== null ? { days: p.days, end: p.end } : null;
}

/**
 * periodFromDate's reading, also when the note gives no encounter date: the earlier weight is then
 * placed in time (days null: the period cannot be known).
 */
function writtenDateAfter(doc: Doc, lex: CompiledLexicon, from: number, to: number, lead = 'in'): { days: number | null; end: number } | null {
  const t = doc.tokens;
  const limit = Math.min(to, from + DATE_AFTER_REACH);
  let k = from;
  while (k < limit && !CLAUSE_END.has(t[k]!.norm)) k++;
  // After a stated change the date must follow its lead word ("down 9 kg since June"): a date
  // elsewhere in the clause says when, not since when.
  const sinceAt = lead === 'in' ? from : t.slice(from, k).findIndex((x) => x.norm === lead);
  if (sinceAt < 0) return null;
  const start = lead === 'in' ? from : from + sinceAt + 1;
  const written = findDates(t, start, k)[0];
  let date: { month: number; day: number; year: number | null; last: number } | null = written && (lead === 'in' || written.first === start) ? { ...written } : null;
  if (!date) {
    for (let i = start - (lead === 'in' ? 0 : 1); i + 1 < k; i++) {
      const month = t[i]!.norm === lead ? monthNamed(t[i + 1]) : null;
      if (month !== null) {
        date = { month, day: 0, year: null, last: i + 1 };
        break;
      }
    }
  }
  if (!date) return null;
  const encounter = noteEncounterDate(t, lex.data.context.encounterDates.maxStayDays);
  if (!encounter || encounter.year === null) return { days: null, end: t[date.last]!.end };
  const visit = dayNumber(encounter.year, encounter.month, encounter.day);
  let year = date.year ?? encounter.year;
  if (date.year === null && dayNumber(year, date.month, Math.max(date.day, 1)) > visit) year--;
  const days = visit - dayNumber(year, date.month, Math.max(date.day, 1));
  return days > 0 ? { days, end: t[date.last]!.end } : null;
}

/** A weight at token k, with its unit when written ("71", "62 kg", "165#"). */
function weightAt(doc: Doc, k: number, to: number): { value: number; unit?: 'kg' | 'lb'; end: number } | null {
  const t = doc.tokens;
  const tok = t[k];
  if (!tok || k >= to || tok.kind !== 'number') return null;
  const prev = t[k - 1];
  if (prev && prev.end === tok.start && (prev.norm === '.' || prev.norm === '/' || prev.kind === 'number')) return null;
  const m = stickyAt(WEIGHT_RE, doc.text, tok.start);
  if (!m) return null;
  const value = parseNumber(m[1]!);
  const unit = m[2]?.toLowerCase();
  return { value, ...(unit ? { unit: unit.startsWith('k') ? ('kg' as const) : ('lb' as const) } : {}), end: tok.start + m[0].length };
}

/**
 * "71 -> 62 kg", "from 165 to 148 lb", "70 kg \u2192 62 kg": an earlier and a later weight joined by an
 * arrow or "to", after token `from` (over a colon or "from"). One unit written is both's (a weight needs
 * its unit). The weights in kg, or null.
 */
function weightPairAfter(doc: Doc, lex: CompiledLexicon, from: number, to: number): { earlierKg: number; laterKg: number; end: number } | null {
  const t = doc.tokens;
  let k = from;
  while (k < to && k - from < 3 && PAIR_LEADS.has(t[k]!.norm)) k++;
  const a = weightAt(doc, k, to);
  if (!a) return null;
  const afterA = endTokenFor(doc, a.end, k);
  const arrow = arrowEnd(t, afterA, to);
  const next = arrow >= 0 ? arrow + 1 : afterA < to && t[afterA]!.norm === 'to' ? afterA + 1 : -1;
  const b = next >= 0 ? weightAt(doc, next, to) : null;
  const unit = a.unit ?? b?.unit;
  if (!b || !unit || (b.unit ?? unit) !== unit) return null;
  const kg = (x: number) => exact(unit === 'kg' ? x : x * KG_PER_LB);
  const earlierKg = kg(a.value);
  const laterKg = kg(b.value);
  const heaviest = heaviestKg(lex);
  if (earlierKg <= 0 || laterKg <= 0 || earlierKg > heaviest || laterKg > heaviest) return null;
  return { earlierKg, laterKg, end: b.end };
}

/** "(12.7%)" right after a change: the percent the note computed, part of its span. */
function writtenPercentEnd(doc: Doc, from: number, to: number): number {
  const t = doc.tokens;
  if (from + 3 >= to + 1 || t[from]?.norm !== '(' || t[from + 1]?.kind !== 'number') return -1;
  let k = from + 2;
  while (k < to && k - from < 5 && t[k]!.norm !== ')') k++;
  return k < to && t[k]!.norm === ')' && doc.text.slice(t[from + 1]!.start, t[k]!.start).includes('%') ? t[k]!.end : -1;
}

/**
 * Two weights written as a course ("wt 71 -> 62 kg over 4 months", "weight decreased from 71 to 62 kg"):
 * the change from the earlier to the later, its period when stated after them.
 */
function pairCandidate(doc: Doc, lex: CompiledLexicon, first: number, last: number, to: number, intentional?: boolean): Candidate<'weight-change'> | null {
  const pair = weightPairAfter(doc, lex, last + 1, to);
  if (!pair) return null;
  const amount = exact(pair.earlierKg - pair.laterKg);
  if (amount === 0) return null;
  const afterPair = endTokenFor(doc, pair.end, last);
  const period = periodAfter(doc, afterPair, to, false);
  let end = period?.end ?? pair.end;
  const percentEnd = writtenPercentEnd(doc, endTokenFor(doc, end, last), to);
  if (percentEnd > 0) end = percentEnd;
  const attrs: WeightChangeAttributes = {
    direction: amount > 0 ? 'loss' : 'gain',
    amountKg: Math.abs(amount),
    percent: exact((Math.abs(amount) / pair.earlierKg) * 100),
    periodDays: period?.days ?? null,
    usualWeightKg: pair.earlierKg,
  };
  if (intentional !== undefined) attrs.intentional = intentional;
  return candidate(doc, 'weight-change', first, endTokenFor(doc, end, first), attrs, end);
}

function changeCandidate(doc: Doc, lex: CompiledLexicon, entry: TermEntry, first: number, last: number, from: number, to: number): Candidate<'weight-change'> | null {
  const after = amountsAfter(doc, lex, last + 1, to);
  const before = amountBefore(doc, lex, first, from);
  if (!after && !before) {
    const pair = pairCandidate(doc, lex, first, last, to, typeof entry.attributes.intentional === 'boolean' ? entry.attributes.intentional : undefined);
    if (pair) return pair;
  }
  const kg = after?.kg ?? before?.kg;
  const percent = after?.percent ?? before?.percent;
  if (entry.attributes.needsAmount === true && kg === undefined && percent === undefined) return null;
  const spanFirst = before ? before.first : first;
  let end = after ? after.end : doc.tokens[last]!.end;
  const afterAmount = endTokenFor(doc, end, last);
  const period = periodAfter(doc, afterAmount, to, false) ?? periodFromDate(doc, lex, afterAmount, to, 'since');
  if (period) end = period.end;
  const attrs: WeightChangeAttributes = { direction: entry.attributes.direction === 'gain' ? 'gain' : 'loss', periodDays: period?.days ?? null };
  if (kg !== undefined) attrs.amountKg = kg;
  if (percent !== undefined) attrs.percent = percent;
  if (typeof entry.attributes.intentional === 'boolean') attrs.intentional = entry.attributes.intentional;
  return candidate(doc, 'weight-change', spanFirst, endTokenFor(doc, end, last), attrs, end);
}

function usualCandidate(
  doc: Doc,
  lex: CompiledLexicon,
  first: number,
  last: number,
  to: number,
  weights: readonly Candidate<'vital'>[],
): Candidate<'weight-change'> | null {
  const usual = amountsAfter(doc, lex, last + 1, to, true);
  if (!usual || usual.kg === undefined) return null;
  const usualEnd = usual.end;
  const period = periodAfter(doc, endTokenFor(doc, usualEnd, last), to, true) ?? periodFromDate(doc, lex, endTokenFor(doc, usualEnd, last), to);
  // The current weight: a weight written after the earlier one in its sentence ("usual 70 kg, now 62 kg"),
  // else the nearest weight vital of the section that is not this earlier weight.
  const sentence = doc.sentenceOfToken[first]!;
  const section = doc.sentences[sentence]!.sectionIndex;
  const afterUsual = amountsAfter(doc, lex, endTokenFor(doc, period?.end ?? usualEnd, last), to, true);
  let current: { kg: number; first: number; end: number; sameSentence: boolean } | null =
    afterUsual?.kg !== undefined ? { kg: afterUsual.kg, first: afterUsual.first, end: afterUsual.end, sameSentence: true } : null;
  if (!current) {
    // The weights are in text order: look at the few nearest on each side.
    const at = doc.tokens[first]!.start;
    let lo = 0;
    let hi = weights.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (weights[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    let best: Candidate<'vital'> | null = null;
    for (let j = Math.max(0, lo - NEAREST); j < Math.min(weights.length, lo + NEAREST); j++) {
      const w = weights[j]!;
      if (doc.sentences[w.sentence]!.sectionIndex !== section || (w.start <= usualEnd && w.end >= at)) continue;
      if (/prior|previous|baseline|usual/i.test(w.attributes.time ?? '')) continue;
      if (!best || Math.abs(w.start - at) < Math.abs(best.start - at)) best = w;
    }
    if (best) current = { kg: best.attributes.value, first: best.firstToken, end: best.end, sameSentence: best.sentence === sentence };
  }
  if (!current) return null;
  const amount = exact(usual.kg - current.kg);
  if (amount === 0) return null;
  const attrs: WeightChangeAttributes = {
    direction: amount > 0 ? 'loss' : 'gain',
    amountKg: Math.abs(amount),
    percent: exact((Math.abs(amount) / usual.kg) * 100),
    periodDays: period?.days ?? null,
    usualWeightKg: usual.kg,
  };
  const spanFirst = current.sameSentence ? Math.min(first, current.first) : first;
  const end = Math.max(period?.end ?? usualEnd, current.sameSentence ? current.end : 0);
  return candidate(doc, 'weight-change', spanFirst, endTokenFor(doc, end, spanFirst), attrs, end);
}

/**
 * "Wt 54 kg (63 kg 5 months ago, 14% loss)": an earlier weight in parentheses right after the current
 * one, with when it was ("5 months ago", "in March", "on 10/2/2025"). The change is computed from the
 * two weights like a usual weight's; the percent written beside it is not needed.
 */
function parenthesisedEarlier(doc: Doc, lex: CompiledLexicon, open: number, to: number, weights: readonly Candidate<'vital'>[]): Candidate<'weight-change'> | null {
  const t = doc.tokens;
  const earlier = amountAt(doc, lex, open + 1);
  if (!earlier || earlier.kg === undefined) return null;
  const current = weights.find((w) => w.endToken === open);
  if (!current) return null;
  const afterEarlier = endTokenFor(doc, earlier.end, open + 1);
  const period = periodAfter(doc, afterEarlier, to, true) ?? writtenDateAfter(doc, lex, afterEarlier, to);
  // Only a dated earlier weight: "(63 kg)" alone may be a conversion or a dry weight, not a change. A
  // month with no encounter date to count from ("(135 lb in March)") places it, but gives no period.
  if (!period) return null;
  const amount = exact(earlier.kg - current.attributes.value);
  if (amount === 0) return null;
  let close = endTokenFor(doc, period.end, afterEarlier);
  for (let k = close; k < Math.min(to, close + REACH) && !CLAUSE_END.has(t[k]!.norm); k++) {
    if (t[k]!.norm === ')') {
      close = k + 1;
      break;
    }
  }
  const attrs: WeightChangeAttributes = {
    direction: amount > 0 ? 'loss' : 'gain',
    amountKg: Math.abs(amount),
    percent: exact((Math.abs(amount) / earlier.kg) * 100),
    periodDays: period.days,
    usualWeightKg: earlier.kg,
  };
  return candidate(doc, 'weight-change', current.firstToken, close, attrs, t[close - 1]!.end);
}

export const extractWeightChanges: Extractor = (doc, lex, options) => {
  const out: AnyCandidate[] = [];
  const scanner = scannerFor(lex, 'weight-change');
  const vitalScanner = scannerFor(lex, 'vital');
  let weights: Candidate<'vital'>[] | null = null;
  for (const s of doc.sentences) {
    // "wt 71 -> 62 kg over 4 months": a weight's name, then two weights as a course.
    for (const m of vitalScanner.scanSentence(doc, s)) {
      if (m.payload.attributes.measure !== 'weight' || doc.headerToken[m.first]) continue;
      const c = pairCandidate(doc, lex, m.first, m.last, s.endToken);
      if (c && c.end <= s.end) out.push(c);
    }
    for (const m of scanner.scanSentence(doc, s)) {
      if (doc.headerToken[m.first]) continue;
      let c: Candidate<'weight-change'> | null;
      if (m.payload.attributes.role === 'usual') {
        weights ??= weightVitals(doc, lex, options);
        c = usualCandidate(doc, lex, m.first, m.last, s.endToken, weights);
      } else {
        c = changeCandidate(doc, lex, m.payload, m.first, m.last, s.firstToken, s.endToken);
      }
      if (c && c.end <= s.end) out.push(c);
    }
    for (let k = s.firstToken; k + 1 < s.endToken; k++) {
      if (doc.tokens[k]!.norm !== '(' || doc.tokens[k + 1]!.kind !== 'number') continue;
      weights ??= weightVitals(doc, lex, options);
      const c = parenthesisedEarlier(doc, lex, k, s.endToken, weights);
      if (!c || c.end > s.end) continue;
      // The two dated weights give the change a period: they win over a bare "14% loss" written inside.
      const inside = (o: AnyCandidate) => o.start < c.end && c.start < o.end;
      if (out.some((o) => inside(o) && (o as Candidate<'weight-change'>).attributes.periodDays !== null)) continue;
      for (let o = out.length - 1; o >= 0; o--) if (inside(out[o]!)) out.splice(o, 1);
      out.push(c);
    }
  }
  return out;
};

function weightVitals(doc: Doc, lex: Parameters<Extractor>[1], options: Parameters<Extractor>[2]): Candidate<'vital'>[] {
  return (extractVitals(doc, lex, options) as Candidate<'vital'>[]).filter((v) => v.attributes.measure === 'weight').sort((a, b) => a.start - b.start);
}
