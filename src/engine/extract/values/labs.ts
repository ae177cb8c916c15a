/**
 * Lab results: an analyte alias from lexicon/labs.yaml, then (over a few filler words, table
 * bars or a flag word) its value, unit, reference range and flag, in prose ("creatine kinase
 * elevated to 500 U/L"), lists ("Na 128, K 3.1") and tables ("Potassium | 3.1 | 3.5-5.1 | L",
 * tab-separated columns). Without a number, a flag word next to the alias is a qualitative result
 * ("CK elevated", "low potassium").
 *
 * Guards: a value outside the analyte's plausible bounds is not its value ("K 3" elsewhere, "ca" in
 * "breast ca 2015"); a dose unit makes it a medication ("vitamin D 50,000 IU"); words after the
 * alias that make it a drug or a diet ("potassium chloride", "low sodium diet") end the reading;
 * short aliases count only in their written case ("K", "Na", "Mg", not the unit "mg").
 *
 * The range comes from the note when stated, else from options.labRanges, else from the lexicon
 * (only when the value is on the lexicon's unit scale). A flag written after the value ("3.1 L",
 * "(H)", a flag column) wins over the arithmetic, since the reporting laboratory's own range decided
 * it. A word before the value ("elevated to 500", "decreased to 500") describes a course more
 * than the result, so it only decides when the range cannot ("CK elevated", "low potassium").
 *
 * Each value carries its time label and, when another value of its series is the current one,
 * `current: false` (lab-time.ts).
 */
import type { LabAnalyteDef, LabQualitativeDef } from '../../../lexicon/types.ts';
import type { AnyCandidate, Candidate, Doc, DocSentence, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { LabAttributes, LabFlag, LintOptions } from '../../types.ts';
import { flagOf, readRange, readUnit, readValue, type WrittenRange, type WrittenUnit, type WrittenValue } from './lab-parts.ts';
import { markSpecimens } from './lab-specimen.ts';
import { beforeStay, clockOnlyAt, labDateAt, labWhen, orderRank, stayDayAt, timeAnchors, whenIn, type LabWhen, type TimeAnchors } from './lab-time.ts';
import { readLabTables } from './lab-table.ts';
import { readTrend, trendOrder } from './lab-trend.ts';
import { canonicalValueOf } from './lab-units.ts';
import { candidate, endTokenFor, tokenAt } from './scan.ts';
import { valueLexicon, type ValueLexicon } from './value-lexicon.ts';

/** Words between an analyte and its value ("CK level was 500", "K: 3.1", "Potassium | 3.1"). */
const FILLERS = new Set([
  ':', '=', '|', '-', '\u2013', 'level', 'levels', 'was', 'were', 'is', 'are', 'of', 'at', 'to', 'value', 'result',
  'results', 'measured', 'now', 'today', 'serum', 'plasma', 'blood', 'returned', 'came', 'back', 'found', 'noted',
  'mildly', 'markedly', 'significantly', 'slightly', 'very', 'severely', 'moderately', 'minimally', 'persistently',
  'still', 'borderline', 'recent', 'last', 'repeat', 'initial', 'peaked', 'peak', 'max', 'trended', 'trending', 'up',
  'down', 'rose', 'fell', 'dropped', 'improved', 'currently', 'remains', 'remained', 'again', 'from', 'trend',
]);
const MAX_FILLERS = 5;
const TAIL_SKIP = new Set(['|', '*', ':', '=']);
const OPEN = new Set(['(', '[']);
const CLOSE = new Set([')', ']']);
const REF_WORDS = new Set(['ref', 'reference', 'range', 'normal', 'nl', 'rr', 'n', 'norm', 'interval', 'ri']);

function caseMatches(doc: Doc, vlex: ReturnType<typeof valueLexicon>, analyte: LabAnalyteDef, first: number, last: number): boolean {
  const forms = vlex.caseSensitive.get(analyte.id);
  if (!forms) return true;
  const key = doc.tokens.slice(first, last + 1).map((t) => t.norm).join(' ');
  const written = forms.get(key);
  if (written === undefined) return true;
  return doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end).replace(/\s+/g, '') === written;
}

