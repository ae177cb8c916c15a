/**
 * Calendar dates in a note, for the time of what a sentence reports: "June 24, 2008, he was seen in
 * the ER with weakness" in a note whose visit is later describes an earlier encounter. Recognised
 * forms: a month name with a day and/or a year ("June 24, 2008", "Jun 24 2008", "March 2019"),
 * numeric dates with a year ("6/24/2008", "06-24-08", "2008-06-24", "11/2021"), and a month/day without a year
 * ("3/14") only right after a word that announces a date ("Initial evaluation 3/14", "on 3/14",
 * "labs 3/14"), because "4/5" and "7/10" are grades and scores.
 *
 * The encounter's date is the first date labelled as the visit's or the admission's ("Date of
 * service: 12/05/2026", "Admission date: ..."), else the latest full date of the note; a date before
 * it starts a historical scope. Linear in the tokens; no clock is read, so a note lints the same on
 * any day.
 */
import type { Token } from '../../text/tokens.ts';
import { NoteMemo } from '../note-memo.ts';

export interface NoteDate {
  /** Token range [first, last] of the date. */
  first: number;
  last: number;
  /** Month 1-12 and day 1-31 (day 0 when only month and year are written). */
  month: number;
  day: number;
  /** Four-digit year, or null when the note leaves it out ("3/14"). */
  year: number | null;
}

const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Words after which a bare month/day ("3/14") is a date rather than a grade or a score. */
const DATE_ANCHORS = new Set([
  'on', 'dated', 'evaluation', 'eval', 'ie', 'reevaluation', 're-evaluation', 'visit', 'admission', 'admitted', 'labs',
  'lab', 'seen', 'discharge', 'discharged', 'dos', 'date', 'since', 'from', 'exam', 'assessment',
]);

/** Whether a bare month/day after this word is a date ("on 3/14", "labs 3/1"), not a grade or a score. */
export function isDateAnchor(norm: string): boolean {
  return DATE_ANCHORS.has(norm);
}

/** Words whose date is the encounter's own. */
const ENCOUNTER_LABELS: readonly (readonly string[])[] = [
  ['date', 'of', 'service'], ['dos'], ['service', 'date'], ['visit', 'date'], ['date', 'of', 'visit'],
  ['encounter', 'date'], ['date', 'of', 'encounter'], ['admission', 'date'], ['date', 'of', 'admission'],
  ['admit', 'date'], ['admitted'], ['date', 'of', 'evaluation'], ['evaluation', 'date'],
];
/** Labels of the stay's first day. */
const ADMISSION_LABELS: readonly (readonly string[])[] = [
  ['admission', 'date'], ['date', 'of', 'admission'], ['admit', 'date'], ['admitted'], ['date', 'admitted'],
];
/** Labels of this encounter's other dates: they are never "before the encounter" in a scope. */
const STAY_LABELS: readonly (readonly string[])[] = [...ENCOUNTER_LABELS, ['discharge', 'date'], ['date', 'of', 'discharge'], ['discharged']];

/** Tokens a label may stand before its date ("ADMISSION DATE: **DATE[Aug 14 2007]"). */
const LABEL_REACH = 6;

/** The month a word names ("Feb", "february"), or null. */
export function monthNamed(t: Token | undefined): number | null {
  return t ? (MONTHS.get(t.norm) ?? null) : null;
}

function intOf(t: Token | undefined, min: number, max: number, digits?: number): number | null {
  if (!t || t.kind !== 'number' || !/^\d+$/.test(t.norm)) return null;
  if (digits !== undefined && t.norm.length !== digits) return null;
  const n = Number(t.norm);
  return n >= min && n <= max ? n : null;
}

function yearOf(t: Token | undefined): number | null {
  const four = intOf(t, 1900, 2100, 4);
  if (four !== null) return four;
  const two = intOf(t, 0, 99, 2);
  return two === null ? null : two < 50 ? 2000 + two : 1900 + two;
}

