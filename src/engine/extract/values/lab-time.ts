/**
 * When a lab value was taken, and which value of a series is the current one.
 *
 * The label comes from the lexicon's time words (labs.yaml `times`) around the value in its clause:
 * before the analyte ("admission Na 126", "baseline creatinine 1.0"), between it and the value ("CK
 * peaked at 12,000", "K today 3.1") and after the value ("Na 126 on admission", "Hgb 9.1 at
 * discharge"). A calendar date ("CK 300 (3/14/2026)", "Cr 2.0 (3/1 06:00)") or a day of the stay
 * ("POD 2", "HD#3") there dates it: `time` is 'dated' unless a word labels it, `timeText` is the time
 * as written, and `at` places it on the note's minute axis when the note's dates allow (see
 * LabAttributes.at): the year from the date, else the note's; "HD n" from the admission date, "POD n"
 * from the date of surgery;
 * "today", "this AM", "yesterday" from the date of service. No clock is read: a note lints the same
 * on any day.
 *
 * Per analyte the current value (marked by lint once assertions are known: a hypothetical threshold,
 * a denied or a relative's value is no result) is the best-ranked one (latest, discharge > unlabelled > admission,
 * pre-op, peak, dated > prior, baseline), the last written on a tie; every other value of the series
 * is marked `current: false`, and a baseline or prior value is never current. In a discharge summary,
 * "Na 126 on admission ... Na 138" keeps 138 as today's sodium.
 */
import type { Doc } from '../../document.ts';
import type { LabAttributes, LabTime } from '../../types.ts';
import { dateAt, dayNumber, isDateAnchor, noteDates, twoDigitYearAt, type NoteDate } from '../../assertion/dates.ts';
import type { Token } from '../../../text/tokens.ts';
import type { ValueLexicon } from './value-lexicon.ts';

/** Punctuation that ends a value's clause (its label never crosses one). */
const CLAUSE_END = new Set([',', ';', '.', '|']);
const REACH_BEFORE = 4;
const REACH_AFTER = 3;
/** A numeric date and clock are up to eight tokens ("3 / 14 / 2026 08 : 00"), with a parenthesis around it. */
const DATE_REACH = 9;
const MINUTES_PER_DAY = 1440;
/** With no year anywhere in the note, month/day dates still compare on a nominal (non-leap) year. */
const NOMINAL_YEAR = 2001;
/** A year-less date more than this many days after the visit is last year's ("12/28" in a January note). */
const FUTURE_SLACK_DAYS = 31;

const RANK: Record<LabTime | 'none', number> = {
  baseline: 0,
  prior: 0,
  dated: 1,
  admission: 1,
  'pre-op': 1,
  peak: 1,
  none: 2,
  discharge: 3,
  latest: 3,
};

/** Labels of the visit's own date, for "today"/"yesterday", and of the admission date, for "hospital day n". */
const VISIT_LABELS: readonly (readonly string[])[] = [['date', 'of', 'service'], ['dos'], ['service', 'date'], ['visit', 'date'], ['date', 'of', 'visit'], ['encounter', 'date'], ['note', 'date']];
const ADMISSION_LABELS: readonly (readonly string[])[] = [['admission', 'date'], ['date', 'of', 'admission'], ['admit', 'date'], ['admitted'], ['admitted', 'on']];
/** Labels of the operation's date, for "POD n". */
const SURGERY_LABELS: readonly (readonly string[])[] = [['date', 'of', 'surgery'], ['surgery', 'date'], ['date', 'of', 'procedure'], ['procedure', 'date'], ['operation', 'date'], ['date', 'of', 'operation'], ['surgery', 'on'], ['operated', 'on']];
const LABEL_REACH = 5;
/** Words of a relative day, from the visit date. */
const RELATIVE_DAYS = new Map<string, number>([['today', 0], ['tonight', 0], ['yesterday', -1]]);
const THIS_PARTS = new Set(['am', 'morning', 'afternoon', 'evening', 'pm']);

export interface LabWhen {
  time?: LabTime;
  timeText?: string;
  at?: number;
  atWindow?: number;
}

