/**
 * The layout of lab tables whose columns or rows are times, so that every value gets its own time:
 *
 *   dates across            |  dates down
 *   Labs   3/1   3/2   3/3  |  Date   Na    K    Cr
 *   Na     128   131   135  |  3/1    128   4.1  1.1
 *   Cr     1.1   1.6   2.0  |  3/2    131   4.0  1.6
 *
 * A header line holds two or more times (dates with or without a clock, "POD 1", "HD#2", "Admit",
 * "Today") or two or more analyte names, and nothing else but a leading word ("Labs", "Date") and
 * separators; the rows are the lines right after it. One analyte name alone on its line, with at most a
 * parenthesised unit or method and a colon ("eGFR (CKD-EPI 2021):", "Creatinine (mg/dL)"), heads a
 * column of dated rows ("11/28  1.1"): its values, in the header's unit when it names one. The header
 * is the last line of its sentence, since a line without a period ends no sentence. A row's values map to the header cells in order
 * when their counts agree, else by horizontal position (the nearest header cell). This module only
 * says which token holds which analyte's value at which time; labs.ts reads the values.
 *
 * Space-aligned headers often label a column's time ("12/2 (pre-op)", "12/4 PACU", "PCP 9/10/26",
 * "Admit 12/5 01:30"): where the line splits into cells at column gaps (a tab, two spaces or a bar)
 * and each cell holds one time plus a few label words, the whole cell is the column's time, so a
 * column dated and labelled prior or pre-op keeps both. A row may name its unit after the analyte
 * ("Hgb g/dL  9.8  9.4", "Hb g/L  129  98"): every value of the row is in it.
 */
import { lineStartAt } from '../../line-starts.ts';
import type { LabAnalyteDef } from '../../../lexicon/types.ts';
import type { Doc, DocSentence } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import { findDates } from '../../assertion/dates.ts';
import { labDateAt, stayDayAt } from './lab-time.ts';
import { readUnit, type WrittenUnit } from './lab-parts.ts';
import type { ValueLexicon } from './value-lexicon.ts';

const SEPARATORS = new Set(['|', ':', '-', '\u2013', '/']);
/** Words a header may start with ("Labs 3/1 3/2", "Date | Na | K"). */
const HEADER_LEADS = new Set(['labs', 'lab', 'date', 'dates', 'time', 'day', 'test', 'analyte', 'component', 'results']);
const MAX_ROWS = 40;
/** Label tokens a gap-separated time cell may carry besides its time ("(pre-op)", "PACU"). */
const MAX_CELL_LABELS = 4;

interface Cell {
  first: number;
  last: number;
  /** Horizontal position: characters from the start of its line. */
  column: number;
}

export interface TableValue {
  analyte: LabAnalyteDef;
  /** Token of the value. */
  token: number;
  /** Tokens [first, last] of the time cell this value belongs to. */
  timeFirst: number;
  timeLast: number;
  /** Column or row order of the time cell (0 = first). */
  step: number;
  /** First token of the value's row (times across) or column header (times down): its series in the table. */
  rowFirst: number;
  /**
   * The unit the row names after its analyte ("Hgb g/dL  9.8  9.4") or its header cell names for its
   * column ("Creat (umol/L)", "Creatinine (mg/dL)"), for values written without one.
   */
  rowUnit?: HeaderUnit;
  /** Tokens [first, end) of a remark pointed at its row ("<- GP, baseline"): it may label the row's time. */
  remark?: { first: number; end: number };
}

/** A unit written in a header, on the analyte's own scale or another ("Creatinine (µmol/L)"). */
export interface HeaderUnit {
  unit: WrittenUnit;
  scale: 'same' | 'other';
}

type AnalyteCell = Cell & { analyte: LabAnalyteDef; unit?: HeaderUnit };
type Header = { kind: 'times'; cells: Cell[] } | { kind: 'analytes'; cells: AnalyteCell[] };

/** Words a lone analyte's header may end with ("eGFR trend:"). */
const SINGLE_TAILS = new Set(['trend', 'trends', 'values', 'results', 'series', 'history']);
const MAX_PAREN = 8;

function columnOf(doc: Doc, token: number): number {
  const start = doc.tokens[token]!.start;
  return start - lineStartAt(doc, start);
}

/** A time cell at token i: a date (and clock), a day of the stay, or a time word; its last token or -1. */
function timeCellEnd(doc: Doc, vlex: ValueLexicon, i: number, end: number): number {
  const t = doc.tokens;
  const date = labDateAt(t, i, end);
  if (date) return date.last;
  const named = t[i]!.kind === 'word' ? findDates(t, i, Math.min(end, i + 6)).find((d) => d.first === i) : undefined;
  if (named) return named.last;
  const sd = stayDayAt(t, i, end);
  if (sd) return sd.last;
  const m = vlex.labTimes.matchAt(t, i, end);
  return m ? m.last : -1;
}

