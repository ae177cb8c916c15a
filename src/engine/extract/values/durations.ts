/**
 * How long a complaint has lasted: "x 3 months", "x3 weeks", "for 2 weeks", "> 2 weeks",
 * "over the past month", "for several days", "3-day history", "started 2 weeks ago",
 * "since March" (no length: days null), "progressive over 6 weeks" (progressive).
 *
 * A duration needs an introducer ("x", "for", "over", ">", "past", "ago", "history"): "in 2 weeks"
 * and "every 2 weeks" are a follow-up and a frequency, not how long something has lasted.
 * "Chronic" is not a duration. Days are approximate (a month is 30 days, a year 365; "several" is 4).
 * Each regex is sticky at a token start and bounded, so the scan is linear.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { DurationAttributes } from '../../types.ts';
import { candidate, endTokenFor, stickyAt } from './scan.ts';

const UNIT_DAYS: Record<string, number> = { h: 1 / 24, d: 1, w: 7, m: 30, y: 365 };

// The look-behind keeps a search linear: a count never starts inside a number.
const NUMERAL = String.raw`(?<![\d.])\d+(?:\.\d+)?(?:[ \t\u00a0]{0,2}(?:[-\u2013]|to)[ \t\u00a0]{0,2}\d+(?:\.\d+)?)?`;
const WORD_COUNT = String.raw`an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|(?:a[ \t\u00a0]{1,3})?few|several|(?:a[ \t\u00a0]{1,3})?couple(?:[ \t\u00a0]{1,3}of)?|many`;
const UNIT_WORD = String.raw`hours?|hrs?|days?|weeks?|wks?|months?|mos?|mths?|years?|yrs?`;
/**
 * A count and its unit: "3 months", "2-3 wks", "3d", "8h" (one-letter units only after digits), "a few
 * weeks", "two-week" (a word count needs a space or hyphen, so "any" is not "an y").
 * Groups: 1 numeral, 2 its unit, 3 word count, 4 its unit.
 */
const COUNTED = String.raw`(?:(${NUMERAL})[ \t\u00a0]{0,3}-?[ \t\u00a0]{0,2}(${UNIT_WORD}|[dhwy])|(${WORD_COUNT})(?:[ \t\u00a0]{1,3}|[ \t\u00a0]{0,2}-[ \t\u00a0]{0,2})(${UNIT_WORD}))(?![a-z])`;
const APPROX = String.raw`(?:(?:about|approximately|approx\.?|around|roughly|nearly|almost|~|at[ \t\u00a0]{1,3}least|over|more[ \t\u00a0]{1,3}than|greater[ \t\u00a0]{1,3}than)[ \t\u00a0]{0,3})?`;
const PAST = String.raw`(?:the[ \t\u00a0]{1,3})?(?:past|last|previous|preceding|prior)`;

/** "x 3 months", "×2 wks", "for 2 weeks", "over 6 weeks", "> 2 weeks", "more than 3 months". */
const SPAN_RE = new RegExp(
  String.raw`(?:[x\u00d7>\u2265<]|for|over|>=|more[ \t\u00a0]{1,3}than|greater[ \t\u00a0]{1,3}than|less[ \t\u00a0]{1,3}than|at[ \t\u00a0]{1,3}least|lasting|persistent|persisting|ongoing)` +
    String.raw`[ \t\u00a0]{0,3}(?:${PAST}[ \t\u00a0]{1,3})?${APPROX}${COUNTED}`,
  'iy',
);
/** "over the past month", "in the last few weeks", "for the past year", "during the past 2 months". */
const PAST_RE = new RegExp(
  String.raw`(?:over|in|during|within|for|throughout)[ \t\u00a0]{1,3}${PAST}[ \t\u00a0]{1,3}${APPROX}(?:${COUNTED}|(${UNIT_WORD})(?![a-z]))`,
  'iy',
);
/** After a change only (durationAt's allowIn): "in 2 months", "within 6 hours", "in one week". */
const IN_RE = new RegExp(String.raw`(?:in|within|during)[ \t\u00a0]{1,3}${APPROX}${COUNTED}`, 'iy');
/** "3-day history", "2 weeks ago", "3 months duration", "2 wk hx". */
const AGO_RE = new RegExp(
  String.raw`${COUNTED}[ \t\u00a0]{0,3}-?[ \t\u00a0]{0,2}(?:ago|history|hx|duration|prior)(?![a-z])`,
  'iy',
);
/** "for weeks", "for months": a plural unit alone (two of them, at least). */
const VAGUE_RE = /for[ \t\u00a0]{1,3}(days|weeks|months|years)(?![a-z])/iy;
/** "since March", "since last week", "since yesterday", "since 2019", "since 3/1". */
const SINCE_RE =
  /since[ \t\u00a0]{1,3}(?:(yesterday)|(last)[ \t\u00a0]{1,3}(week|month|year)|(?:early[ \t\u00a0]{1,3}|late[ \t\u00a0]{1,3}|mid[ \t-]{0,2})?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![a-z])(?:[ \t\u00a0]{1,3}\d{4})?|(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:19|20)\d{2})(?![\d/]))/iy;

