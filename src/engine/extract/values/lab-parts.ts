/**
 * The pieces of a written lab result after the analyte name: the value ("1,200", "<0.5", "3.1"),
 * its unit ("U/L", "mEq/L", fused as in "3.1mEq/L"), a reference range ("(Ref: 30-200)",
 * "(135-145)", "3.5-5.1" in a table column, "(<200)") and the flag arithmetic.
 * Every regex is sticky, anchored at one offset, with bounded repetition: linear on any input.
 */
import type { LabAnalyteDef } from '../../../lexicon/types.ts';
import type { LabFlag } from '../../types.ts';
import { NUMBER_SOURCE, parseNumber, stickyAt } from './scan.ts';

export type Comparator = '<' | '>';

export interface WrittenValue {
  value: number;
  comparator?: Comparator;
  start: number;
  end: number;
}

const VALUE_RE = new RegExp(String.raw`(<=|>=|<|>|\u2264|\u2265)?[ \t\u00a0]{0,2}(${NUMBER_SOURCE})`, 'y');
/** Right after a value these make it part of a date, a ratio, a time or a range ("3/4", "19-9", "3:30"). */
const NOT_A_VALUE_AFTER = /[/:\-\u2013]\d|\.\d|\d/y;

/**
 * Values of one analyte written as a slash series, earliest first: "Cr 1.1/1.6/2.3", "Na
 * 128/131/135". Three values at least, so a ratio or a pair ("H/H 9.1/27", "BP 120/80") is not one,
 * and none may look like a date ("3/2/2026", "12/1/25").
 */
const SLASH_SERIES_RE = /\d{1,4}(?:\.\d{1,3})?(?:\/\d{1,4}(?:\.\d{1,3})?){2,11}(?![\d/]|\.\d)/y;
/** How far back a series may start before one of its values. */
const SLASH_SERIES_REACH = 96;

function isDateLike(members: readonly string[]): boolean {
  if (members.some((v) => /^\d{4}$/.test(v))) return true;
  const [a, b, c] = members.map(Number);
  const integers = members.every((v) => /^\d+$/.test(v));
  // m/d/yy: a month, a day, a two-digit year.
  return integers && members.length === 3 && a! >= 1 && a! <= 12 && b! >= 1 && b! <= 31 && members[2]!.length === 2 && c! >= 0;
}

/** Whether the value starting at `offset` is a member of a slash series (see SLASH_SERIES_RE). */
export function inSlashSeries(text: string, offset: number): boolean {
  let start = offset;
  const floor = Math.max(0, offset - SLASH_SERIES_REACH);
  while (start > floor && /[\d./]/.test(text.charAt(start - 1))) start--;
  // The series starts at a digit right after the non-series text.
  while (start < offset && !/\d/.test(text.charAt(start))) start++;
  const m = stickyAt(SLASH_SERIES_RE, text, start);
  if (!m || start + m[0].length <= offset) return false;
  if (offset > start && text.charAt(offset - 1) !== '/') return false;
  return !isDateLike(m[0].split('/'));
}

function comparatorOf(sign: string | undefined): Comparator | undefined {
  if (!sign) return undefined;
  return sign.startsWith('<') || sign === '\u2264' ? '<' : '>';
}

export function readValue(text: string, offset: number): WrittenValue | null {
  const m = stickyAt(VALUE_RE, text, offset);
  if (!m) return null;
  const end = offset + m[0].length;
  if (stickyAt(NOT_A_VALUE_AFTER, text, end) && !(text.charAt(end) === '/' && inSlashSeries(text, offset + m[0].length - m[2]!.length))) return null;
  const comparator = comparatorOf(m[1]);
  return { value: parseNumber(m[2]!), ...(comparator ? { comparator } : {}), start: offset, end };
}

export interface WrittenUnit {
  /** As written, e.g. "mEq/L". */
  unit: string;
  /** Normalised lower case, e.g. "meq/l". */
  norm: string;
  end: number;
}

const UNIT_CHUNK_RE = /[ \t\u00a0]{0,3}([^\s,;()[\]|]{1,20})/y;
/**
 * After a number, words of a dose ("vitamin D 50,000 IU", "B12 1000 mcg", "calcium 500 mg") or of
 * a count or time ("K 3 times a day", "CK 2 weeks ago"): the number is not a lab value.
 */
const DOSE_UNIT_RE =
  /^(?:mg|mcg|\u00b5g|ug|g|gm|grams?|iu|units?|ml|tabs?|tablets?|caps?|capsules?|puffs?|drops?|q\w*|po|daily|bid|tid|weekly|times|doses?|refills?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|minutes?|mins?|am|pm)\.?$/;