/** A column gap before token i: a tab, two spaces or more, or a bar. */
function gapBefore(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (t[i]!.norm === '|' || t[i - 1]?.norm === '|') return true;
  // Read in place: this runs on every token of every sentence that could be a header.
  const from = t[i - 1]!.end;
  const to = t[i]!.start;
  for (let k = from; k < to; k++) {
    const c = doc.text.charCodeAt(k);
    if (c === TAB || (c === SPACE && k + 1 < to && doc.text.charCodeAt(k + 1) === SPACE)) return true;
  }
  return false;
}

const TAB = 9;
const SPACE = 32;

/**
 * Time cells of a space-aligned header: the line split at column gaps, each part one time (a date or
 * day of stay, or else a time word) with at most a few label words or a parenthesis; a first part
 * without a time is the row-label column ("LAB", "H/H:"). Null when any part is something else.
 */
function gapCellsOf(doc: Doc, vlex: ValueLexicon, s: DocSentence, from: number): Cell[] | null {
  const t = doc.tokens;
  // Fewer than two parts make no header: most sentences have no column gap at all.
  let gaps = false;
  for (let i = from + 1; i < s.endToken && !gaps; i++) gaps = gapBefore(doc, i);
  if (!gaps) return null;
  const parts: [number, number][] = [];
  for (let i = from; i < s.endToken; i++) {
    if (t[i]!.norm === '|') continue;
    if (parts.length === 0 || gapBefore(doc, i)) parts.push([i, i]);
    else parts.at(-1)![1] = i;
  }
  const cells: Cell[] = [];
  for (const [n, [first, last]] of parts.entries()) {
    let dated = 0;
    let words = 0;
    let timed = false;
    for (let i = first; i <= last; i++) {
      const tok = t[i]!;
      const date = labDateAt(t, i, last + 1) ?? stayDayAt(t, i, last + 1);
      if (date) {
        dated++;
        timed = true;
        i = date.last;
        continue;
      }
      const word = vlex.labTimes.matchAt(t, i, last + 1);
      if (word) {
        timed = true;
        i = word.last;
        continue;
      }
      if (tok.kind === 'number') return null;
      if (!SEPARATORS.has(tok.norm)) words++;
    }
    if (n === 0 && !timed && words <= MAX_CELL_LABELS) continue;
    if (!timed || dated > 1 || words > MAX_CELL_LABELS) return null;
    cells.push({ first, last, column: columnOf(doc, first) });
  }
  return cells.length >= 2 ? cells : null;
}

/**
 * "eGFR (CKD-EPI 2021):", "Creatinine (mg/dL)": one analyte alone on the line from `from`, with at most a
 * parenthesised unit or method, a closing word ("trend") and a colon; its cell (with the unit), or null.
 */
function singleAnalyteHeader(doc: Doc, lex: CompiledLexicon, vlex: ValueLexicon, from: number, end: number): AnalyteCell | null {
  const t = doc.tokens;
  const m = lex.analyteAliases.matchAt(t, from, end);
  if (!m) return null;
  const analyte = m.payloads[0]!;
  let k = m.last + 1;
  let unit: HeaderUnit | undefined;
  if (k < end && t[k]!.norm === '(') {
    let close = k + 1;
    while (close < end && close <= k + MAX_PAREN && t[close]!.norm !== ')') close++;
    if (close >= end || t[close]!.norm !== ')') return null;
    const u = close > k + 1 ? readUnit(doc.text, t[k + 1]!.start, analyte, vlex.labUnits) : null;
    if (u?.kind === 'unit' && u.unit.end === t[close]!.start) unit = { unit: u.unit, scale: u.scale };
    k = close + 1;
  }
  if (k < end && SINGLE_TAILS.has(t[k]!.norm)) k++;
  if (k < end && t[k]!.norm === ':') k++;
  if (k !== end) return null;
  return { first: from, last: m.last, column: columnOf(doc, from), analyte, ...(unit ? { unit } : {}) };
}