const PROGRESSION = new Set([
  'progressive', 'progressively', 'progressing', 'progressed', 'worsening', 'worsened', 'worse', 'gradually', 'gradual',
  'increasing', 'increasingly', 'steadily',
]);

const WORD_COUNTS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['eighteen', 18], ['twenty', 20], ['thirty', 30],
  ['few', 3], ['several', 4], ['couple', 2], ['many', 6],
]);

function countOf(written: string | undefined): number {
  if (!written) return 1;
  const w = written.toLowerCase().replace(/\s+/g, ' ').trim();
  const range = /^(\d+(?:\.\d+)?)\s*(?:-|\u2013|to)\s*(\d+(?:\.\d+)?)$/.exec(w);
  if (range) return (Number(range[1]) + Number(range[2])) / 2;
  if (/^\d/.test(w)) return Number(w);
  const word = w.replace(/^a /, '').replace(/ of$/, '');
  return WORD_COUNTS.get(word) ?? 1;
}

function daysOf(count: string | undefined, unit: string): number {
  return Math.round(countOf(count) * UNIT_DAYS[unitKey(unit)]! * 100) / 100;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

const DURATION_STARTS = new Set(['x', '\u00d7', 'for', 'over', '>', '\u2265', '<', 'more', 'greater', 'less', 'at', 'in', 'during', 'within', 'since', 'lasting', 'persistent', 'persisting', 'ongoing', 'throughout']);

/** A duration read at one token: its days (null for "since March") and, for counted ones, its length in hours. */
export interface DurationAt {
  days: number | null;
  /** Exact hours of a counted length ("x 8 h" is 8, "for 2 days" 48); absent for "since ..." and vague ones. */
  hours?: number;
  end: number;
}

const UNIT_HOURS: Record<string, number> = { h: 1, d: 24, w: 168, m: 720, y: 8760 };

function unitKey(unit: string): string {
  const u = unit.toLowerCase();
  return u.startsWith('h') ? 'h' : u.startsWith('d') ? 'd' : u.startsWith('w') ? 'w' : u.startsWith('m') ? 'm' : 'y';
}

function countedAt(m: RegExpExecArray, start: number): DurationAt {
  const count = m[1] ?? m[3];
  const unit = (m[2] ?? m[4])!;
  return { days: daysOf(count, unit), hours: countOf(count) * UNIT_HOURS[unitKey(unit)]!, end: start + m[0].length };
}

/**
 * The duration that starts at token i ("x 3 months", "over the past month", "2 weeks ago"), or null.
 * `allowIn` also reads "in 2 months" and "within 6 hours", which elsewhere is a follow-up ("see in 2 weeks")
 * but after a change ("lost 8 kg in 2 months") is the period it happened over.
 */
export function durationAt(doc: Doc, i: number, allowIn = false): DurationAt | null {
  const tok = doc.tokens[i]!;
  const starts = DURATION_STARTS.has(tok.norm) || (tok.norm.charCodeAt(0) === 120 && isDigitCode(tok.norm.charCodeAt(1))); // "x3"
  if (starts) {
    const past = stickyAt(PAST_RE, doc.text, tok.start);
    if (past) return past[5] ? { days: daysOf(undefined, past[5]), hours: UNIT_HOURS[unitKey(past[5])]!, end: tok.start + past[0].length } : countedAt(past, tok.start);
    const span = stickyAt(SPAN_RE, doc.text, tok.start);
    if (span) return countedAt(span, tok.start);
    const within = allowIn ? stickyAt(IN_RE, doc.text, tok.start) : null;
    if (within) return countedAt(within, tok.start);
    const since = stickyAt(SINCE_RE, doc.text, tok.start);
    if (since) return { days: since[1] ? 1 : since[2] ? daysOf(undefined, since[3]!) : null, end: tok.start + since[0].length };
    const vague = stickyAt(VAGUE_RE, doc.text, tok.start);
    if (vague) return { days: daysOf('2', vague[1]!), end: tok.start + vague[0].length };
  } else if (tok.kind === 'number' || WORD_COUNTS.has(tok.norm)) {
    const prev = doc.tokens[i - 1];
    if (!prev || prev.end !== tok.start || prev.kind !== 'number') {
      const ago = stickyAt(AGO_RE, doc.text, tok.start);
      if (ago) return countedAt(ago, tok.start);
    }
  }
  return null;
}

export const extractDurations: Extractor = (doc) => {
  const out: AnyCandidate[] = [];
  const t = doc.tokens;
  for (const s of doc.sentences) {
    // "Progressive difficulty climbing stairs x 3 months": the course word anywhere in the sentence.
    let progressive = false;
    for (let i = s.firstToken; i < s.endToken && !progressive; i++) progressive = PROGRESSION.has(t[i]!.norm);
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (doc.headerToken[i]) continue;
      const found = durationAt(doc, i);
      if (!found || found.end > s.end) continue;
      const endToken = endTokenFor(doc, found.end, i);
      const attributes: DurationAttributes = { days: found.days, ...(progressive ? { progressive: true } : {}) };
      out.push(candidate(doc, 'duration', i, endToken, attributes, found.end));
      i = endToken - 1;
    }
  }
  return out;
};
