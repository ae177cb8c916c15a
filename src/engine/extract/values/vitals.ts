/**
 * Vital signs and body measurements (lexicon/findings/vital.yaml): a measure's name, then over a few
 * filler words, a time label or a duration its value and unit. "UOP 15 mL/h x 8 h", "urine output
 * 200 mL over 12 hours", "UOP <0.5 mL/kg/h x 6h", "anuric x 14 h", "wt 52.3 kg", "weight 115 lb",
 * "Ht 5'4\"", "BMI 17.8", "HR 118", "BP 86/50" (a systolic and a diastolic finding), "MAP 58",
 * "T 38.9", "SpO2 91% RA".
 *
 * Values are converted to the canonical unit of their measure (lb x 0.45359 as the packs README
 * states; inches x 2.54; Fahrenheit to Celsius), and kept unrounded apart from floating-point noise.
 * A unit that does not belong to the measure ("sat 45 minutes"), a grade ("pulses 2+", "T 4/5") or a
 * number outside the measure's bounds is not a value. A weight needs its unit (62 may be kg or lb);
 * a height or temperature without one is read only where the number fits one scale alone.
 *
 * Urine output: a rate (mL/h, mL/kg/h), or a volume with the hours it covers, gives mlPerHour; per
 * kg only with a weight written in the note (never an assumed one). BMI: a stated BMI, else one
 * computed from a weight and a height of one date (bmi.ts).
 */
