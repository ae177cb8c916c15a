/**
 * The further values of one analyte written as a trend after its first value: "Na 128 -> 131 -> 135",
 * "Cr 1.1/1.6/2.3" (a slash series of three or more, lab-parts.ts),
 * "Cr 2.1 from 0.9", "Cr rose from 0.9 to 2.1", "CK down to 900 from 15,000", "Cr 1.1 (baseline) ->
 * 2.0", "Cr 2.4 (baseline 0.9)", "Hgb pre-op 13.4, POD1 9.1", "Na 133, 134", "K 5.8, 6.0 before
 * dialysis". Each further value is a result of its own with its own time words.
 *
 * A connector joins them: an arrow, "to", "then", "from" (the value after it is the earlier one), a
 * comma or "and", or a parenthesis. A bare comma or "and" (no arrow, no time words) joins only a value
 * that ends its clause or is followed by time words, so "Na 128, K 3.1" and "K 3.1, 2 L NS" stay apart;
 * a semicolon or a parenthesis joins only a value with time words ("; baseline 0.9", "(126 on
 * admission)"). Linear: every step consumes tokens.
 */
import type { Doc } from '../../document.ts';
import type { Token } from '../../../text/tokens.ts';
import { findDates } from '../../assertion/dates.ts';
import { clockOnlyAt, stayDayAt } from './lab-time.ts';
import type { ValueLexicon } from './value-lexicon.ts';

const ARROWS = new Set(['\u2192', '\u27f6', '\u279d', '\u2794', '\u21d2', '\u27a1']);
const ARROW_SHAFT = new Set(['-', '=', '\u2013', '\u2014']);
/** Course words before "to"/"from" ("up from", "decreased to", "trended down to"). */
const COURSE = new Set([
  'up', 'down', 'increased', 'decreased', 'rose', 'risen', 'fell', 'fallen', 'dropped', 'improved', 'improving', 'worsened',
  'trended', 'trending', 'climbed', 'declined', 'normalized', 'corrected', 'back', 'came', 'went',
]);
/** Words that may stand between a connector and a value with the time words ("on 3/4 115", "at 0600 6.0"). */
const PREFIX = new Set(['on', 'at', 'of', 'was', 'is', ':', 'value', 'a', 'level']);
/** Words that may stand beside the time words inside a value's parentheses ("(baseline in 2024)", "(prior, per PCP)"). */
const GROUP_WORDS = new Set(['in', 'from', 'per', 'since']);
/** Words that may follow a value joined by a bare comma: the start of its time ("6.0 before dialysis"). */
const TIME_LEAD = new Set(['on', 'at', 'before', 'after', 'in', 'this', 'yesterday', 'overnight', 'prior', 'pre', 'post', 'during', 'by']);
const CLAUSE_END = new Set([',', ';', '.', ')', ']', '|']);
const MAX_MEMBERS = 12;
const MAX_PREFIX = 6;
const MAX_GROUP = 10;

export type TrendDirection = 'later' | 'earlier';

export interface TrendMember<R> {
  reading: R;
  direction: TrendDirection;
  /** Token range [from, to) whose time words are this value's. */
  timeFrom: number;
  timeTo: number;
}

/** A value read at token k: the reader gives its end (character offset), or null when no value stands there. */
export type ValueReader<R> = (k: number) => { reading: R; end: number } | null;

/** An arrow at k ("->", "-->", "=>", "\u2192"): its last token, or -1. */
export function arrowEnd(t: readonly Token[], k: number, end: number): number {
  if (k >= end) return -1;
  if (ARROWS.has(t[k]!.norm)) return k;
  let j = k;
  while (j < end && j - k < 3 && ARROW_SHAFT.has(t[j]!.norm)) j++;
  return j > k && j < end && t[j]!.norm === '>' ? j : -1;
}

function isMonthDay(month: Token, day: Token): boolean {
  const m = Number(month.norm);
  const d = Number(day.norm);
  // "3/2", or a month and its year ("01/2025").
  return Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && ((d >= 1 && d <= 31) || (day.norm.length === 4 && d >= 1900));
}