/** What the whole note says about its dates: computed once per note. */
export interface TimeAnchors {
  /** The year a year-less date takes (the visit's, else the latest written), or null. */
  year: number | null;
  /** Day numbers (days since 1970-01-01) of the visit, the admission and the operation, when labelled. */
  visitDay: number | null;
  admissionDay: number | null;
  surgeryDay: number | null;
}

function labelledWith(tokens: readonly Token[], first: number, labels: readonly (readonly string[])[]): boolean {
  for (const label of labels) {
    for (let end = first - 1; end >= Math.max(0, first - LABEL_REACH); end--) {
      const start = end - label.length + 1;
      if (start < 0) continue;
      let ok = true;
      for (let k = 0; k < label.length && ok; k++) ok = tokens[start + k]!.norm === label[k];
      if (ok) return true;
    }
  }
  return false;
}

export function timeAnchors(doc: Doc): TimeAnchors {
  const dates = noteDates(doc.tokens);
  let year: number | null = null;
  let latest = -Infinity;
  let visit: NoteDate | null = null;
  let admission: NoteDate | null = null;
  let surgery: NoteDate | null = null;
  for (const d of dates) {
    if (!surgery && labelledWith(doc.tokens, d.first, SURGERY_LABELS)) surgery = d;
    if (!visit && labelledWith(doc.tokens, d.first, VISIT_LABELS)) visit = d;
    if (!admission && labelledWith(doc.tokens, d.first, ADMISSION_LABELS)) admission = d;
    if (d.year !== null && d.day > 0 && dayNumber(d.year, d.month, d.day) > latest) {
      latest = dayNumber(d.year, d.month, d.day);
      year = d.year;
    }
  }
  year = visit?.year ?? admission?.year ?? year;
  const dayOf = (d: NoteDate | null): number | null => (d && d.day > 0 ? dayNumber(d.year ?? year ?? NOMINAL_YEAR, d.month, d.day) : null);
  return { year, visitDay: dayOf(visit), admissionDay: dayOf(admission), surgeryDay: dayOf(surgery) };
}

/**
 * A value dated wholly before the stay's admission date ("Na 122 (11/20/2025)" in a stay admitted
 * 3/4/2026) is a prior value, not one of this encounter; one dated on or after it is the stay's.
 */
export function beforeStay(when: LabWhen, anchors: TimeAnchors): boolean {
  if (when.time !== 'dated' || when.at === undefined || anchors.admissionDay === null) return false;
  return when.at + (when.atWindow ?? 0) <= anchors.admissionDay * MINUTES_PER_DAY;
}

function isInt(t: Token | undefined, min: number, max: number, maxDigits = 2): number | null {
  if (!t || t.kind !== 'number' || t.norm.length > maxDigits || !/^\d+$/.test(t.norm)) return null;
  const n = Number(t.norm);
  return n >= min && n <= max ? n : null;
}

function glued(tokens: readonly Token[], i: number): boolean {
  return tokens[i] !== undefined && !tokens[i]!.spaceBefore;
}

/** A clock time at token i ("08:00", "0800", "8:30"); minutes after midnight and its last token. */
function clockAt(tokens: readonly Token[], i: number, limit: number): { minutes: number; last: number } | null {
  if (i >= limit) return null;
  const h = isInt(tokens[i], 0, 23);
  if (h !== null && tokens[i + 1]?.norm === ':' && glued(tokens, i + 1) && glued(tokens, i + 2) && i + 2 < limit) {
    const m = isInt(tokens[i + 2], 0, 59);
    if (m !== null && tokens[i + 2]!.norm.length === 2) return { minutes: h * 60 + m, last: i + 2 };
  }
  const t = tokens[i]!;
  if (t.kind === 'number' && /^\d{4}$/.test(t.norm)) {
    const hh = Number(t.norm.slice(0, 2));
    const mm = Number(t.norm.slice(2));
    if (hh <= 23 && mm <= 59) return { minutes: hh * 60 + mm, last: i };
  }
  return null;
}

/** Words after a clock that say it is one ("0600 h", "14:00 hrs"). */
const CLOCK_SUFFIX = new Set(['h', 'hr', 'hrs', 'hours']);