/** "3rd", "24th" as day numbers. */
function ordinalDay(t: Token | undefined): number | null {
  if (!t) return null;
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t.norm);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 31 ? n : null;
  }
  return intOf(t, 1, 31);
}

function adjacent(tokens: readonly Token[], i: number): boolean {
  return tokens[i] !== undefined && !tokens[i]!.spaceBefore && tokens[i]!.newlinesBefore === 0;
}

/**
 * The year of a month/two-digit-year at token i ("9/92": September 1992), or null. Only a second number
 * no day can be (32-99, read as 19yy: a later one would be years ahead), with nothing glued after it,
 * and only where a date stands: after a date word or "in", in parentheses, at the start of a line or
 * before a colon. A grade ("4/5"), a score ("7/10") or a blood pressure ("120/80") has no month and year
 * there; "ANA 1/80" is a titer, not January 1980.
 */
export function twoDigitYearAt(tokens: readonly Token[], i: number): number | null {
  const yy = intOf(tokens[i + 2], 32, 99, 2);
  if (yy === null || tokens[i + 1]?.norm !== '/' || !adjacent(tokens, i + 1) || !adjacent(tokens, i + 2)) return null;
  const after = tokens[i + 3];
  if (after && adjacent(tokens, i + 3) && (after.kind === 'number' || after.norm === '/' || (after.norm === '.' && adjacent(tokens, i + 4)))) return null;
  const before = tokens[i - 1];
  const placed =
    !before ||
    tokens[i]!.newlinesBefore > 0 ||
    DATE_ANCHORS.has(before.norm) ||
    before.norm === 'in' ||
    before.norm === '(' ||
    (after?.norm === ':' && tokens[i + 4] !== undefined);
  return placed ? 1900 + yy : null;
}

/** A numeric date starting at token i: m/d/y, m-d-y, y-m-d, or an anchored m/d. */
function numericAt(tokens: readonly Token[], i: number): NoteDate | null {
  const sep = tokens[i + 1]?.norm;
  if (sep !== '/' && sep !== '-') return null;
  if (!adjacent(tokens, i + 1) || !adjacent(tokens, i + 2)) return null;
  // y-m-d
  const isoYear = intOf(tokens[i], 1900, 2100, 4);
  if (isoYear !== null && sep === '-' && tokens[i + 3]?.norm === '-' && adjacent(tokens, i + 3) && adjacent(tokens, i + 4)) {
    const month = intOf(tokens[i + 2], 1, 12);
    const day = intOf(tokens[i + 4], 1, 31);
    if (month !== null && day !== null) return { first: i, last: i + 4, month, day, year: isoYear };
  }
  const month = intOf(tokens[i], 1, 12);
  // m/yyyy ("B12 142 (11/2021)").
  const monthYear = sep === '/' && month !== null ? intOf(tokens[i + 2], 1900, 2100, 4) : null;
  if (monthYear !== null && month !== null) return { first: i, last: i + 2, month, day: 0, year: monthYear };
  // m/yy with a year no day can be ("CABG 9/92"), where a date stands (see twoDigitYearAt).
  const shortYear = sep === '/' && month !== null ? twoDigitYearAt(tokens, i) : null;
  if (shortYear !== null && month !== null) return { first: i, last: i + 2, month, day: 0, year: shortYear };
  const day = intOf(tokens[i + 2], 1, 31);
  if (month === null || day === null) return null;
  if (tokens[i + 3]?.norm === sep && adjacent(tokens, i + 3) && adjacent(tokens, i + 4)) {
    const year = yearOf(tokens[i + 4]);
    if (year !== null) return { first: i, last: i + 4, month, day, year };
    return null;
  }
  if (sep !== '/') return null;
  // A grade "4/5" is never followed by a further "/" or preceded by an anchor.
  const before = tokens[i - 1];
  if (!before || !DATE_ANCHORS.has(before.norm)) return null;
  return { first: i, last: i + 2, month, day, year: null };
}

