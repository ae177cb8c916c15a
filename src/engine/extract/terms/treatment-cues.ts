/**
 * The treatment file's cue words (lexicon/findings/treatment.yaml `treatment`), compiled once per
 * lexicon, and the readers of a treatment's clause: its amount ("2 units", "40 mEq", "x2"), its status
 * (the nearest status cue in the clause), its purpose (the words after "for"), and whether it is an
 * additive of a maintenance fluid.
 */
import type { Doc } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import { PhraseMatcher } from '../../matcher.ts';
import type { TreatmentAttributes, TreatmentStatus } from '../../types.ts';
import type { TermEntry } from '../../../lexicon/types.ts';
import { endTokenFor, NUMBER_SOURCE, parseNumber, stickyAt } from '../values/scan.ts';
import { firstIndexReaching } from '../../sorted.ts';
import { sentenceAt } from './context-window.ts';
import { termScanners } from './scanners.ts';
import { TermScanner, type TermMatch } from './term-scanner.ts';

export interface TreatmentCues {
  status: PhraseMatcher<TreatmentStatus>;
  purpose: PhraseMatcher<true>;
  maintenance: TermScanner<true>;
  additives: ReadonlySet<string>;
  units: PhraseMatcher<string>;
  holds: PhraseMatcher<true>;
  drugs: TermScanner<string>;
}

const cache = new WeakMap<CompiledLexicon, TreatmentCues | null>();

export function treatmentCues(lexicon: CompiledLexicon): TreatmentCues | null {
  if (cache.has(lexicon)) return cache.get(lexicon)!;
  const def = lexicon.data.findings.find((f) => f.type === 'treatment' && f.treatment)?.treatment;
  let cues: TreatmentCues | null = null;
  if (def) {
    const status = new PhraseMatcher<TreatmentStatus>();
    for (const c of def.statusCues) for (const p of c.phrases) status.add(p, c.status);
    const purpose = new PhraseMatcher<true>();
    for (const p of def.purposeCues) purpose.add(p, true);
    const maintenance = new TermScanner<true>();
    for (const p of def.maintenanceCues) maintenance.addTerm(p, true);
    for (const p of def.maintenanceCaseSensitive ?? []) maintenance.addCaseSensitive(p, true);
    const units = new PhraseMatcher<string>();
    for (const u of def.amountUnits) for (const p of u.phrases) units.add(p, u.unit);
    const holds = new PhraseMatcher<true>();
    for (const p of def.holdCues) holds.add(p, true);
    // Scanned over the whole note (held drugs): it joins the lexicon's one walk.
    const drugs = new TermScanner<string>(termScanners(lexicon).index);
    for (const d of def.drugs) {
      for (const t of d.terms) drugs.addTerm(t, d.drug);
      for (const t of d.caseSensitive ?? []) drugs.addCaseSensitive(t, d.drug);
    }
    cues = { status, purpose, maintenance, additives: new Set(def.additiveClasses), units, holds, drugs };
  }
  cache.set(lexicon, cues);
  return cues;
}

/** Punctuation that ends a treatment's clause: its cues, amount and purpose stay inside it. */
const CLAUSE_STOPS = new Set(['.', ';', ',', '!', '?', '|']);
/** Tokens read on each side of a treatment for its status cue. */
const STATUS_REACH = 6;
/** Tokens read after a treatment (and its amount) for "for <purpose>". */
const PURPOSE_REACH = 8;
/** Most words a purpose keeps ("for hyperkalemia", "for K 3.1", "for acute on chronic HF"). */
const PURPOSE_WORDS = 5;
/** Words that end a purpose: the next clause ("and", "then") or a time ("x 2 days", "today"). */
const PURPOSE_ENDS = new Set(['and', 'then', 'with', 'x', 'today', 'tonight', 'now', 'daily', 'bid', 'tid', 'qid', 'q6h', 'q4h',
  'prn', 'until', 'per', 'at', 'if', 'but', 'while']);

/** The clause around tokens [first, last]: [from, to) bounded by the sentence and clause punctuation. */
export function clauseAround(doc: Doc, first: number, last: number): [number, number] {
  const s = sentenceAt(doc, first);
  const lo = Math.max(s.firstToken, first - MAX_CLAUSE_REACH);
  const hi = Math.min(s.endToken, last + 1 + MAX_CLAUSE_REACH);
  let from = first;
  while (from > lo && !isStop(doc, from - 1) && doc.tokens[from]!.newlinesBefore === 0) from--;
  let to = last + 1;
  while (to < hi && !isStop(doc, to) && doc.tokens[to]!.newlinesBefore === 0) to++;
  return [from, to];
}