/**
 * A clock time with no date ("(06:00)", "at 0400", "1400 h"): minutes after midnight of a day the
 * note does not state, so it orders a series' values but places none of them on the minute axis. A
 * four-digit number is a clock only where a value cannot stand: after "at"/"@" that follows a value
 * ("K 5.9 at 0400"), alone in parentheses ("(0600)"), or with an hours word ("0600 h"); "08:00" is
 * always one. A date's own clock ("3/2 08:00") is the date's (labDateAt).
 */
export function clockOnlyAt(tokens: readonly Token[], i: number, limit: number): { minutes: number; last: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'number' || i >= limit) return null;
  const prev = tokens[i - 1];
  if (prev && !t.spaceBefore && (prev.norm === '/' || prev.norm === ':' || prev.kind === 'number')) return null;
  const c = clockAt(tokens, i, limit);
  if (!c) return null;
  if (c.last > i) return c;
  const next = tokens[i + 1];
  const suffixed = next !== undefined && i + 1 < limit && CLOCK_SUFFIX.has(next.norm);
  if (suffixed) return { minutes: c.minutes, last: i + 1 };
  const before = tokens[i - 2];
  const afterValue = (prev?.norm === 'at' || prev?.norm === '@') && before !== undefined && (before.kind === 'number' || before.norm === ')' || before.norm === '%');
  const alone = prev?.norm === '(' && next?.norm === ')';
  return afterValue || alone ? c : null;
}

export interface DateHit {
  first: number;
  last: number;
  date: NoteDate;
  clock?: number;
}

/**
 * A numeric month/day at token i ("3/1", "3/14/2026", "01/2025"): beside a lab value a bare "3/1" is
 * a date (grades and scores do not stand there); a clock time may follow ("3/2 08:00").
 */
export function labDateAt(tokens: readonly Token[], i: number, limit: number): DateHit | null {
  const iso = isoDateAt(tokens, i, limit);
  if (iso) return withClock(tokens, iso, limit);
  if (i + 2 >= limit || tokens[i + 1]?.norm !== '/' || !glued(tokens, i + 1) || !glued(tokens, i + 2)) return null;
  const month = isInt(tokens[i], 1, 12);
  if (month === null) return null;
  const monthYear = isInt(tokens[i + 2], 1900, 2100, 4) ?? twoDigitYearAt(tokens, i);
  if (monthYear !== null) return { first: i, last: i + 2, date: { first: i, last: i + 2, month, day: 0, year: monthYear } };
  const day = isInt(tokens[i + 2], 1, 31);
  if (day === null) return null;
  let last = i + 2;
  let year: number | null = null;
  if (tokens[i + 3]?.norm === '/' && glued(tokens, i + 3) && glued(tokens, i + 4) && i + 4 < limit) {
    const y4 = isInt(tokens[i + 4], 1900, 2100, 4);
    const y2 = isInt(tokens[i + 4], 0, 99);
    year = y4 ?? (y2 !== null && tokens[i + 4]!.norm.length === 2 ? 2000 + y2 : null);
    if (year === null) return null;
    last = i + 4;
  }
  return withClock(tokens, { first: i, last, date: { first: i, last, month, day, year } }, limit);
}

/** A clock time after a date ("3/2 08:00", "2026-03-02 @ 0800") belongs to it. */
function withClock(tokens: readonly Token[], hit: DateHit, limit: number): DateHit {
  let k = hit.last + 1;
  if (k < limit && (tokens[k]!.norm === '@' || tokens[k]!.norm === 'at')) k++;
  const clock = clockAt(tokens, k, limit);
  if (clock) {
    hit.clock = clock.minutes;
    hit.last = clock.last;
  }
  return hit;
}

/** "pod2", "hd3": a stay day written as one token. */
const FUSED_STAY_DAY = /^(pod|hd)(\d{1,2})$/;
/** An ISO date, year first ("2026-08-14"), as SI-unit lab tables write it. */
function isoDateAt(tokens: readonly Token[], i: number, limit: number): DateHit | null {
  if (i + 4 >= limit) return null;
  const year = isInt(tokens[i], 1900, 2100, 4);
  if (year === null || tokens[i + 1]!.norm !== '-' || tokens[i + 3]!.norm !== '-') return null;
  if (![1, 2, 3, 4].every((k) => glued(tokens, i + k))) return null;
  const month = tokens[i + 2]!.norm.length === 2 ? isInt(tokens[i + 2], 1, 12) : null;
  const day = tokens[i + 4]!.norm.length === 2 ? isInt(tokens[i + 4], 1, 31) : null;
  if (month === null || day === null) return null;
  return { first: i, last: i + 4, date: { first: i, last: i + 4, month, day, year } };
}