/** The longest known unit at the start of `chunk`, ending at a unit boundary. */
function unitPrefix(chunk: string, units: readonly string[]): string | null {
  for (const u of units) {
    if (!chunk.startsWith(u)) continue;
    const next = chunk.charAt(u.length);
    if (next === '' || !/[a-z0-9\u00b5\u03bc%/^]/.test(next)) return u;
  }
  return null;
}

export type UnitReading = { kind: 'unit'; unit: WrittenUnit; scale: 'same' | 'other' } | { kind: 'not-a-value' } | { kind: 'none' };

/** Read the unit after a value at `offset`: the analyte's own, another lab unit, a dose or time word, or none. */
export function readUnit(text: string, offset: number, analyte: LabAnalyteDef, allLabUnits: readonly string[]): UnitReading {
  const m = stickyAt(UNIT_CHUNK_RE, text, offset);
  if (!m) return { kind: 'none' };
  const chunk = m[1]!.toLowerCase().replace(/\u03bc/g, '\u00b5');
  const lead = m[0].length - m[1]!.length;
  const same = unitPrefix(chunk, sortedUnits(analyte.units));
  const other = same ? null : (analyte.otherUnits ? unitPrefix(chunk, sortedUnits(analyte.otherUnits)) : null) ?? unitPrefix(chunk, allLabUnits);
  const found = same ?? other;
  if (found) {
    const start = offset + lead;
    return { kind: 'unit', unit: { unit: text.slice(start, start + found.length), norm: found, end: start + found.length }, scale: same ? 'same' : 'other' };
  }
  if (DOSE_UNIT_RE.test(chunk.replace(/(?<![.:,])[.:,]+$/, ''))) return { kind: 'not-a-value' };
  return { kind: 'none' };
}

const sortedCache = new WeakMap<readonly string[], string[]>();
function sortedUnits(units: readonly string[]): string[] {
  let s = sortedCache.get(units);
  if (!s) {
    s = units.map((u) => u.toLowerCase().replace(/\u03bc/g, '\u00b5')).sort((a, b) => b.length - a.length);
    sortedCache.set(units, s);
  }
  return s;
}

export interface WrittenRange {
  low?: number;
  high?: number;
  end: number;
}

const RANGE_RE = new RegExp(String.raw`(${NUMBER_SOURCE})[ \t\u00a0]{0,3}(?:-|\u2013|\u2014|to)[ \t\u00a0]{0,3}(${NUMBER_SOURCE})`, 'iy');
const LIMIT_RE = new RegExp(String.raw`(<=|>=|<|>|\u2264|\u2265|less than|greater than|under|up to|over)[ \t\u00a0]{0,3}(${NUMBER_SOURCE})`, 'iy');

/** After a range or a limit, a time or volume: a duration or an amount ("over 3 days", "2-3 L"), not a reference range. */
const NOT_A_RANGE_AFTER = /[ \t\u00a0]{0,3}(?:days?|hours?|hrs?|weeks?|wks?|months?|mos?|minutes?|mins?|years?|yrs?|ml|liters?|litres?)\b/iy;

export function readRange(text: string, offset: number): WrittenRange | null {
  const r = stickyAt(RANGE_RE, text, offset);
  if (r) {
    const low = parseNumber(r[1]!);
    const high = parseNumber(r[2]!);
    if (low <= high && !stickyAt(NOT_A_RANGE_AFTER, text, offset + r[0].length)) return { low, high, end: offset + r[0].length };
    return null;
  }
  const l = stickyAt(LIMIT_RE, text, offset);
  if (!l || stickyAt(NOT_A_RANGE_AFTER, text, offset + l[0].length)) return null;
  const bound = parseNumber(l[2]!);
  const word = l[1]!.toLowerCase();
  const upper = word.startsWith('<') || word === '\u2264' || word === 'less than' || word === 'under' || word === 'up to';
  return upper ? { high: bound, end: offset + l[0].length } : { low: bound, end: offset + l[0].length };
}

/** Flag of a value against a range; "<0.5" or ">1000" only when the bound settles it. */
export function flagOf(value: number, comparator: Comparator | undefined, low: number | undefined, high: number | undefined): LabFlag {
  if (low === undefined && high === undefined) return 'unknown';
  if (comparator === '<') {
    if (low !== undefined && value <= low) return 'low';
    if (high !== undefined && value <= high && (low === undefined || low <= 0)) return 'normal';
    return 'unknown';
  }
  if (comparator === '>') {
    if (high !== undefined && value >= high) return 'high';
    if (low !== undefined && value >= low && high === undefined) return 'normal';
    return 'unknown';
  }
  if (low !== undefined && value < low) return 'low';
  if (high !== undefined && value > high) return 'high';
  return 'normal';
}