/** A month-name date starting at token i: "June 24, 2008", "Jun 24", "March 2019", "24 June 2008" is not needed. */
function namedAt(tokens: readonly Token[], i: number): NoteDate | null {
  const month = MONTHS.get(tokens[i]!.norm);
  if (month === undefined) return null;
  let j = i + 1;
  if (tokens[j]?.norm === '.' && adjacent(tokens, j)) j++;
  const year = intOf(tokens[j], 1900, 2100, 4);
  if (year !== null) return { first: i, last: j, month, day: 0, year };
  const day = ordinalDay(tokens[j]);
  if (day === null) return null;
  let k = j + 1;
  if (tokens[k]?.norm === ',') k++;
  const y = intOf(tokens[k], 1900, 2100, 4);
  if (y !== null) return { first: i, last: k, month, day, year: y };
  // "May 3" needs its day to be a date at all; a year-less named date is still a date.
  return { first: i, last: j, month, day, year: null };
}

/** The date that starts at token i and ends before token `to`, or null. */
export function dateAt(tokens: readonly Token[], i: number, to = tokens.length): NoteDate | null {
  const t = tokens[i]!;
  const found = t.kind === 'number' ? numericAt(tokens, i) : t.kind === 'word' ? namedAt(tokens, i) : null;
  return found && found.last < to ? found : null;
}

/** Every date of tokens[from, to), left to right. */
export function findDates(tokens: readonly Token[], from = 0, to = tokens.length): NoteDate[] {
  const out: NoteDate[] = [];
  let i = from;
  while (i < to) {
    const found = dateAt(tokens, i, to);
    if (found) {
      out.push(found);
      i = found.last + 1;
    } else i++;
  }
  return out;
}

const datesOfNote = new NoteMemo<readonly Token[], readonly NoteDate[]>('note dates');
const encounterOfNote = new NoteMemo<readonly Token[], Map<number, EncounterDate | null>>('encounter dates');

/**
 * Every date of the whole note, read once per note: several stages ask (time anchors, earlier
 * dates, past years, weight periods), and a date reader per question walked the note each time.
 */
export function noteDates(tokens: readonly Token[]): readonly NoteDate[] {
  let dates = datesOfNote.get(tokens);
  if (!dates) datesOfNote.set(tokens, (dates = findDates(tokens)));
  return dates;
}

/** encounterDate over the whole note's dates, computed once per note and stay limit. */
export function noteEncounterDate(tokens: readonly Token[], maxStayDays: number): EncounterDate | null {
  let byLimit = encounterOfNote.get(tokens);
  if (!byLimit) encounterOfNote.set(tokens, (byLimit = new Map()));
  let encounter = byLimit.get(maxStayDays);
  if (encounter === undefined) byLimit.set(maxStayDays, (encounter = encounterDate(tokens, noteDates(tokens), maxStayDays)));
  return encounter;
}

/** Days since 1970-01-01 of a date, its year given. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, Math.max(day, 1)) / 86_400_000);
}

export interface EncounterDate {
  /** null when the visit's own label gives no year ("DOS 4/25"): dates then compare by month and day. */
  year: number | null;
  month: number;
  day: number;
}

function labelledBefore(tokens: readonly Token[], first: number, labels: readonly (readonly string[])[] = ENCOUNTER_LABELS): boolean {
  for (const label of labels) {
    // The label ends within LABEL_REACH tokens before the date ("Date of service: 12/05/2026").
    for (let end = first - 1; end >= Math.max(0, first - LABEL_REACH); end--) {
      const start = end - label.length + 1;
      if (start < 0) continue;
      let ok = true;
      for (let k = 0; k < label.length && ok; k++) ok = tokens[start + k]!.norm === label[k];
      // The label stands on the date's own line.
      for (let k = start + 1; k <= first && ok; k++) ok = tokens[k]!.newlinesBefore === 0;
      if (ok) return true;
    }
  }
  return false;
}

/**
 * The encounter's date: the first labelled visit or admission date, else the latest full date. An
 * inpatient stay starts at its admission: with an admission date on or before that date (the latest
 * one, so "previously admitted 3/2024" does not open the stay), or a hospital day counted from it
 * ("HD 4" on 3/5 was admitted 3/2), the stay's earlier days are this encounter, not a past one. An
 * admission more than `maxStayDays` before that date is an earlier stay (lexicon/context.yaml `encounterDates`).
 */