/** "POD 2", "POD#2", "pod2", "HD#3", "hospital day 3", "post-op day 1": the kind and the day number. */
export function stayDayAt(tokens: readonly Token[], i: number, limit: number): { kind: 'pod' | 'hd'; n: number; last: number } | null {
  const t = tokens[i];
  if (!t || i >= limit) return null;
  // Only words can be a fused day ("pod2"): the expression is not run on every number and mark.
  const fused = t.kind === 'word' ? FUSED_STAY_DAY.exec(t.norm) : null;
  if (fused) return { kind: fused[1] as 'pod' | 'hd', n: Number(fused[2]), last: i };
  let kind: 'pod' | 'hd' | null = null;
  let k = i + 1;
  if (t.norm === 'pod' || t.norm === 'hd') kind = t.norm;
  else if (t.norm === 'hospital' && tokens[k]?.norm === 'day') {
    kind = 'hd';
    k++;
  } else if ((t.norm === 'postop' || t.norm === 'postoperative') && tokens[k]?.norm === 'day') {
    kind = 'pod';
    k++;
  } else if (t.norm === 'post' && tokens[k]?.norm === '-' && tokens[k + 1]?.norm === 'op' && tokens[k + 2]?.norm === 'day') {
    kind = 'pod';
    k += 3;
  }
  if (!kind) return null;
  if (tokens[k]?.norm === '#') k++;
  const n = k < limit ? isInt(tokens[k], 0, 99) : null;
  return n === null ? null : { kind, n, last: k };
}

/** The date's day number on the note's axis (a year-less date takes the note's year, else a nominal one). */
function dayOf(d: NoteDate, anchors: TimeAnchors): number {
  if (d.year !== null) return dayNumber(d.year, d.month, Math.max(d.day, 1));
  const year = anchors.year ?? NOMINAL_YEAR;
  const n = dayNumber(year, d.month, Math.max(d.day, 1));
  const ref = anchors.visitDay ?? anchors.admissionDay;
  if (anchors.year !== null && ref !== null && n - ref > FUTURE_SLACK_DAYS) return dayNumber(year - 1, d.month, Math.max(d.day, 1));
  return n;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function textOf(doc: Doc, first: number, last: number): string {
  return doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end);
}

interface Expr {
  first: number;
  last: number;
  distance: number;
}

function nearer<E extends Expr>(a: E | null, b: E): E {
  return a && a.distance <= b.distance ? a : b;
}

/**
 * The time of a value whose words are tokens [from, to): label words there when `labels` (the last one
 * wins: the nearest after the analyte), and the date, day of the stay or relative day nearest `valueAt`.
 */