/** A time word, a date or a day of the stay at k: its last token, or -1. */
function timeExprEnd(doc: Doc, vlex: ValueLexicon, k: number, end: number): number {
  const t = doc.tokens;
  if (k >= end) return -1;
  const sd = stayDayAt(t, k, end);
  if (sd) return sd.last;
  // A month and a day ("3/2") or year, not two values of a slash series ("128/131").
  if (t[k]!.kind === 'number' && t[k + 1]?.norm === '/' && !t[k + 1]!.spaceBefore && k + 2 < end && t[k + 2]!.kind === 'number' && !t[k + 2]!.spaceBefore && isMonthDay(t[k]!, t[k + 2]!)) {
    let last = k + 2;
    if (t[last + 1]?.norm === '/' && !t[last + 1]!.spaceBefore && last + 2 < end && t[last + 2]!.kind === 'number') last += 2;
    // A clock after the date ("3/2 08:00", "3/2 0800").
    const c = t[last + 1];
    if (c && last + 1 < end && c.kind === 'number' && t[last + 2]?.norm === ':' && last + 3 < end && t[last + 3]!.kind === 'number') last += 3;
    else if (c && last + 1 < end && c.kind === 'number' && /^\d{4}$/.test(c.norm)) last += 1;
    return last;
  }
  const clock = clockOnlyAt(t, k, end);
  if (clock) return clock.last;
  const m = vlex.labTimes.matchAt(t, k, end);
  if (m) return m.last;
  if (t[k]!.norm === 'yesterday' || t[k]!.norm === 'overnight') return k;
  return -1;
}

/** A year ("2024") or a month-name date ("March 2025", "Jan 2024") at k: its last token, or -1. */
function groupDateEnd(t: readonly Token[], k: number, end: number): number {
  const tok = t[k]!;
  if (tok.kind === 'number' && /^(?:19|20)\d\d$/.test(tok.norm) && !(t[k + 1] && k + 1 < end && !t[k + 1]!.spaceBefore && t[k + 1]!.kind === 'number')) return k;
  if (tok.kind !== 'word') return -1;
  const named = findDates(t, k, Math.min(end, k + 5)).find((d) => d.first === k);
  return named ? named.last : -1;
}

/** Time words right after a value ("on 3/1", "(baseline)", "(3/1 06:00)", "today", "before dialysis"): the token after them. */
function skipTimeSuffix(doc: Doc, vlex: ValueLexicon, k: number, end: number, inParen = false): number {
  const t = doc.tokens;
  for (let steps = 0; steps < 4 && k < end; steps++) {
    if (inParen && t[k]!.norm === ',' && timeExprEnd(doc, vlex, k + 1, end) >= 0) k++;
    const tok = t[k];
    if (!tok) return k;
    // A time word written with its parentheses ("(bl)"): the whole group.
    const whole = tok.norm === '(' ? vlex.labTimes.matchAt(t, k, end) : null;
    if (whole) {
      k = whole.last + 1;
      continue;
    }
    if (tok.norm === '(' || tok.norm === '[') {
      let j = k + 1;
      let any = false;
      while (j < end && j - k < MAX_GROUP && t[j]!.norm !== ')' && t[j]!.norm !== ']') {
        const e = timeExprEnd(doc, vlex, j, end);
        // Inside the group a year or a month's name dates the value too: "(baseline 2024)", "(bl, March 2025)".
        const dated = e >= 0 ? e : groupDateEnd(t, j, end);
        if (dated >= 0) {
          any = true;
          j = dated + 1;
        } else if (PREFIX.has(t[j]!.norm) || GROUP_WORDS.has(t[j]!.norm) || t[j]!.norm === ',') j++;
        else break;
      }
      if (!any || j >= end || (t[j]!.norm !== ')' && t[j]!.norm !== ']')) return k;
      k = j + 1;
      continue;
    }
    const here = timeExprEnd(doc, vlex, k, end);
    const e = here >= 0 || !TIME_LEAD.has(tok.norm) ? here : timeExprEnd(doc, vlex, k + 1, end);
    if (e < 0) return k;
    k = e + 1;
  }
  return k;
}

/** The closing parenthesis at or shortly after k, with no value-like group opening before it; else k. */
function closingOf(t: readonly Token[], k: number, end: number): number {
  for (let j = k; j < end && j - k < MAX_GROUP; j++) {
    const norm = t[j]!.norm;
    if (norm === ')' || norm === ']') return j;
    if (norm === '(' || norm === '[' || norm === ';') return k;
  }
  return k;
}

interface Connector {
  direction: TrendDirection;
  /** An arrow, "to", "from", "then": joins any value. */
  strong: boolean;
  /** Opened a parenthesis that must close after the value. */
  paren: boolean;
  /** A semicolon: joins only a value with time words. */
  semicolon: boolean;
  next: number;
}

