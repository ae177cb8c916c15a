/**
 * Nutritional intake (lexicon/findings/intake.yaml): "eating <25% of meals x 7 days", "intake <50% of
 * estimated energy needs for >5 days", "poor PO intake for 2 weeks" (percent null), "NPO x 5 days"
 * (percent 0), "meal intake 25-50%" (the upper bound, <=).
 *
 * An intake word is a finding with a percent next to it or a word after it that says it is poor
 * ("PO intake minimal"); "good PO intake" is none. An eating verb needs a percent. The percent's basis
 * is the phrase after it ("of meals", "of estimated needs"), else the intake word's own (meal intake).
 * The days are the duration written after it in its clause; none (or "since admission") is null.
 */
import type { TermEntry } from '../../../lexicon/types.ts';
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { TermMatch } from '../terms/term-scanner.ts';
import type { IntakeAttributes, ValueComparator } from '../../types.ts';
import { scannerFor } from '../terms/scanners.ts';
import { durationAt } from './durations.ts';
import { candidate, endTokenFor, NUMBER_SOURCE, parseNumber, stickyAt } from './scan.ts';

const WS = String.raw`[ \t\u00a0]`;
const PERCENT_RE = new RegExp(
  String.raw`(<=|>=|<|>|\u2264|\u2265|~)?${WS}{0,2}(${NUMBER_SOURCE})(?:${WS}{0,2}%?${WS}{0,2}(?:-|\u2013|to)${WS}{0,2}(${NUMBER_SOURCE}))?${WS}{0,2}(?:%|percent)(?![a-z0-9])`,
  'iy',
);
/** Words before a percent that bound it ("less than 50%", "at most 25%"). */
const BOUND_WORDS: ReadonlyMap<string, ValueComparator> = new Map([
  ['less than', '<'], ['under', '<'], ['below', '<'], ['lower than', '<'], ['at most', '<='], ['up to', '<='],
  ['more than', '>'], ['greater than', '>'], ['over', '>'], ['above', '>'], ['at least', '>='],
]);
const COMPARATORS: Record<string, ValueComparator> = { '<': '<', '>': '>', '<=': '<=', '>=': '>=', '\u2264': '<=', '\u2265': '>=' };
const FILLERS = new Set([':', '=', '-', '(', '~', 'of', 'is', 'was', 'has', 'been', 'have', 'remains', 'remained', 'averaging',
  'average', 'avg', 'approximately', 'approx', 'about', 'around', 'only', 'consistently', 'estimated', 'est', 'at', 'now',
  'currently', 'today', 'typically', 'generally', 'roughly', 'just', 'less', 'than', 'under', 'below', 'lower', 'most',
  'up', 'to', 'more', 'greater', 'over', 'above', 'least']);
const CLAUSE_END = new Set([';', '.', '|']);
const REACH = 7;

interface Percent {
  value: number;
  comparator?: ValueComparator;
  first: number;
  end: number;
}

function boundBefore(doc: Doc, k: number): ValueComparator | undefined {
  const t = doc.tokens;
  const two = k >= 2 ? `${t[k - 2]!.norm} ${t[k - 1]!.norm}` : '';
  return BOUND_WORDS.get(two) ?? (k >= 1 ? BOUND_WORDS.get(t[k - 1]!.norm) : undefined);
}

/** Shares written in words at their first token ("half", "a quarter"): percent and last token. */
type Fractions = ReadonlyMap<number, { percent: number; last: number }>;

function percentAt(doc: Doc, k: number, fractions: Fractions): Percent | null {
  const share = fractions.get(k);
  // "half of his usual", "a quarter of meals": a share in words counts only as a share of something.
  if (share && doc.tokens[share.last + 1]?.norm === 'of') {
    const comparator = boundBefore(doc, k);
    return { value: share.percent, ...(comparator ? { comparator } : {}), first: k, end: doc.tokens[share.last]!.end };
  }
  const tok = doc.tokens[k]!;
  if (tok.kind !== 'number' && !/^[<>\u2264\u2265~]$/.test(tok.norm)) return null;
  const prev = doc.tokens[k - 1];
  if (prev && prev.end === tok.start && (prev.norm === '.' || prev.kind === 'number')) return null;
  const m = stickyAt(PERCENT_RE, doc.text, tok.start);
  if (!m) return null;
  const high = m[3] !== undefined ? parseNumber(m[3]) : undefined;
  const value = high ?? parseNumber(m[2]!);
  if (value < 0 || value > 100) return null;
  const comparator = high !== undefined ? '<=' : m[1] && m[1] !== '~' ? COMPARATORS[m[1]] : boundBefore(doc, k);
  return { value, ...(comparator ? { comparator } : {}), first: k, end: tok.start + m[0].length };
}