/** A flag word at token i ("elevated", "L", "within normal limits"); single letters only when `letters`. */
function flagAt(doc: Doc, lex: CompiledLexicon, i: number, end: number, letters: boolean): { flag: LabFlag; last: number } | null {
  const m = lex.labFlags.matchAt(doc.tokens, i, end);
  if (!m) return null;
  if (!letters && m.first === m.last && doc.tokens[i]!.norm.length <= 2) return null;
  return { flag: m.payloads[0]!, last: m.last };
}

interface Tail {
  range?: WrittenRange;
  flag?: LabFlag;
  end: number;
}

/** Flag and reference range after the value/unit, in any order: "(Ref: 30-200)", "(L)", "| 3.5-5.1 | L". */
function readTail(doc: Doc, lex: CompiledLexicon, offset: number, from: number, end: number, analyte: LabAnalyteDef, units: readonly string[]): Tail {
  const t = doc.tokens;
  const tail: Tail = { end: offset };
  let k = tokenAt(doc, offset, from);
  const rangeAt = (i: number): WrittenRange | null => {
    const r = readRange(doc.text, t[i]!.start);
    if (!r) return null;
    const unit = readUnit(doc.text, r.end, analyte, units);
    return unit.kind === 'unit' ? { ...r, end: unit.unit.end } : r;
  };
  for (let steps = 0; steps < 8 && k < end; steps++) {
    const tok = t[k]!;
    if (TAIL_SKIP.has(tok.norm)) {
      k++;
      continue;
    }
    let inner = OPEN.has(tok.norm) ? k + 1 : k;
    while (inner < end && (REF_WORDS.has(t[inner]!.norm) || t[inner]!.norm === ':' || t[inner]!.norm === '.')) inner++;
    let progressed = false;
    if (!tail.range && inner < end) {
      const r = rangeAt(inner);
      if (r) {
        tail.range = r;
        tail.end = r.end;
        k = endTokenFor(doc, r.end, inner);
        progressed = true;
      }
    }
    if (!progressed && !tail.flag) {
      const at = OPEN.has(tok.norm) ? k + 1 : k;
      const f = at < end ? flagAt(doc, lex, at, end, true) : null;
      if (f) {
        tail.flag = f.flag;
        tail.end = t[f.last]!.end;
        k = f.last + 1;
        progressed = true;
      }
    }
    if (!progressed) break;
    if (OPEN.has(tok.norm) && k < end && CLOSE.has(t[k]!.norm)) {
      tail.end = t[k]!.end;
      k++;
    } else if (OPEN.has(tok.norm)) {
      break;
    }
    if (tail.range && tail.flag) break;
  }
  return tail;
}

interface Reading {
  first: number;
  value: WrittenValue | null;
  /** Lower end of a value written as a range ("0-2 RBC/hpf"). */
  valueLow?: number;
  unit?: WrittenUnit;
  unitScale?: 'same' | 'other';
  /** Flag written after the value (the laboratory's). */
  flag?: LabFlag;
  /** Flag word written before the value or the analyte ("elevated to", "low potassium"). */
  wordFlag?: LabFlag;
  range?: WrittenRange;
  /** A qualitative result word ("large", "negative"). */
  qualitative?: LabQualitativeDef;
  end: number;
}

/** "Creatine kinase (CK): 1,200": the closing parenthesis of a short parenthesised name at `open`, or -1. */
function abbreviationClose(doc: Doc, open: number, end: number): number {
  for (let k = open + 1; k < Math.min(end, open + 5); k++) {
    const tok = doc.tokens[k]!;
    if (tok.norm === ')') return k > open + 1 ? k : -1;
    if (tok.kind === 'number') return -1;
  }
  return -1;
}

/** The last token of a date or clock at k, alone or in parentheses ("3/2", "(3/4)", "(06:00)"), or -1. */
function writtenTimeAt(doc: Doc, k: number, end: number): number {
  const t = doc.tokens;
  const open = t[k]?.norm === '(' ? k + 1 : k;
  const hit = labDateAt(t, open, end) ?? clockOnlyAt(t, open, end);
  if (!hit) return -1;
  if (open === k) return hit.last;
  return t[hit.last + 1]?.norm === ')' && hit.last + 1 < end ? hit.last + 1 : -1;
}

function plausible(analyte: LabAnalyteDef, value: number): boolean {
  return (analyte.min === undefined || value >= analyte.min) && (analyte.max === undefined || value <= analyte.max);
}

/** The unit a trend's first value was written in, for the values after it that repeat none ("CK 32,000 -> 18,000"). */
interface InheritedUnit {
  unit: WrittenUnit;
  scale: 'same' | 'other';
}

