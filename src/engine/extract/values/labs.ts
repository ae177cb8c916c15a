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
import type { LabAnalyteDef } from '../../../lexicon/types.ts';
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { LabAttributes, LabFlag, LintOptions } from '../../types.ts';
import { flagOf, readRange, readUnit, readValue, type WrittenRange, type WrittenUnit, type WrittenValue } from './lab-parts.ts';
import { labTimeOf, markCurrentLabs } from './lab-time.ts';
import { candidate, endTokenFor, tokenAt } from './scan.ts';
import { valueLexicon } from './value-lexicon.ts';

/** Words between an analyte and its value ("CK level was 500", "K: 3.1", "Potassium | 3.1"). */
const FILLERS = new Set([
  ':', '=', '|', '-', '\u2013', 'level', 'levels', 'was', 'were', 'is', 'are', 'of', 'at', 'to', 'value', 'result',
  'results', 'measured', 'now', 'today', 'serum', 'plasma', 'blood', 'returned', 'came', 'back', 'found', 'noted',
  'mildly', 'markedly', 'significantly', 'slightly', 'very', 'severely', 'moderately', 'minimally', 'persistently',
  'still', 'borderline', 'recent', 'last', 'repeat', 'initial', 'peaked', 'peak', 'max', 'trended', 'trending', 'up',
  'down', 'rose', 'fell', 'dropped', 'improved', 'currently', 'remains', 'remained', 'again',
]);
const MAX_FILLERS = 5;
/** After an alias: the name of a drug, a diet or another concept, not a result. */
const NOT_A_RESULT_AFTER = new Set([
  'diet', 'intake', 'food', 'foods', 'supplement', 'supplements', 'supplementation', 'replacement', 'repletion',
  'chloride', 'citrate', 'carbonate', 'gluconate', 'oxide', 'sulfate', 'phosphate', 'acetate', 'bicarbonate', 'lactate',
  'tablet', 'tablets', 'tabs', 'pills', 'sparing', 'channel', 'blocker', 'blockers', 'restriction', 'restricted',
  'rich', 'wasting', 'deficiency', 'deficient', 'injection', 'injections', 'shot', 'shots', 'infusion', 'binder',
  'studies', 'panel', 'pending', 'ordered', 'drip', 'bath', 'channelopathy', 'score',
]);
/** Before an alias: "vitamin K", "vitamin E" (the vitamin, not potassium). */
const NOT_A_RESULT_BEFORE = new Set(['vitamin', 'vit']);
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
  unit?: WrittenUnit;
  unitScale?: 'same' | 'other';
  /** Flag written after the value (the laboratory's). */
  flag?: LabFlag;
  /** Flag word written before the value or the analyte ("elevated to", "low potassium"). */
  wordFlag?: LabFlag;
  range?: WrittenRange;
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

function plausible(analyte: LabAnalyteDef, value: number): boolean {
  return (analyte.min === undefined || value >= analyte.min) && (analyte.max === undefined || value <= analyte.max);
}

/** Read the result after the alias tokens [first, last]; null when nothing is a result. */
function readResult(doc: Doc, lex: CompiledLexicon, analyte: LabAnalyteDef, first: number, last: number, end: number, units: readonly string[]): Reading | null {
  const t = doc.tokens;
  let k = last + 1;
  if (k < end && NOT_A_RESULT_AFTER.has(t[k]!.norm)) return null;
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
    const f = flag ? null : flagAt(doc, lex, k, end, false);
    if (f) {
      flag = f.flag;
      flagEnd = t[f.last]!.end;
      k = f.last + 1;
      continue;
    }
    break;
  }
  const tok = t[k];
  const value = tok && k < end && (tok.kind === 'number' || /^[<>\u2264\u2265]$/.test(tok.norm)) ? readValue(doc.text, tok.start) : null;
  if (value) {
    const unit = readUnit(doc.text, value.end, analyte, units);
    if (unit.kind === 'not-a-value') return null;
    const scale = unit.kind === 'unit' ? unit.scale : 'same';
    if (scale === 'same' && !plausible(analyte, value.value)) {
      // "Platelets 303,000": a count per µL, in the lexicon's thousands.
      if (!(unit.kind === 'none' && analyte.countScale && plausible(analyte, value.value / analyte.countScale))) return null;
      value.value /= analyte.countScale;
    }
    const afterValue = unit.kind === 'unit' ? unit.unit.end : value.end;
    const tail = readTail(doc, lex, afterValue, k, end, analyte, units);
    return {
      first,
      value,
      ...(unit.kind === 'unit' ? { unit: unit.unit, unitScale: unit.scale } : {}),
      ...(tail.flag ? { flag: tail.flag } : {}),
      ...(flag ? { wordFlag: flag } : {}),
      ...(tail.range ? { range: tail.range } : {}),
      end: Math.max(afterValue, tail.end),
    };
  }
  if (flag && (k >= end || !NOT_A_RESULT_AFTER.has(t[k]!.norm))) return { first, value: null, wordFlag: flag, end: flagEnd };
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