export function whenIn(doc: Doc, vlex: ValueLexicon, anchors: TimeAnchors, from: number, to: number, valueAt: number, labels = true): LabWhen {
  const t = doc.tokens;
  let label: { time: LabTime; first: number; last: number } | null = null;
  let placed: (Expr & { at: number; window: number }) | null = null;
  let written: Expr | null = null;
  let clock: Expr | null = null;
  const place = (first: number, last: number, at: number, window: number) => {
    placed = nearer(placed, { first, last, at, window, distance: Math.abs(first - valueAt) });
  };
  for (let i = from; i < to; i++) {
    let date = labDateAt(t, i, to);
    // Before the value, a bare "4/5" after a word is that word's grade, score or ratio ("strength 4/5 Cr
    // 2.1", "hip flexion 4/5, K 2.9"), unless a date word or a colon makes it a date ("labs 3/1", "BMP 3/2: Na").
    if (date && date.date.year === null && date.last < valueAt && !datePlaced(t, i, date.date.last)) date = null;
    // Named dates ("Jan 5 2026") start with a month word; numeric ones were read just above.
    const d = date?.date ?? (t[i]!.kind === 'word' ? dateAt(t, i, Math.min(to, i + 6)) : null) ?? null;
    if (d) {
      const last = date?.last ?? d.last;
      const day = dayOf(d, anchors);
      if (d.day === 0) place(i, last, day * MINUTES_PER_DAY, daysInMonth(d.year ?? anchors.year ?? NOMINAL_YEAR, d.month) * MINUTES_PER_DAY);
      else place(i, last, day * MINUTES_PER_DAY + (date?.clock ?? 0), date?.clock === undefined ? MINUTES_PER_DAY : 0);
      written = nearer(written, { first: i, last, distance: Math.abs(i - valueAt) });
      i = last;
      continue;
    }
    const hour = clockOnlyAt(t, i, to);
    if (hour) {
      clock = nearer(clock, { first: i, last: hour.last, distance: Math.abs(i - valueAt) });
      i = hour.last;
      continue;
    }
    const sd = stayDayAt(t, i, to);
    if (sd) {
      // Hospital day 1 is the day of admission; postoperative day 0 the day of the operation.
      if (sd.kind === 'hd' && anchors.admissionDay !== null) place(i, sd.last, (anchors.admissionDay + sd.n - 1) * MINUTES_PER_DAY, MINUTES_PER_DAY);
      if (sd.kind === 'pod' && anchors.surgeryDay !== null) place(i, sd.last, (anchors.surgeryDay + sd.n) * MINUTES_PER_DAY, MINUTES_PER_DAY);
      written = nearer(written, { first: i, last: sd.last, distance: Math.abs(i - valueAt) });
      i = sd.last;
      continue;
    }
    const rel = RELATIVE_DAYS.get(t[i]!.norm) ?? (t[i]!.norm === 'this' && i + 1 < to && THIS_PARTS.has(t[i + 1]!.norm) ? 0 : undefined);
    if (rel !== undefined && anchors.visitDay !== null) place(i, i, (anchors.visitDay + rel) * MINUTES_PER_DAY, MINUTES_PER_DAY);
    if (!labels) continue;
    // "repeat to confirm" says the value is doubtful, not when it was taken (read past `to`: the words may run on).
    const doubt = vlex.labSpecimen.matchAt(t, i);
    if (doubt) {
      i = doubt.last;
      continue;
    }
    const m = vlex.labTimes.matchAt(t, i, to);
    if (m) {
      label = { time: m.payloads[0]!, first: m.first, last: m.last };
      i = m.last;
    } else if (rel === -1) {
      label = { time: 'prior', first: i, last: i };
    }
  }
  const when: LabWhen = {};
  const p = placed as (Expr & { at: number; window: number }) | null;
  const w = written as Expr | null;
  if (label) when.time = label.time;
  else if (w) when.time = 'dated';
  // A clock with no date says when within an unstated day: written, never placed on the axis.
  const shown = w ?? label ?? (clock as Expr | null);
  if (shown) when.timeText = textOf(doc, shown.first, shown.last);
  if (p) {
    when.at = p.at;
    if (p.window > 0) when.atWindow = p.window;
  }
  return when;
}

/** A year-less numeric date [first, last] stands as a date: at a line's start, after a date word or no word, or before a colon. */
function datePlaced(t: readonly Token[], first: number, last: number): boolean {
  const prev = t[first - 1];
  if (!prev || t[first]!.newlinesBefore > 0 || prev.kind !== 'word' || isDateAnchor(prev.norm)) return true;
  return t[last + 1]?.norm === ':';
}

/** A token a numeric date is made of: "3", "/", "2026", "-". */
function isDatePart(t: Token): boolean {
  return t.kind === 'number' || t.norm === '/' || t.norm === '-';
}

/**
 * The time of a value whose words are tokens [first, end) in a sentence part [from, to): labels in its
 * clause, a few tokens each side; dates and days of the stay a little further, even across a comma
 * ("CK 300 (3/14/2026)", "3/1/2026 Na 131").
 */