/**
 * Tokens a clause reaches each side of its treatment. Real clauses are far shorter; the bound keeps a
 * 100 KB run of terms with no punctuation from making every treatment scan the whole run (quadratic).
 */
const MAX_CLAUSE_REACH = 40;

/** Clause punctuation, except the point or comma inside a number ("1.5 L", "12,000"). */
function isStop(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!CLAUSE_STOPS.has(t.norm)) return false;
  if (t.norm !== '.' && t.norm !== ',') return true;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  return !(prev?.kind === 'number' && next?.kind === 'number' && prev.end === t.start && next.start === t.end);
}

const NUMBER_RE = new RegExp(NUMBER_SOURCE, 'y');
const COUNT_WORD = /^x(\d{1,2})$/;
const NUMBER_UNIT_WORD = /^(\d{1,4}(?:\.\d+)?)(units?|meq|mmol|mg|ml|[glu])$/;

export interface Amount {
  units: number;
  unit?: string;
  /** Token range of the amount as written. */
  first: number;
  last: number;
}

/** A number with an optional unit starting at token i ("2 units", "40 mEq", "1.5 L", "2u", "x2"). */
function amountAt(doc: Doc, cues: TreatmentCues, i: number, to: number): Amount | null {
  const t = doc.tokens[i];
  if (!t || i >= to) return null;
  const count = COUNT_WORD.exec(t.norm);
  if (count) return { units: Number(count[1]), first: i, last: i };
  if (t.norm === 'x' && doc.tokens[i + 1]?.kind === 'number' && i + 1 < to) return { units: Number(doc.tokens[i + 1]!.norm), first: i, last: i + 1 };
  const glued = NUMBER_UNIT_WORD.exec(t.norm);
  if (glued) return { units: Number(glued[1]), unit: unitId(cues, glued[2]!), first: i, last: i };
  if (t.kind !== 'number') return null;
  const written = stickyAt(NUMBER_RE, doc.text, t.start);
  if (!written) return null;
  const value = parseNumber(written[0]);
  const last = endTokenFor(doc, t.start + written[0].length, i) - 1;
  const unit = cues.units.matchAt(doc.tokens, last + 1, to);
  if (unit) return { units: value, unit: unit.payloads[0]!, first: i, last: unit.last };
  return { units: value, first: i, last };
}

function unitId(cues: TreatmentCues, written: string): string {
  const m = cues.units.matchAt([{ start: 0, end: written.length, kind: 'word', norm: written, newlinesBefore: 0, spaceBefore: false, upper: false }], 0);
  return m ? m.payloads[0]! : written;
}

/**
 * The amount written with a treatment: right after it ("KCl 40 mEq", "PRBC x2", "NS at 150 mL/h")
 * or right before it ("2 units PRBC", "40 mEq KCl", "20 KCl", "2u PRBC", "1.5 L fluid restriction").
 */
export function amountNear(doc: Doc, cues: TreatmentCues, first: number, last: number, from: number, to: number): Amount | null {
  let i = last + 1;
  const lead = doc.tokens[i]?.norm;
  if (lead === 'at' || lead === '@' || lead === 'of' || lead === ':') i++;
  const after = i < to ? amountAt(doc, cues, i, to) : null;
  // A rate after the term ("NS at 75 mL/h") yields to an amount before it ("20 KCl at 75 mL/h").
  const rate = lead === 'at' || lead === '@';
  if (after && !rate) return after;
  return amountBefore(doc, cues, first, last, from) ?? after;
}

/** Tokens an amount before its term may take: a decimal is three ("1", ".", "2"), then its unit. */
const AMOUNT_BEFORE_TOKENS = 5;

/** "<number> [unit] [of] TERM": "2 units PRBC", "40 mEq KCl", "20 KCl", "2u PRBC", "1.2 L fluid restriction". */
function amountBefore(doc: Doc, cues: TreatmentCues, first: number, last: number, from: number): Amount | null {
  let j = first - 1;
  if (doc.tokens[j]?.norm === 'of' && j > from) j--;
  // The earliest start wins, so "1.2 L" is read from its "1", never from the "2" after the point.
  for (let k = Math.max(from, j - AMOUNT_BEFORE_TOKENS + 1); k <= j; k++) {
    const a = amountAt(doc, cues, k, first);
    if (a && a.last === j) {
      // "2 units of blood": the term starts with the unit.
      const own = a.unit === undefined ? cues.units.matchAt(doc.tokens, first, last + 1) : null;
      return own ? { ...a, unit: own.payloads[0]! } : a;
    }
  }
  return null;
}