function attributesOf(analyte: LabAnalyteDef, r: Reading, options: LintOptions): LabAttributes {
  const attrs: LabAttributes = { analyte: analyte.id, value: r.value?.value ?? null, flag: 'unknown' };
  if (r.unit) attrs.unit = r.unit.unit;
  const override = options.labRanges?.[analyte.id];
  const defaultScale = r.unitScale !== 'other';
  if (r.range) {
    Object.assign(attrs, { refLow: r.range.low, refHigh: r.range.high, refSource: 'note' as const });
  } else if (override && (override.low !== undefined || override.high !== undefined)) {
    Object.assign(attrs, { refLow: override.low, refHigh: override.high, refSource: 'options' as const });
  } else if (defaultScale && (analyte.refLow !== undefined || analyte.refHigh !== undefined)) {
    Object.assign(attrs, { refLow: analyte.refLow, refHigh: analyte.refHigh, refSource: 'lexicon' as const });
  }
  for (const key of ['refLow', 'refHigh'] as const) if (attrs[key] === undefined) delete attrs[key];
  if (r.value === null) attrs.qualitative = true;
  const computed = r.value ? flagOf(r.value.value, r.value.comparator, attrs.refLow, attrs.refHigh) : 'unknown';
  attrs.flag = r.flag ?? (computed !== 'unknown' ? computed : r.wordFlag ?? 'unknown');
  return attrs;
}

export const extractLabs: Extractor = (doc, lex, options) => {
  const out: AnyCandidate[] = [];
  const vlex = valueLexicon(lex);
  const t = doc.tokens;
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (doc.headerToken[i]) continue;
      const m = lex.analyteAliases.matchAt(t, i, s.endToken);
      if (!m) continue;
      const analyte = m.payloads[0]!;
      const prev = t[i - 1];
      const blocked =
        (prev && i > s.firstToken && (NOT_A_RESULT_BEFORE.has(prev.norm) || (prev.kind === 'number' && prev.end === t[i]!.start))) ||
        !caseMatches(doc, vlex, analyte, m.first, m.last);
      if (blocked) {
        i = m.last;
        continue;
      }
      let reading = readResult(doc, lex, analyte, m.first, m.last, s.endToken, vlex.labUnits);
      const before = reading?.flag || reading?.wordFlag ? null : flagBefore(doc, lex, m.first, s.firstToken);
      if (reading && before) {
        // "elevated CK of 500": the flag word written before the analyte.
        reading = { ...reading, wordFlag: before.flag };
      } else if (!reading && before) {
        const next = t[m.last + 1];
        if (!(next && m.last + 1 < s.endToken && NOT_A_RESULT_AFTER.has(next.norm))) {
          reading = { first: before.first, value: null, wordFlag: before.flag, end: t[m.last]!.end };
        }
      }
      if (!reading) {
        i = m.last;
        continue;
      }
      const endToken = endTokenFor(doc, reading.end, m.last);
      const attrs = attributesOf(analyte, reading, options);
      const time = labTimeOf(doc, reading.first, endToken, s.firstToken, s.endToken);
      if (time) attrs.time = time;
      out.push(candidate(doc, 'lab', reading.first, endToken, attrs, reading.end));
      i = endToken - 1;
    }
  }
  markCurrentLabs(out);
  return out;
};