/** Header cells of a line (tokens [from, s.endToken)): its times, or its analyte names, when the line holds nothing else. */
function headerOf(doc: Doc, lex: CompiledLexicon, vlex: ValueLexicon, s: DocSentence, from: number): Header | null {
  const t = doc.tokens;
  const single = singleAnalyteHeader(doc, lex, vlex, from, s.endToken);
  if (single) return { kind: 'analytes', cells: [single] };
  let i = from;
  while (i < s.endToken && HEADER_LEADS.has(t[i]!.norm)) i++;
  const gapCells = gapCellsOf(doc, vlex, s, i);
  if (gapCells) return { kind: 'times', cells: gapCells };
  i = from;
  while (i < s.endToken && HEADER_LEADS.has(t[i]!.norm)) i++;
  const times: Cell[] = [];
  const analytes: AnalyteCell[] = [];
  for (; i < s.endToken; i++) {
    if (SEPARATORS.has(t[i]!.norm)) continue;
    const time = analytes.length ? -1 : timeCellEnd(doc, vlex, i, s.endToken);
    if (time >= 0) {
      times.push({ first: i, last: time, column: columnOf(doc, i) });
      i = time;
      continue;
    }
    const a = times.length ? null : lex.analyteAliases.matchAt(t, i, s.endToken);
    if (a) {
      const unit = unitCell(doc, vlex, a.payloads[0]!, a.last + 1, s.endToken);
      analytes.push({ first: i, last: a.last, column: columnOf(doc, i), analyte: a.payloads[0]!, ...(unit ? { unit: unit.unit } : {}) });
      i = unit ? unit.last : a.last;
      continue;
    }
    return null;
  }
  if (times.length >= 2) return { kind: 'times', cells: times };
  if (analytes.length >= 2) return { kind: 'analytes', cells: analytes };
  return null;
}

/** "(umol/L)" right after an analyte's header name: its unit and the closing parenthesis's token. */
function unitCell(doc: Doc, vlex: ValueLexicon, analyte: LabAnalyteDef, i: number, end: number): { unit: HeaderUnit; last: number } | null {
  const t = doc.tokens;
  if (i + 1 >= end || t[i]!.norm !== '(') return null;
  const read = readUnit(doc.text, t[i + 1]!.start, analyte, vlex.labUnits);
  if (read.kind !== 'unit') return null;
  let k = i + 1;
  while (k < end && t[k]!.end < read.unit.end) k++;
  if (k + 1 >= end || t[k]!.end !== read.unit.end || t[k + 1]!.norm !== ')') return null;
  return { unit: { unit: read.unit, scale: read.scale }, last: k + 1 };
}

/** An arrow that points a remark at a row: "<-", "<--", "<==", "\u2190". */
function isArrow(t: Doc['tokens'], i: number, end: number): boolean {
  if (t[i]!.norm === '\u2190') return true;
  return t[i]!.norm === '<' && i + 1 < end && !t[i + 1]!.spaceBefore && (t[i + 1]!.norm === '-' || t[i + 1]!.norm === '=');
}

/** The remark pointed at a row by an arrow after its values, or undefined. */
function remarkOf(doc: Doc, from: number, end: number): { first: number; end: number } | undefined {
  for (let i = from; i < end; i++) if (isArrow(doc.tokens, i, end)) return { first: i, end };
  return undefined;
}

/** Number tokens of a row from token `from`: each value's first token (a comparator or the number). */
function rowValues(doc: Doc, from: number, end: number): number[] | null {
  const t = doc.tokens;
  const out: number[] = [];
  for (let i = from; i < end; i++) {
    const tok = t[i]!;
    // A remark pointed at the row ("79  92  <- GP, baseline") ends its values.
    if (out.length && isArrow(t, i, end)) break;
    if (SEPARATORS.has(tok.norm) && tok.norm !== '-') continue;
    if (tok.kind === 'number' || /^[<>]$/.test(tok.norm)) {
      out.push(i);
      // "1.6", "1,200", "<0.5": the rest of the number is glued to it.
      while (i + 1 < end && !t[i + 1]!.spaceBefore && t[i + 1]!.norm !== '|') i++;
      continue;
    }
    // A flag after a value ("128 L", "6.1 H", "7.9 (L)") belongs to it.
    if (out.length && tok.kind === 'word' && tok.norm.length <= 2) continue;
    if (out.length && (tok.norm === '(' || tok.norm === ')')) continue;
    if (tok.norm === '-' || tok.norm === '\u2013') continue;
    return null;
  }
  return out;
}

function assign(doc: Doc, values: readonly number[], cells: readonly Cell[]): number[] | null {
  if (values.length === cells.length) return cells.map((_, n) => n);
  if (values.length > cells.length || values.length === 0) return null;
  return values.map((v) => {
    const col = columnOf(doc, v);
    let best = 0;
    cells.forEach((c, n) => {
      if (Math.abs(c.column - col) < Math.abs(cells[best]!.column - col)) best = n;
    });
    return best;
  });
}