/** A percent after token `from` over fillers, noting a qualifier ("intake poor") on the way. */
function percentAfter(doc: Doc, from: number, to: number, qualifiers: ReadonlySet<number>, fractions: Fractions): { percent: Percent | null; qualified: number } {
  let qualified = -1;
  let k = from;
  for (let n = 0; k < to && n < REACH; n++) {
    const tok = doc.tokens[k]!;
    if (CLAUSE_END.has(tok.norm)) break;
    const p = percentAt(doc, k, fractions);
    if (p) return { percent: p, qualified };
    if (qualifiers.has(k)) {
      qualified = k;
      k++;
      continue;
    }
    // "PO intake poor, ~25% of trays": the share that says how poor.
    if (tok.norm === ',' && qualified >= 0) {
      k++;
      continue;
    }
    if (!FILLERS.has(tok.norm)) break;
    k++;
  }
  return { percent: null, qualified };
}

function percentBefore(doc: Doc, first: number, from: number, fractions: Fractions): Percent | null {
  for (let k = Math.max(from, first - 4); k < first; k++) {
    const p = percentAt(doc, k, fractions);
    if (p && endTokenFor(doc, p.end, k) === first) return p;
  }
  return null;
}

/** Days of the duration after token `from` in its clause. */
function daysAfter(doc: Doc, from: number, to: number): { days: number | null; end: number } | null {
  for (let k = from; k < Math.min(to, from + 8); k++) {
    if (CLAUSE_END.has(doc.tokens[k]!.norm)) return null;
    const d = durationAt(doc, k);
    if (d) return d.end <= doc.tokens[to - 1]!.end ? { days: d.days, end: d.end } : null;
  }
  return null;
}

const BASES = new Set(['meals', 'needs', 'estimated-needs']);

export const extractIntake: Extractor = (doc, lex) => {
  const out: AnyCandidate[] = [];
  const scanner = scannerFor(lex, 'intake');
  for (const s of doc.sentences) {
    const matches = scanner.scanSentence(doc, s).filter((m) => !doc.headerToken[m.first]);
    if (matches.length === 0) continue;
    const qualifiers = new Set(matches.filter((m) => m.payload.attributes.role === 'qualifier').map((m) => m.first));
    const bases = new Map(matches.filter((m) => m.payload.attributes.role === 'basis').map((m) => [m.first, m]));
    const fractions = new Map(
      matches.filter((m) => m.payload.attributes.role === 'fraction').map((m) => [m.first, { percent: Number(m.payload.attributes.percent), last: m.last }]),
    );
    let covered = -1;
    for (const m of matches) {
      const role = m.payload.attributes.role;
      if (m.first < covered || role === 'basis' || role === 'qualifier' || role === 'fraction') continue;
      const c = intakeCandidate(doc, m, role as string, s.firstToken, s.endToken, qualifiers, bases, fractions);
      if (c && c.end <= s.end) {
        out.push(c);
        covered = c.endToken;
      }
    }
  }
  return out;
};

function intakeCandidate(
  doc: Doc,
  m: TermMatch<TermEntry>,
  role: string,
  from: number,
  to: number,
  qualifiers: ReadonlySet<number>,
  bases: ReadonlyMap<number, TermMatch<TermEntry>>,
  fractions: Fractions,
): ReturnType<typeof candidate<'intake'>> | null {
  const after = percentAfter(doc, m.last + 1, to, qualifiers, fractions);
  const percent = after.percent ?? (role === 'eating' ? null : percentBefore(doc, m.first, from, fractions));
  if (role === 'eating' && !percent) return null;
  if (role === 'intake' && !percent && after.qualified < 0) return null;
  let end = Math.max(doc.tokens[m.last]!.end, percent && percent.first > m.last ? percent.end : 0, after.qualified >= 0 ? doc.tokens[after.qualified]!.end : 0);
  let basis = typeof m.payload.attributes.basis === 'string' ? m.payload.attributes.basis : undefined;
  let based = false;
  if (percent) {
    const at = endTokenFor(doc, percent.end, percent.first);
    const b = bases.get(at) ?? bases.get(at + 1) ?? bases.get(at + 2);
    if (b) {
      based = true;
      if (typeof b.payload.attributes.basis === 'string') basis = b.payload.attributes.basis;
      if (b.first > m.last) end = Math.max(end, doc.tokens[b.last]!.end);
    }
  }
  if (m.payload.attributes.needsBasis === true && !based) return null;
  const days = daysAfter(doc, endTokenFor(doc, end, m.last), to);
  if (days) end = days.end;
  const attrs: IntakeAttributes = {
    percent: role === 'npo' ? 0 : percent ? percent.value : null,
    days: days?.days ?? null,
  };
  if (role !== 'npo' && percent?.comparator) attrs.comparator = percent.comparator;
  if (basis && BASES.has(basis)) attrs.basis = basis as IntakeAttributes['basis'] & string;
  const first = percent && percent.first < m.first ? percent.first : m.first;
  return candidate(doc, 'intake', first, endTokenFor(doc, end, first), attrs, end);
}