import type { TermEntry } from '../../../lexicon/types.ts';
import type { AnyCandidate, Candidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { ValueComparator, VitalAttributes, VitalMeasure } from '../../types.ts';
import { scannerFor } from '../terms/scanners.ts';
import { computedBmis } from './bmi.ts';
import { durationAt } from './durations.ts';
import { candidate, endTokenFor, NUMBER_SOURCE, parseNumber, stickyAt } from './scan.ts';
import { writtenTimeNear } from './written-time.ts';

/** The packs README's factor (lexicon weight table). */
export const KG_PER_LB = 0.45359;
const CM_PER_IN = 2.54;

/** Round away floating-point noise only (52.3 lb -> 23.722757 kg), never to display precision. */
export const exact = (x: number): number => Math.round(x * 1e6) / 1e6;

const WS = String.raw`[ \t\u00a0]`;
const VALUE_RE = new RegExp(
  String.raw`(<=|>=|<|>|\u2264|\u2265|~)?${WS}{0,2}(${NUMBER_SOURCE})(?:${WS}{0,2}(?:-|\u2013|to)${WS}{0,2}(${NUMBER_SOURCE}))?`,
  'y',
);
const DIASTOLIC_RE = new RegExp(String.raw`${WS}{0,2}\/${WS}{0,2}(\d{1,3})(?![\d/])`, 'y');
/** 5'4", 5 ft 4 in, 5' 4'' (feet then inches). */
const FEET_RE = new RegExp(
  String.raw`([3-7])${WS}{0,2}(?:'|\u2019|ft\.?|feet|foot)(?:${WS}{0,3}(\d{1,2}(?:\.\d+)?)${WS}{0,2}(?:"|''|\u201d|\u2019\u2019|in\.?|inches|inch)?)?(?![\d'])`,
  'iy',
);
const UNIT_RE = new RegExp(
  String.raw`${WS}{0,2}((?:ml|cc)${WS}?(?:\/|per)${WS}?kg${WS}?(?:\/|per)${WS}?(?:hours?|hrs?|h)|(?:ml|cc)${WS}?(?:\/|per)${WS}?(?:24${WS}?)?(?:hours?|hrs?|h)|` +
    String.raw`kg${WS}?\/${WS}?m(?:[2\u00b2]|\^2)|mls?|cc|kgs?|kilograms?|lbs?|pounds?|cm|inches|inch|in|mm${WS}?hg|bpm|` +
    String.raw`beats${WS}?(?:\/|per)${WS}?min(?:ute)?|breaths${WS}?(?:\/|per)${WS}?min(?:ute)?|\/${WS}?min|` +
    String.raw`\u00b0${WS}?[cf]|deg(?:rees?)?${WS}?[cf]|celsius|fahrenheit|percent|[#%cflm])(?![a-z0-9\u00b5/])`,
  'iy',
);
/** After a number, a unit of something else: the number is not this measure's value ("HR" is not "hr" here: it starts the next vital). */
const FOREIGN_UNIT = new Set([
  'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hrs', 'day', 'days', 'week', 'weeks', 'wk', 'wks',
  'month', 'months', 'year', 'years', 'yr', 'yrs', 'yo', 'times', 'mg', 'mcg', 'g', 'units', 'unit', 'ft', 'feet',
  'steps', 'meters', 'reps', 'seconds', 'sec', 'secs', 'liters', 'lpm', 'beats',
]);
/** Between a measure's name and its value. */
const FILLERS = new Set([':', '=', '-', '\u2013', '|', '(', ')', 'is', 'was', 'were', 'are', 'of', 'at', 'now', 'today',
  'measured', 'recorded', 'noted', 'documented', 'reading', 'readings', 'value', 'remains', 'remained', 'down', 'up',
  'to', 'increased', 'decreased', 'dropped', 'fell', 'rose', 'current', 'currently', 'approximately', 'approx', 'about',
  'only', 'just', 'been', 'has', 'had', 'last', 'total', 'in', 'the', 'on', 'by', 'over', 'for', 'x']);
const MAX_GAP = 8;

type Dim = 'mass' | 'length' | 'bmi' | 'rate' | 'pressure' | 'temperature' | 'percent' | 'volume' | 'urine-rate' | 'urine-rate-kg';

interface ReadUnit {
  dim: Dim;
  /** Canonical unit. */
  unit: string;
  convert: (v: number) => number;
  /** Hours a volume unit states ("mL/24h"). */
  hours?: number;
  end: number;
}

const same = (v: number) => v;

function unitOf(raw: string): Omit<ReadUnit, 'end'> | null {
  const u = raw.toLowerCase().replace(/[ \t\u00a0]/g, '').replace(/^cc/, 'ml').replace(/per/g, '/').replace(/degrees?|deg/, '\u00b0');
  if (/^ml\/kg\//.test(u)) return { dim: 'urine-rate-kg', unit: 'mL/kg/h', convert: same };
  if (u.startsWith('ml/24')) return { dim: 'volume', unit: 'mL', convert: same, hours: 24 };
  if (u.startsWith('ml/')) return { dim: 'urine-rate', unit: 'mL/h', convert: same };
  if (u === 'ml' || u === 'mls') return { dim: 'volume', unit: 'mL', convert: same };
  if (u === 'l') return { dim: 'volume', unit: 'mL', convert: (v) => v * 1000 };
  if (u.startsWith('kg/m')) return { dim: 'bmi', unit: 'kg/m2', convert: same };
  if (/^(?:kgs?|kilograms?)$/.test(u)) return { dim: 'mass', unit: 'kg', convert: same };
  if (/^(?:lbs?|pounds?|#)$/.test(u)) return { dim: 'mass', unit: 'kg', convert: (v) => v * KG_PER_LB };
  if (u === 'cm') return { dim: 'length', unit: 'cm', convert: same };
  if (u === 'm') return { dim: 'length', unit: 'cm', convert: (v) => v * 100 };
  if (u.startsWith('in')) return { dim: 'length', unit: 'cm', convert: (v) => v * CM_PER_IN };
  if (u.startsWith('mm')) return { dim: 'pressure', unit: 'mmHg', convert: same };
  if (u === 'bpm' || u.endsWith('min') || u.endsWith('minute')) return { dim: 'rate', unit: '/min', convert: same };
  if (u === '%' || u === 'percent') return { dim: 'percent', unit: '%', convert: same };
  if (/^\u00b0?c$|^celsius$/.test(u)) return { dim: 'temperature', unit: 'C', convert: same };
  if (/^\u00b0?f$|^fahrenheit$/.test(u)) return { dim: 'temperature', unit: 'C', convert: (v) => ((v - 32) * 5) / 9 };
  return null;
}

/** The dimensions each measure is written in: a unit of another ("HR 88 mg") is not its value. */
const MEASURE_DIMS: Record<VitalMeasure, Dim[]> = {
  'urine-output': ['volume', 'urine-rate', 'urine-rate-kg'],
  weight: ['mass'],
  height: ['length'],
  bmi: ['bmi'],
  'heart-rate': ['rate'],
  'systolic-bp': ['pressure'],
  'diastolic-bp': ['pressure'],
  map: ['pressure'],
  temperature: ['temperature'],
  'respiratory-rate': ['rate'],
  spo2: ['percent'],
};

interface UnitlessRange {
  min: number;
  max: number;
  unit: Omit<ReadUnit, 'end'>;
}

const unitlessCache = new WeakMap<CompiledLexicon, Map<VitalMeasure, UnitlessRange[]>>();

/**
 * How a number without a unit is read, by measure (lexicon/findings/vital.yaml `vital.unitless`): its rows
 * in order, each unit read as if written, and only in a dimension of its measure.
 */
function unitlessRanges(lex: CompiledLexicon): Map<VitalMeasure, UnitlessRange[]> {
  let ranges = unitlessCache.get(lex);
  if (ranges) return ranges;
  ranges = new Map();
  for (const row of lex.data.findings.find((f) => f.vital)?.vital?.unitless ?? []) {
    const unit = unitOf(row.unit);
    if (!unit || !MEASURE_DIMS[row.measure].includes(unit.dim)) continue;
    const list = ranges.get(row.measure) ?? [];
    list.push({ min: row.min ?? -Infinity, max: row.max ?? Infinity, unit });
    ranges.set(row.measure, list);
  }
  unitlessCache.set(lex, ranges);
  return ranges;
}

const COMPARATORS: Record<string, ValueComparator> = { '<': '<', '>': '>', '<=': '<=', '>=': '>=', '\u2264': '<=', '\u2265': '>=' };

interface Reading {
  value: number;
  comparator?: ValueComparator;
  unit: ReadUnit;
  diastolic?: number;
  /** Character offset where the value (and unit) ends. */
  end: number;
  /** Token where the value starts. */
  valueToken: number;
}

function readUnitAt(text: string, offset: number): ReadUnit | null {
  const m = stickyAt(UNIT_RE, text, offset);
  if (!m) return null;
  const u = unitOf(m[1]!);
  return u ? { ...u, end: offset + m[0].length } : null;
}

/** The value at token k for `measure`, or null when what stands there is not its value. */
function readValueAt(doc: Doc, lex: CompiledLexicon, k: number, measure: VitalMeasure): Reading | null {
  const t = doc.tokens;
  const start = t[k]!.start;
  if (measure === 'height') {
    const ft = stickyAt(FEET_RE, doc.text, start);
    if (ft && (ft[2] !== undefined || /['\u2019]|ft|feet|foot/i.test(ft[0]))) {
      const cm = (Number(ft[1]) * 12 + Number(ft[2] ?? 0)) * CM_PER_IN;
      return { value: exact(cm), unit: { dim: 'length', unit: 'cm', convert: same, end: start + ft[0].length }, end: start + ft[0].length, valueToken: k };
    }
  }
  const m = stickyAt(VALUE_RE, doc.text, start);
  if (!m) return null;
  let end = start + m[0].length;
  const next = doc.text.charAt(end);
  // "2+" is a grade, "3/14" a date or a score (blood pressure reads its "/" below), "3:30" a time.
  if (next === '+' || next === ':' || /\d/.test(next)) return null;
  let diastolic: number | undefined;
  if (measure === 'systolic-bp') {
    const d = stickyAt(DIASTOLIC_RE, doc.text, end);
    if (d) {
      diastolic = Number(d[1]);
      end += d[0].length;
    }
  }
  if (diastolic === undefined && doc.text.charAt(end) === '/' && !/^\/\s?(?:min|h|kg|24)/i.test(doc.text.slice(end, end + 5))) return null;
  const high = m[3] !== undefined ? parseNumber(m[3]) : undefined;
  const written = high ?? parseNumber(m[2]!);
  const comparator = high !== undefined ? '<=' : m[1] && m[1] !== '~' ? COMPARATORS[m[1]] : undefined;
  let unit = readUnitAt(doc.text, end);
  if (unit && !MEASURE_DIMS[measure].includes(unit.dim)) return null;
  if (!unit) {
    const after = t[endTokenFor(doc, end, k)];
    if (after && after.start - end <= 2 && FOREIGN_UNIT.has(after.norm)) return null;
    const bare = unitlessRanges(lex).get(measure)?.find((range) => written >= range.min && written <= range.max);
    if (!bare) return null;
    unit = { ...bare.unit, end };
  }
  return {
    value: exact(unit.convert(written)),
    ...(comparator ? { comparator } : {}),
    unit,
    ...(diastolic !== undefined ? { diastolic } : {}),
    end: unit.end,
    valueToken: k,
  };
}

function inBounds(entry: TermEntry, value: number): boolean {
  const { min, max } = entry.attributes;
  return (typeof min !== 'number' || value >= min) && (typeof max !== 'number' || value <= max);
}

/** Hours a value covers, written after it ("x 8 h", "over 12 hours", "for the past 24 hours") in its clause. */
function hoursAfter(doc: Doc, from: number, to: number): { hours: number; end: number } | null {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const norm = doc.tokens[k]!.norm;
    if (norm === ',' || norm === ';' || norm === '.') return null;
    const d = durationAt(doc, k, true);
    if (d?.hours !== undefined) return d.end <= doc.tokens[to - 1]!.end ? { hours: d.hours, end: d.end } : null;
  }
  return null;
}

/** "24h UOP", "8-hr urine output": the hours written just before the name. */
const HOURS_BEFORE_RE = new RegExp(String.raw`(\d{1,2})${WS}?-?${WS}?(?:hours?|hrs?|h)(?![a-z0-9])`, 'iy');

function hoursBefore(doc: Doc, first: number, from: number): { hours: number; first: number } | null {
  for (let k = Math.max(from, first - 3); k < first; k++) {
    const m = stickyAt(HOURS_BEFORE_RE, doc.text, doc.tokens[k]!.start);
    if (m && endTokenFor(doc, doc.tokens[k]!.start + m[0].length, k) === first) return { hours: Number(m[1]), first: k };
  }
  return null;
}

interface Found {
  first: number;
  /** Token after the measure's name. */
  afterName: number;
  entry: TermEntry;
}

/** Every measure name in the note with the entry it belongs to. */
function measureNames(doc: Doc, lex: CompiledLexicon): { found: Found; sentence: number }[] {
  const out: { found: Found; sentence: number }[] = [];
  const scanner = scannerFor(lex, 'vital');
  for (const s of doc.sentences) {
    for (const m of scanner.scanSentence(doc, s)) {
      // A header line's own words ("Vital signs:") are never findings; what follows it on the line is.
      if (doc.headerToken[m.first]) continue;
      out.push({ found: { first: m.first, afterName: m.last + 1, entry: m.payload }, sentence: s.index });
    }
  }
  return out;
}

export const extractVitals: Extractor = (doc, lex) => {
  const t = doc.tokens;
  const out: Candidate<'vital'>[] = [];
  const uop: Candidate<'vital'>[] = [];
  for (const { found, sentence } of measureNames(doc, lex)) {
    const s = doc.sentences[sentence]!;
    const measure = found.entry.attributes.measure as VitalMeasure;
    let hours = typeof found.entry.attributes.hours === 'number' ? found.entry.attributes.hours : undefined;
    if (found.entry.attributes.anuria === true) {
      const after = hoursAfter(doc, found.afterName, s.endToken);
      const end = after?.end ?? t[found.afterName - 1]!.end;
      const attrs: VitalAttributes = { measure, value: 0, unit: 'mL', anuria: true, ...(after ? { hours: exact(after.hours) } : {}) };
      out.push(candidate(doc, 'vital', found.first, endTokenFor(doc, end, found.first), attrs, end));
      continue;
    }
    // Skip fillers, a time label or a duration ("UOP over the last 8 h: 120 mL") to the value.
    let k = found.afterName;
    let reading: Reading | null = null;
    for (let gap = 0; k < s.endToken && gap < MAX_GAP; gap++) {
      const tok = t[k]!;
      // "25cc/hr" is one word token that starts with its number.
      if (tok.kind === 'number' || /^\d/.test(tok.norm) || /^[<>\u2264\u2265~]$/.test(tok.norm)) {
        const d = measure === 'urine-output' ? durationAt(doc, k, true) : null;
        if (d?.hours !== undefined && !readValueAt(doc, lex, k, measure)) {
          hours = d.hours;
          k = endTokenFor(doc, d.end, k);
          continue;
        }
        reading = readValueAt(doc, lex, k, measure);
        break;
      }
      const d = measure === 'urine-output' ? durationAt(doc, k, true) : null;
      if (d?.hours !== undefined) {
        hours = d.hours;
        k = endTokenFor(doc, d.end, k);
        continue;
      }
      if (!FILLERS.has(tok.norm) && !lexTimeWord(doc, lex, k)) break;
      k++;
    }
    if (!reading || reading.end > s.end || !inBounds(found.entry, reading.value)) continue;
    let end = reading.end;
    let endToken = endTokenFor(doc, end, reading.valueToken);
    const attrs: VitalAttributes = { measure, value: reading.value, unit: reading.unit.unit };
    if (reading.comparator) attrs.comparator = reading.comparator;
    let first = found.first;
    if (measure === 'urine-output' && hours === undefined) {
      const before = hoursBefore(doc, found.first, s.firstToken);
      if (before) {
        hours = before.hours;
        first = before.first;
      }
    }
    if (measure === 'urine-output') {
      const after = hours === undefined && reading.unit.hours === undefined ? hoursAfter(doc, endToken, s.endToken) : null;
      if (after) {
        hours = after.hours;
        end = after.end;
        endToken = endTokenFor(doc, end, endToken);
      }
      hours ??= reading.unit.hours;
      if (hours !== undefined) attrs.hours = exact(hours);
      if (reading.unit.dim === 'urine-rate') attrs.mlPerHour = reading.value;
      else if (reading.unit.dim === 'urine-rate-kg') attrs.mlPerKgPerHour = reading.value;
      else if (hours !== undefined && hours > 0) attrs.mlPerHour = exact(reading.value / hours);
    }
    const own = [[found.first, found.afterName], [reading.valueToken, endToken]] as const;
    const time = writtenTimeNear(doc, lex, found.first, endToken, s.firstToken, s.endToken, own);
    if (time) attrs.time = time;
    const c = candidate(doc, 'vital', first, endToken, attrs, end);
    out.push(c);
    if (measure === 'urine-output' && attrs.mlPerHour !== undefined) uop.push(c);
    if (reading.diastolic !== undefined) {
      const dia: VitalAttributes = { measure: 'diastolic-bp', value: reading.diastolic, unit: 'mmHg', ...(time ? { time } : {}) };
      out.push(candidate(doc, 'vital', found.first, endToken, dia, end));
    }
  }
  perKilogram(out, uop);
  out.push(...computedBmis(out));
  return out as AnyCandidate[];
};

/** A time label at token k ("on admission", "today") may stand between a name and its value. */
function lexTimeWord(doc: Doc, lex: CompiledLexicon, k: number): boolean {
  return writtenTimeNear(doc, lex, k, k, k, k + 1) !== undefined;
}

/**
 * mL/kg/h from mL/h with the encounter's weight: the first weight written in the note that is not
 * labelled prior or usual (an admission weight is the one urine output is dosed by).
 */
function perKilogram(vitals: readonly Candidate<'vital'>[], uop: readonly Candidate<'vital'>[]): void {
  const weight = vitals.find((v) => v.attributes.measure === 'weight' && !/prior|previous|baseline|usual|last/i.test(v.attributes.time ?? ''));
  if (!weight) return;
  for (const u of uop) {
    if (u.attributes.mlPerKgPerHour === undefined && u.attributes.mlPerHour !== undefined) {
      u.attributes.mlPerKgPerHour = exact(u.attributes.mlPerHour / weight.attributes.value);
    }
  }
}