/** A value, its unit and its tail at token k, or null (not a number, a dose, implausible). */
function readValueAt(
  doc: Doc,
  lex: CompiledLexicon,
  analyte: LabAnalyteDef,
  first: number,
  k: number,
  end: number,
  units: readonly string[],
  inherited?: InheritedUnit,
): Reading | null {
  const tok = doc.tokens[k];
  if (!tok || k >= end || !(tok.kind === 'number' || /^[<>\u2264\u2265]$/.test(tok.norm))) return null;
  // "0-2 /hpf": analytes counted per field are written as ranges.
  const range = analyte.valueBefore && tok.kind === 'number' ? readRange(doc.text, tok.start) : null;
  const value: WrittenValue | null = range && range.low !== undefined && range.high !== undefined
    ? { value: range.high, start: tok.start, end: range.end }
    : readValue(doc.text, tok.start);
  if (!value) return null;
  const unit = readUnit(doc.text, value.end, analyte, units);
  if (unit.kind === 'not-a-value') return null;
  const written = unit.kind === 'unit' ? { unit: unit.unit, scale: unit.scale } : inherited;
  const scale = written?.scale ?? 'same';
  if (scale === 'same' && !plausible(analyte, value.value)) {
    // "Platelets 303,000": a count per µL, in the lexicon's thousands.
    if (!(!written && analyte.countScale && plausible(analyte, value.value / analyte.countScale))) return null;
    value.value /= analyte.countScale;
  }
  const afterValue = unit.kind === 'unit' ? unit.unit.end : value.end;
  const tail = readTail(doc, lex, afterValue, k, end, analyte, units);
  return {
    first,
    value,
    ...(range?.low !== undefined && range.high !== undefined ? { valueLow: range.low } : {}),
    ...(unit.kind === 'unit' ? { unit: unit.unit, unitScale: unit.scale } : {}),
    ...(tail.flag ? { flag: tail.flag } : {}),
    ...(tail.range ? { range: tail.range } : {}),
    end: Math.max(afterValue, tail.end),
  };
}

/** Read the result after the alias tokens [first, last]; null when nothing is a result. */
function readResult(doc: Doc, lex: CompiledLexicon, vlex: ValueLexicon, analyte: LabAnalyteDef, first: number, last: number, end: number): Reading | null {
  const t = doc.tokens;
  let k = last + 1;
  if (k < end && vlex.notResultAfter.has(t[k]!.norm)) return null;
  let flag: LabFlag | undefined;
  let flagEnd = -1;
  for (let n = 0; k < end && n < MAX_FILLERS; n++) {
    if (FILLERS.has(t[k]!.norm)) {
      k++;
      continue;
    }
    const close = t[k]!.norm === '(' ? abbreviationClose(doc, k, end) : -1;
    if (close > 0) {
      k = close + 1;
      continue;
    }
    // Time words between the analyte and its value ("Hgb pre-op 13.4", "Hgb POD1 9.1", "Na on admission 126").
    const time = vlex.labTimes.matchAt(t, k, end) ?? stayDayAt(t, k, end);
    if (time) {
      k = time.last + 1;
      continue;
    }
    // A date or clock between them ("Hgb 3/2: 11.9", "Cr (3/4) 1.1", "K 0600: 5.9"); labWhen reads it.
    const dated = writtenTimeAt(doc, k, end);
    if (dated >= 0) {
      k = dated + 1;
      continue;
    }
    const f = flag ? null : flagAt(doc, lex, k, end, false);
    if (f) {
      flag = f.flag;
      flagEnd = t[f.last]!.end;
      k = f.last + 1;
      continue;
    }
    break;
  }
  const value = readValueAt(doc, lex, analyte, first, k, end, vlex.labUnits);
  if (value) return flag ? { ...value, wordFlag: flag } : value;
  const q = k < end ? vlex.labQualitative.get(analyte.id)?.matchAt(t, k, end) : null;
  if (q) return { first, value: null, qualitative: q.payloads[0]!, end: t[q.last]!.end };
  if (flag && (k >= end || !vlex.notResultAfter.has(t[k]!.norm))) return { first, value: null, wordFlag: flag, end: flagEnd };
  return null;
}