/** Every value of the document's time tables, and the sentences they fill (read by nothing else). */
export function readLabTables(doc: Doc, lex: CompiledLexicon, vlex: ValueLexicon): { values: TableValue[]; sentences: Set<number> } {
  const values: TableValue[] = [];
  const sentences = new Set<number>();
  const t = doc.tokens;
  for (let h = 0; h < doc.sentences.length; h++) {
    const head = doc.sentences[h]!;
    // A header line starts a line and has a few tokens only
    // (or right after a section header on its line: "Labs:   3/1   3/3"); it is the sentence's last line.
    const from = lastLineStart(doc, head);
    if (t[from]!.newlinesBefore === 0 && from > 0 && !doc.headerToken[from - 1]) continue;
    const header = headerOf(doc, lex, vlex, head, from);
    if (!header) continue;
    let r = h + 1;
    for (; r < doc.sentences.length && r - h <= MAX_ROWS; r++) {
      const row = doc.sentences[r]!;
      if (row.sectionIndex !== head.sectionIndex || t[row.firstToken]!.newlinesBefore !== 1) break;
      const found =
        header.kind === 'times'
          ? timesRow(doc, lex, vlex, row, header.cells)
          : analytesRow(doc, vlex, row, header.cells, r - h - 1);
      if (!found) break;
      values.push(...found);
      sentences.add(r);
    }
    if (r > h + 1) {
      // The lines before the header in its sentence are prose, read as such.
      if (from === head.firstToken) sentences.add(h);
      h = r - 1;
    }
  }
  return { values, sentences };
}

/** The first token of the sentence's last line. */
function lastLineStart(doc: Doc, s: DocSentence): number {
  for (let i = s.endToken - 1; i > s.firstToken; i--) if (doc.tokens[i]!.newlinesBefore > 0) return i;
  return s.firstToken;
}

/** The first token of a row after its leading bars ("| Hgb | 10.9 |"). */
function firstCell(doc: Doc, row: DocSentence): number {
  let i = row.firstToken;
  while (i < row.endToken && doc.tokens[i]!.norm === '|') i++;
  return i;
}

/** The unit a row names right after its analyte ("Hgb g/dL  9.8"), and the token after it. */
function rowUnitOf(doc: Doc, vlex: ValueLexicon, analyte: LabAnalyteDef, last: number, end: number): { unit: TableValue['rowUnit']; next: number } {
  const t = doc.tokens;
  const read = readUnit(doc.text, t[last]!.end, analyte, vlex.labUnits);
  if (read.kind !== 'unit') return { unit: undefined, next: last + 1 };
  let next = last + 1;
  while (next < end && t[next]!.start < read.unit.end) next++;
  return { unit: { unit: read.unit, scale: read.scale }, next };
}

/** "Na  128  131  135" under a header of times. */
function timesRow(doc: Doc, lex: CompiledLexicon, vlex: ValueLexicon, row: DocSentence, cells: readonly Cell[]): TableValue[] | null {
  const m = lex.analyteAliases.matchAt(doc.tokens, firstCell(doc, row), row.endToken);
  if (!m) return null;
  const analyte = m.payloads[0]!;
  const unit = rowUnitOf(doc, vlex, analyte, m.last, row.endToken);
  const tokens = rowValues(doc, unit.next, row.endToken);
  const slots = tokens && assign(doc, tokens, cells);
  if (!tokens || !slots) return null;
  const remark = remarkOf(doc, m.last + 1, row.endToken);
  return tokens.map((token, n) => {
    const cell = cells[slots[n]!]!;
    return {
      analyte,
      token,
      timeFirst: cell.first,
      timeLast: cell.last,
      step: slots[n]!,
      rowFirst: row.firstToken,
      ...(unit.unit ? { rowUnit: unit.unit } : {}),
      ...(remark ? { remark } : {}),
    };
  });
}

/** "3/1  128  4.1  1.1" under a header of analytes: the `index`th row down each analyte's column. */
function analytesRow(doc: Doc, vlex: ValueLexicon, row: DocSentence, cells: readonly AnalyteCell[], index: number): TableValue[] | null {
  const start = firstCell(doc, row);
  const timeEnd = timeCellEnd(doc, vlex, start, row.endToken);
  if (timeEnd < 0) return null;
  const tokens = rowValues(doc, timeEnd + 1, row.endToken);
  const slots = tokens && assign(doc, tokens, cells);
  if (!tokens || !slots) return null;
  const remark = remarkOf(doc, timeEnd + 1, row.endToken);
  return tokens.map((token, n) => ({
    ...(remark ? { remark } : {}),
    analyte: cells[slots[n]!]!.analyte,
    token,
    timeFirst: start,
    timeLast: timeEnd,
    step: index,
    rowFirst: cells[slots[n]!]!.first,
    ...(cells[slots[n]!]!.unit ? { rowUnit: cells[slots[n]!]!.unit } : {}),
  }));
}