function connectorAt(t: readonly Token[], k: number, end: number): Connector | null {
  let j = k;
  let semicolon = false;
  let comma = false;
  if (j < end && (t[j]!.norm === ',' || t[j]!.norm === ';')) {
    semicolon = t[j]!.norm === ';';
    comma = true;
    j++;
  }
  // "1.1/1.6/2.3": the value reader accepts a slash only inside a series of three or more.
  if (!comma && j + 1 < end && t[j]!.norm === '/' && !t[j]!.spaceBefore && t[j + 1]!.kind === 'number' && !t[j + 1]!.spaceBefore) {
    return { direction: 'later', strong: true, paren: false, semicolon: false, next: j + 1 };
  }
  const arrow = arrowEnd(t, j, end);
  if (arrow >= 0) return { direction: 'later', strong: true, paren: false, semicolon: false, next: arrow + 1 };
  if (j < end && !comma && (t[j]!.norm === '(' || t[j]!.norm === '[')) return { direction: 'later', strong: false, paren: true, semicolon: false, next: j + 1 };
  let course = 0;
  while (j < end && course < 2 && COURSE.has(t[j]!.norm)) {
    j++;
    course++;
  }
  const word = j < end ? t[j]!.norm : '';
  if (word === 'from') return { direction: 'earlier', strong: true, paren: false, semicolon: false, next: j + 1 };
  if (word === 'to' || word === 'then') return { direction: 'later', strong: true, paren: false, semicolon: false, next: j + 1 };
  if (word === 'and' || word === 'vs' || word === 'versus') return { direction: 'later', strong: false, paren: false, semicolon: false, next: j + 1 };
  if (comma && course === 0) return { direction: 'later', strong: false, paren: false, semicolon, next: j };
  return null;
}

/**
 * Reads the trend after a first value whose time words end at token `k` (exclusive of the suffix the
 * caller has not consumed); `end` is the sentence end. Returns the further values and where the first
 * value's own time words end.
 */
export function readTrend<R>(doc: Doc, vlex: ValueLexicon, k: number, end: number, readAt: ValueReader<R>): { members: TrendMember<R>[]; headTimeTo: number } {
  const t = doc.tokens;
  const members: TrendMember<R>[] = [];
  let pos = skipTimeSuffix(doc, vlex, k, end);
  const headTimeTo = pos;
  while (members.length < MAX_MEMBERS) {
    const c = connectorAt(t, pos, end);
    if (!c) break;
    let j = c.next;
    let labelled = false;
    for (let n = 0; j < end && n < MAX_PREFIX; n++) {
      const e = timeExprEnd(doc, vlex, j, end);
      // "(3/6) 2.3": a date in parentheses before the value.
      const inParen = e < 0 && t[j]!.norm === '(' ? timeExprEnd(doc, vlex, j + 1, end) : -1;
      if (e >= 0) {
        labelled = true;
        j = e + 1;
      } else if (inParen >= 0 && inParen + 1 < end && t[inParen + 1]!.norm === ')') {
        labelled = true;
        j = inParen + 2;
      } else if (PREFIX.has(t[j]!.norm) || COURSE.has(t[j]!.norm) || (labelled && (t[j]!.norm === ',' || t[j]!.norm === '('))) j++;
      else break;
    }
    const read = j < end ? readAt(j) : null;
    if (!read) break;
    let after = j;
    while (after < end && t[after]!.start < read.end) after++;
    let suffixEnd = skipTimeSuffix(doc, vlex, after, end, c.paren);
    // "(baseline 1.0 in March)", "(prior 0.9 per PCP)": a value its time word labels may carry a few
    // more words before the parenthesis closes.
    if (c.paren && labelled) suffixEnd = closingOf(t, suffixEnd, end);
    const timed = labelled || suffixEnd > after;
    if (c.paren) {
      if (!timed || suffixEnd >= end || (t[suffixEnd]!.norm !== ')' && t[suffixEnd]!.norm !== ']')) break;
    } else if (c.semicolon && !labelled) break;
    else if (!c.strong && !timed && suffixEnd < end && !CLAUSE_END.has(t[suffixEnd]!.norm) && !TIME_LEAD.has(t[suffixEnd]!.norm) && !connectorAt(t, suffixEnd, end)) break;
    const member: TrendMember<R> = { reading: read.reading, direction: c.direction, timeFrom: c.next, timeTo: suffixEnd };
    members.push(member);
    pos = c.paren ? suffixEnd + 1 : suffixEnd;
  }
  return { members, headTimeTo };
}

/** Time order of a first value and its trend members: "from" puts a value before the one it follows. */
export function trendOrder(directions: readonly TrendDirection[]): number[] {
  // order holds member indexes (0 = the first value) earliest first.
  const order: number[] = [0];
  directions.forEach((d, n) => {
    const index = n + 1;
    const prev = order.indexOf(index - 1);
    if (d === 'earlier') order.splice(prev, 0, index);
    else order.push(index);
  });
  const steps = new Array<number>(order.length);
  order.forEach((index, step) => (steps[index] = step));
  return steps;
}