/** "0-2 RBC/hpf": a value written before the alias, which counts only with the analyte's own unit after it. */
function readValueBefore(doc: Doc, lex: CompiledLexicon, vlex: ValueLexicon, analyte: LabAnalyteDef, first: number, last: number, from: number): Reading | null {
  const t = doc.tokens;
  if (!analyte.valueBefore || first - 1 < from || t[first - 1]!.kind !== 'number') return null;
  const unit = readUnit(doc.text, t[last]!.end, analyte, vlex.labUnits);
  if (unit.kind !== 'unit' || unit.scale !== 'same') return null;
  for (let k = Math.max(from, first - 4); k < first; k++) {
    const r = readValueAt(doc, lex, analyte, k, k, first, [], { unit: unit.unit, scale: 'same' });
    if (r && r.value && endTokenFor(doc, r.value.end, k) === first) {
      return { ...r, unit: unit.unit, unitScale: 'same', end: unit.unit.end };
    }
  }
  return null;
}

/** "large blood", "positive urine myoglobin", "negative for blood": a qualitative result word ending just before the alias. */
function qualitativeBefore(doc: Doc, vlex: ValueLexicon, analyte: LabAnalyteDef, first: number, from: number): { q: LabQualitativeDef; first: number } | null {
  const matcher = vlex.labQualitative.get(analyte.id);
  if (!matcher) return null;
  const stop = first - 1 >= from && doc.tokens[first - 1]!.norm === 'for' ? first - 1 : first;
  for (let i = Math.max(from, stop - 3); i < stop; i++) {
    const m = matcher.matchAt(doc.tokens, i, stop);
    if (m && m.last === stop - 1) return { q: m.payloads[0]!, first: i };
  }
  return null;
}

/** "low potassium", "elevated serum CK": a flag word ending just before the alias. */
function flagBefore(doc: Doc, lex: CompiledLexicon, first: number, sentenceStart: number): { flag: LabFlag; first: number } | null {
  let stop = first;
  if (stop - 1 >= sentenceStart && ['serum', 'blood', 'plasma'].includes(doc.tokens[stop - 1]!.norm)) stop--;
  for (let i = Math.max(sentenceStart, stop - 4); i < stop; i++) {
    const f = flagAt(doc, lex, i, stop, false);
    if (f && f.last === stop - 1) return { flag: f.flag, first: i };
  }
  return null;
}

function attributesOf(analyte: LabAnalyteDef, r: Reading, options: LintOptions, noteRange?: WrittenRange): LabAttributes {
  const attrs: LabAttributes = { analyte: analyte.id, value: r.value?.value ?? null, flag: 'unknown' };
  if (r.unit) attrs.unit = r.unit.unit;
  const override = options.labRanges?.[analyte.id];
  const defaultScale = r.unitScale !== 'other';
  const range = r.range ?? noteRange;
  if (range) {
    Object.assign(attrs, { refLow: range.low, refHigh: range.high, refSource: 'note' as const });
  } else if (override && (override.low !== undefined || override.high !== undefined)) {
    Object.assign(attrs, { refLow: override.low, refHigh: override.high, refSource: 'options' as const });
  } else if (defaultScale && (analyte.refLow !== undefined || analyte.refHigh !== undefined)) {
    Object.assign(attrs, { refLow: analyte.refLow, refHigh: analyte.refHigh, refSource: 'lexicon' as const });
  }
  for (const key of ['refLow', 'refHigh'] as const) if (attrs[key] === undefined) delete attrs[key];
  if (r.value === null) attrs.qualitative = true;
  if (r.qualitative) attrs.qualitativeResult = r.qualitative.result;
  const computed = r.value ? flagOf(r.value.value, r.value.comparator, attrs.refLow, attrs.refHigh) : 'unknown';
  attrs.flag = r.flag ?? (computed !== 'unknown' ? computed : r.qualitative?.flag ?? r.wordFlag ?? 'unknown');
  if (r.value) {
    if (r.value.comparator) attrs.comparator = r.value.comparator;
    if (r.valueLow !== undefined) attrs.valueLow = r.valueLow;
    const canonical = canonicalValueOf(analyte, r.value.value, r.unit?.norm);
    if (canonical) Object.assign(attrs, canonical);
  }
  return attrs;
}

function withWhen(attrs: LabAttributes, when: LabWhen, anchors: TimeAnchors): void {
  if (when.time) attrs.time = beforeStay(when, anchors) ? 'prior' : when.time;
  if (when.timeText !== undefined) attrs.timeText = when.timeText;
  if (when.at !== undefined) attrs.at = when.at;
  if (when.atWindow !== undefined) attrs.atWindow = when.atWindow;
}