export function encounterDate(tokens: readonly Token[], dates: readonly NoteDate[], maxStayDays: number): EncounterDate | null {
  let latest: EncounterDate | null = null;
  let latestDay = -Infinity;
  let labelled: EncounterDate | null = null;
  for (const d of dates) {
    if (labelledBefore(tokens, d.first)) {
      labelled = { year: d.year, month: d.month, day: d.day };
      break;
    }
    // A note dates itself to the day: a month alone ("3/2019", "March 2019") is when something else happened.
    if (d.year === null || d.day === 0) continue;
    const n = dayNumber(d.year, d.month, d.day);
    if (n > latestDay) {
      latestDay = n;
      latest = { year: d.year, month: d.month, day: d.day };
    }
  }
  const encounter = labelled ?? latest;
  return encounter && stayStart(tokens, dates, encounter, maxStayDays);
}

/** The first day of the stay the encounter date falls in: its admission date, else its hospital day counted back. */
function stayStart(tokens: readonly Token[], dates: readonly NoteDate[], encounter: EncounterDate, maxStayDays: number): EncounterDate {
  if (encounter.year === null) return encounter;
  const visit = dayNumber(encounter.year, encounter.month, encounter.day);
  let admission: { date: EncounterDate; n: number } | null = null;
  for (const d of dates) {
    if (!labelledBefore(tokens, d.first, ADMISSION_LABELS)) continue;
    const year = d.year ?? encounter.year;
    const n = dayNumber(year, d.month, d.day);
    if (n <= visit && visit - n <= maxStayDays && (!admission || n > admission.n)) admission = { date: { year, month: d.month, day: Math.max(d.day, 1) }, n };
  }
  if (admission) return admission.date;
  const hospitalDay = hospitalDayOf(tokens);
  if (hospitalDay === null || hospitalDay < 1) return encounter;
  const start = new Date((visit - (hospitalDay - 1)) * 86_400_000);
  return { year: start.getUTCFullYear(), month: start.getUTCMonth() + 1, day: start.getUTCDate() };
}

/** "hd4": a hospital day written as one token. */
const FUSED_HOSPITAL_DAY = /^hd(\d{1,2})$/;

/** The first "hospital day N" / "HD N" / "HD#N" of the note, or null. */
function hospitalDayOf(tokens: readonly Token[]): number | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The prefix test first: a regular expression run on every token of the note allocates per call.
    const fused = t.norm.startsWith('hd') ? FUSED_HOSPITAL_DAY.exec(t.norm) : null;
    if (fused) return Number(fused[1]);
    let k = i + 1;
    if (t.norm === 'hospital' && tokens[k]?.norm === 'day') k++;
    else if (t.norm !== 'hd') continue;
    if (tokens[k]?.norm === '#') k++;
    const n = intOf(tokens[k], 1, 99);
    if (n !== null) return n;
  }
  return null;
}

/** Whether a date lies before the encounter (a month without a day: the whole month does). */
export function isBeforeEncounter(d: NoteDate, encounter: EncounterDate): boolean {
  if (encounter.year === null) {
    // A visit dated without a year: only dates without a year compare, by month and day.
    if (d.year !== null) return false;
    return d.month < encounter.month || (d.month === encounter.month && d.day > 0 && d.day < encounter.day);
  }
  const year = d.year ?? encounter.year;
  if (d.day === 0) return year < encounter.year || (year === encounter.year && d.month < encounter.month);
  return dayNumber(year, d.month, d.day) < dayNumber(encounter.year, encounter.month, encounter.day);
}

/** Whether a date is labelled as one of this encounter's own (visit, admission, discharge). */
export function isEncounterLabelled(tokens: readonly Token[], d: NoteDate): boolean {
  return labelledBefore(tokens, d.first, STAY_LABELS);
}