/** A status cue that the term is, or starts or ends with ("transfused", "replete K", "K repleted"), or null. */
export function statusWithin(doc: Doc, cues: TreatmentCues, first: number, last: number): TreatmentStatus | null {
  const start = cues.status.matchAt(doc.tokens, first, last + 1);
  if (start) return start.payloads[0]!;
  for (let i = first + 1; i <= last; i++) {
    const end = cues.status.matchAt(doc.tokens, i, last + 1);
    if (end && end.last === last) return end.payloads[0]!;
  }
  return null;
}

/** The nearest status cue in the clause (before wins a tie), or null. */
export function statusNear(doc: Doc, cues: TreatmentCues, first: number, last: number, from: number, to: number): TreatmentStatus | null {
  let best: TreatmentStatus | null = null;
  let bestDistance = Infinity;
  const lo = Math.max(from, first - STATUS_REACH);
  const hi = Math.min(to, last + 1 + STATUS_REACH);
  for (const m of cues.status.findAll(doc.tokens, lo, hi)) {
    if (m.first >= first && m.last <= last) continue;
    const distance = m.last < first ? first - m.last : m.first - last;
    if (distance < bestDistance) {
      best = m.payloads[0]!;
      bestDistance = distance;
    }
  }
  return best;
}

/** The words after "for" / "to treat" in the clause after the treatment ("for CHF" -> "CHF"). */
export function purposeAfter(doc: Doc, cues: TreatmentCues, after: number, to: number): string | undefined {
  const limit = Math.min(to, after + PURPOSE_REACH);
  for (let i = after; i < limit; i++) {
    const m = cues.purpose.matchAt(doc.tokens, i, to);
    if (!m) continue;
    let end = m.last + 1;
    let words = 0;
    while (end < to && words < PURPOSE_WORDS && !PURPOSE_ENDS.has(doc.tokens[end]!.norm) && doc.tokens[end]!.norm !== '(') {
      end++;
      words++;
    }
    if (end === m.last + 1) return undefined;
    return doc.text.slice(doc.tokens[m.last + 1]!.start, doc.tokens[end - 1]!.end);
  }
  return undefined;
}

/** Most tokens between an IV fluid and its additive ("+ 20 mEq/L"). */
const MAX_JOIN = 6;

/** Tokens allowed between an IV fluid and its additive: "D5 1/2NS + 20 KCl", "KCl 20 mEq/L in D5W". */
const JOINERS = new Set(['+', 'with', 'w', '/', 'in', 'containing', '&']);

/**
 * The replacement is an additive of an IV fluid: joined to a fluid by "+", "with", "in" (numbers and
 * units may stand between), or a maintenance cue in its clause ("at 75 mL/h", "mIVF").
 */
export function isMaintenanceAdditive(
  doc: Doc,
  cues: TreatmentCues,
  m: TermMatch<TermEntry>,
  fluids: readonly TermMatch<TermEntry>[],
  from: number,
  to: number,
): boolean {
  if (cues.maintenance.scan(doc.text, doc.tokens, from, to).length > 0) return true;
  // Only a fluid at most MAX_JOIN tokens away can be joined: `fluids` are a scanner's matches (in text
  // order, not overlapping), so the search starts at the first that ends near enough instead of walking
  // every fluid of the sentence for every additive (a long sentence of both grew with its square).
  const lo = Math.max(from, m.first - MAX_JOIN - 1);
  const hi = Math.min(to, m.last + MAX_JOIN + 2);
  for (let k = firstIndexReaching(fluids, (f) => f.last >= lo); k < fluids.length && fluids[k]!.first < hi; k++) {
    const f = fluids[k]!;
    if (f.last < from || f.first >= to) continue;
    const [a, b] = f.last < m.first ? [f.last + 1, m.first] : f.first > m.last ? [m.last + 1, f.first] : [0, -1];
    if (b < a || b - a > MAX_JOIN) continue;
    let joined = false;
    let ok = true;
    for (let i = a; i < b; i++) {
      const t = doc.tokens[i]!;
      if (JOINERS.has(t.norm)) joined = true;
      else if (t.kind !== 'number' && !cues.units.matchAt(doc.tokens, i, b)) ok = false;
    }
    if (ok && joined) return true;
  }
  return false;
}

export type { TreatmentAttributes };