/** First token of each analyte's context phrase ("UA:") in the sentence, by analyte id. */
function contextsOf(doc: Doc, vlex: ValueLexicon, s: DocSentence): ReadonlyMap<string, number> {
  if (vlex.labContexts.count === 0) return NO_CONTEXTS;
  const matches = vlex.labContexts.findAll(doc.tokens, s.firstToken, s.endToken);
  // Most sentences have none: no map for them.
  if (matches.length === 0) return NO_CONTEXTS;
  const seen = new Map<string, number>();
  for (const m of matches) {
    for (const id of m.payloads) if (!seen.has(id)) seen.set(id, m.first);
  }
  return seen;
}

const NO_CONTEXTS: ReadonlyMap<string, number> = new Map();

/** The value(s) at alias match [first, last]: the candidates, and the token to continue after. */
function labsAt(
  doc: Doc,
  lex: CompiledLexicon,
  vlex: ValueLexicon,
  options: LintOptions,
  anchors: () => TimeAnchors,
  s: DocSentence,
  analyte: LabAnalyteDef,
  first: number,
  last: number,
  contexts: ReadonlyMap<string, number>,
): { labs: Candidate<'lab'>[]; next: number } {
  const t = doc.tokens;
  let reading = readResult(doc, lex, vlex, analyte, first, last, s.endToken) ?? readValueBefore(doc, lex, vlex, analyte, first, last, s.firstToken);
  if (!reading) {
    const q = qualitativeBefore(doc, vlex, analyte, first, s.firstToken);
    if (q) reading = { first: q.first, value: null, qualitative: q.q, end: t[last]!.end };
  }
  const before = reading?.flag || reading?.wordFlag || reading?.qualitative ? null : flagBefore(doc, lex, first, s.firstToken);
  if (reading && before) {
    // "elevated CK of 500": the flag word written before the analyte.
    reading = { ...reading, wordFlag: before.flag };
  } else if (!reading && before) {
    const next = t[last + 1];
    if (!(next && last + 1 < s.endToken && vlex.notResultAfter.has(next.norm))) {
      reading = { first: before.first, value: null, wordFlag: before.flag, end: t[last]!.end };
    }
  }
  if (!reading) return { labs: [], next: last };
  // An analyte that needs its context ("UA:") counts without it only with its own unit.
  const context = contexts.get(analyte.id);
  if (analyte.context && !(reading.unitScale === 'same' && reading.unit) && !(context !== undefined && context <= last)) return { labs: [], next: last };
  const endToken = endTokenFor(doc, reading.end, last);
  const head = candidate(doc, 'lab', reading.first, endToken, attributesOf(analyte, reading, options), reading.end);
  if (!reading.value) {
    withWhen(head.attributes, labWhen(doc, vlex, anchors(), reading.first, endToken, s.firstToken, s.endToken), anchors());
    return { labs: [head], next: endToken - 1 };
  }
  const inherited = reading.unit ? { unit: reading.unit, scale: reading.unitScale ?? 'same' } : undefined;
  const trend = readTrend(doc, vlex, endToken, s.endToken, (k) => {
    const r = readValueAt(doc, lex, analyte, k, k, s.endToken, vlex.labUnits, inherited);
    return r ? { reading: r, end: r.end } : null;
  });
  const labs = [head];
  withWhen(head.attributes, labWhen(doc, vlex, anchors(), reading.first, endToken, s.firstToken, trend.members.length ? trend.headTimeTo : s.endToken), anchors());
  let next = endToken - 1;
  for (const m of trend.members) {
    const r = m.reading;
    const mEnd = endTokenFor(doc, r.end, r.first);
    const c = candidate(doc, 'lab', r.first, mEnd, attributesOf(analyte, r.unit ? r : { ...r, ...(inherited ? { unit: inherited.unit, unitScale: inherited.scale } : {}) }, options, reading.range));
    withWhen(c.attributes, whenIn(doc, vlex, anchors(), m.timeFrom, m.timeTo, r.first), anchors());
    labs.push(c);
    next = Math.max(next, m.timeTo - 1, mEnd - 1);
  }
  if (trend.members.length) {
    // A unit written only after the last value is every value's ("CK 32,000 -> 18,000 U/L").
    const lastUnit = trend.members.at(-1)!.reading;
    if (!reading.unit && lastUnit.unit) {
      for (const c of labs) {
        if (c.attributes.unit) continue;
        const r = c === head ? reading : trend.members[labs.indexOf(c) - 1]!.reading;
        Object.assign(c.attributes, attributesOf(analyte, { ...r, unit: lastUnit.unit, unitScale: lastUnit.unitScale ?? 'same' }, options, reading.range), {
          ...pickWhen(c.attributes),
        });
      }
    }
    // A value labelled as earlier than the one before it ("Cr 2.4 (baseline 0.9)") is the earlier one.
    const directions = trend.members.map((m, n) =>
      m.direction === 'earlier' || orderRank(labs[n + 1]!.attributes.time) < orderRank(labs[n]!.attributes.time) ? 'earlier' : 'later',
    );
    const steps = trendOrder(directions);
    labs.forEach((c, n) => Object.assign(c.attributes, { trendId: head.start, trendStep: steps[n]! }));
  }
  return { labs, next };
}