export function labWhen(doc: Doc, vlex: ValueLexicon, anchors: TimeAnchors, first: number, end: number, from: number, to: number): LabWhen {
  const t = doc.tokens;
  let lo = first;
  while (lo > from && first - lo < REACH_BEFORE && !CLAUSE_END.has(t[lo - 1]!.norm)) lo--;
  // Never start inside a date: "3/2/2026: Cr 1.0" is dated 3/2/2026, not "2/2026".
  while (lo > from && first - lo < DATE_REACH && isDatePart(t[lo]!) && isDatePart(t[lo - 1]!)) lo--;
  let hi = end;
  while (hi < to && hi - end < REACH_AFTER && !CLAUSE_END.has(t[hi]!.norm)) hi++;
  const words = whenIn(doc, vlex, anchors, lo, hi, first);
  if (words.timeText !== undefined && words.time === 'dated') return words;
  // Dates never cross a semicolon: "3/2 08:00 Na 128; 3/2 16:00 Na 127" dates each value by its own.
  let dateHi = end;
  while (dateHi < Math.min(to, end + DATE_REACH) && t[dateHi]!.norm !== ';') dateHi++;
  let dateLo = first;
  while (dateLo > Math.max(from, first - DATE_REACH) && t[dateLo - 1]!.norm !== ';') dateLo--;
  while (dateLo > from && first - dateLo < 2 * DATE_REACH && isDatePart(t[dateLo]!) && isDatePart(t[dateLo - 1]!)) dateLo--;
  const after = whenIn(doc, vlex, anchors, end, dateHi, end, false);
  const before = whenIn(doc, vlex, anchors, dateLo, first, first, false);
  const dated = after.time === 'dated' ? after : before.time === 'dated' ? before : null;
  if (!dated) {
    // A clock alone a little after the value ("Hgb 12.4 (06:00)") is written, not placed; one
    // before it in another clause is the earlier value's ("K 5.9 at 0400, Na 131").
    const clock = words.timeText ?? after.timeText;
    return clock === undefined ? words : { ...words, timeText: clock };
  }
  const merged: LabWhen = { ...words, time: words.time ?? 'dated', timeText: dated.timeText! };
  if (dated.at !== undefined) merged.at = dated.at;
  else delete merged.at;
  if (dated.atWindow !== undefined) merged.atWindow = dated.atWindow;
  else delete merged.atWindow;
  return merged;
}

/**
 * Where a label puts a value in time relative to an unlabelled one: baseline/prior 0, admission/pre-op
 * 1, unlabelled, dated or peak 2 (a peak is an extreme, not a moment), latest/discharge 3.
 */
export function orderRank(time: LabTime | undefined): number {
  return time === 'peak' || time === 'dated' ? 2 : RANK[time ?? 'none'];
}

/** Dated later, else written later, or later in the same trend ("Cr 2.1, up from 0.9": 2.1 is the later value). */
function laterThan(a: LabAttributes, index: number, b: LabAttributes, bIndex: number): boolean {
  // Placed by the note's dates: the later time, whatever the text order ("Hgb 8.1 (3/4) ... 11.9 (3/2)").
  if (a.at !== undefined && b.at !== undefined && a.at !== b.at) return a.at > b.at;
  if (a.trendId !== undefined && a.trendId === b.trendId) return (a.trendStep ?? 0) > (b.trendStep ?? 0);
  return index > bIndex;
}

/**
 * Marks every lab value that is not its series' current one (see the module comment). The caller
 * passes only values that are results: a threshold in an order ("transfuse if Hgb <7"), a denied or a
 * relative's value never supersedes the patient's result.
 */
export function markCurrentLabs(labs: readonly { attributes: LabAttributes }[]): void {
  const best = new Map<string, { rank: number; index: number }>();
  labs.forEach((c, index) => {
    const a = c.attributes;
    const rank = RANK[a.time ?? 'none'];
    const seen = best.get(a.analyte);
    if (!seen || rank > seen.rank || (rank === seen.rank && laterThan(a, index, labs[seen.index]!.attributes, seen.index))) {
      best.set(a.analyte, { rank, index });
    }
  });
  labs.forEach((c, index) => {
    const a = c.attributes;
    const chosen = best.get(a.analyte)!;
    if (chosen.index !== index || RANK[a.time ?? 'none'] === 0) a.current = false;
  });
}