function pickWhen(a: LabAttributes): Partial<LabAttributes> {
  const out: Partial<LabAttributes> = {};
  if (a.time) out.time = a.time;
  if (a.timeText !== undefined) out.timeText = a.timeText;
  if (a.at !== undefined) out.at = a.at;
  if (a.atWindow !== undefined) out.atWindow = a.atWindow;
  return out;
}

export const extractLabs: Extractor = (doc, lex, options) => {
  const out: AnyCandidate[] = [];
  const vlex = valueLexicon(lex);
  const t = doc.tokens;
  let anchorsMemo: TimeAnchors | null = null;
  const anchors = () => (anchorsMemo ??= timeAnchors(doc));
  const tables = readLabTables(doc, lex, vlex);
  for (const v of tables.values) {
    const s = doc.sentences[doc.sentenceOfToken[v.token]!]!;
    const own = readValueAt(doc, lex, v.analyte, v.token, v.token, s.endToken, vlex.labUnits, v.rowUnit);
    if (!own || !own.value) continue;
    // A value without a unit of its own has its row's ("Hgb g/dL  9.8") or its header cell's ("Creat (umol/L)").
    const given = v.rowUnit;
    const r = own.unit || !given ? own : { ...own, unit: given.unit, unitScale: given.scale };
    const c = candidate(doc, 'lab', v.token, endTokenFor(doc, r.end, v.token), attributesOf(v.analyte, r, options), r.end);
    withWhen(c.attributes, whenIn(doc, vlex, anchors(), v.timeFirst, v.timeLast + 1, v.timeFirst), anchors());
    // A remark pointed at the row labels its time ("2026-08-14  79  <- GP, baseline"); the date still orders it.
    const label = v.remark ? whenIn(doc, vlex, anchors(), v.remark.first, v.remark.end, v.remark.first).time : undefined;
    if (label !== undefined && label !== 'dated') c.attributes.time = label;
    Object.assign(c.attributes, { trendId: t[v.rowFirst]!.start, trendStep: v.step });
    out.push(c);
  }
  for (const s of doc.sentences) {
    if (tables.sentences.has(s.index)) continue;
    const contexts = contextsOf(doc, vlex, s);
    const sentenceLabs: Candidate<'lab'>[] = [];
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (doc.headerToken[i]) continue;
      const m = lex.analyteAliases.matchAt(t, i, s.endToken) ?? (contexts.size ? vlex.labContextAliases.matchAt(t, i, s.endToken) : null);
      if (!m) continue;
      const analyte = m.payloads[0]!;
      const prev = t[i - 1];
      const blocked =
        (prev && i > s.firstToken && (vlex.notResultBefore.has(prev.norm) || (prev.kind === 'number' && prev.end === t[i]!.start))) ||
        !caseMatches(doc, vlex, analyte, m.first, m.last);
      if (blocked) {
        i = m.last;
        continue;
      }
      const found = labsAt(doc, lex, vlex, options, anchors, s, analyte, m.first, m.last, contexts);
      sentenceLabs.push(...found.labs);
      i = found.next;
    }
    markSpecimens(doc, vlex, sentenceLabs, s.firstToken, s.endToken);
    out.push(...sentenceLabs);
  }
  if (tables.values.length) out.sort((a, b) => a.start - b.start);
  return out;
};
