/**
 * Measured strength and performance tests (lexicon/findings/strength-test.yaml): "grip strength
 * 18 kg", "TUG 14 s", "6MWT 250 m", "gait speed 0.6 m/s", "5x sit-to-stand 18 seconds", "manual
 * muscle testing performed". The value is the first number after the test name in the sentence
 * (over a few filler words), with its unit. `reduced` comes from a flag word next to the test
 * ("decreased grip strength", "TUG prolonged": a "high" word for a test where higher is worse),
 * else from the lexicon threshold once the value is converted to the threshold's unit.
 */
import type { TermEntry } from '../../../lexicon/types.ts';
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { LabFlag, StrengthTestAttributes } from '../../types.ts';
import { candidate, endTokenFor, NUMBER_SOURCE, parseNumber, stickyAt } from './scan.ts';
import { valueLexicon } from './value-lexicon.ts';

const FILLERS = new Set([
  ':', '=', '-', '|', '(', 'of', 'was', 'is', 'were', 'test', 'testing', 'score', 'time', 'result', 'measured',
  'right', 'left', 'r', 'l', 'rt', 'lt', 'dominant', 'nondominant', 'hand', 'in', 'at', 'with', 'performed', 'completed',
  'distance', 'average', 'avg', 'mean', 'best', 'today', 'trial', 'trials', 'x', 'times', 'reps', 'repetitions', 'speed',
]);
const MAX_FILLERS = 5;

/** Written unit -> canonical spelling (the value stays in the written unit; CONVERSIONS compare it). */
const UNITS: Record<string, string> = {
  kg: 'kg', kgs: 'kg', kilograms: 'kg',
  lb: 'lb', lbs: 'lb', pounds: 'lb',
  s: 's', sec: 's', secs: 's', second: 's', seconds: 's',
  m: 'm', meters: 'm', metres: 'm', meter: 'm',
  ft: 'ft', feet: 'ft', foot: 'ft',
  'm/s': 'm/s', 'm/sec': 'm/s', mps: 'm/s',
  'ft/s': 'ft/s', 'ft/sec': 'ft/s',
  reps: 'reps', repetitions: 'reps', stands: 'reps', times: 'reps',
  points: 'points', pts: 'points',
};
/** Canonical unit -> (threshold unit -> factor). */
const CONVERSIONS: Record<string, Record<string, number>> = {
  lb: { kg: 0.45359237 },
  ft: { m: 0.3048 },
  'ft/s': { 'm/s': 0.3048 },
};

const VALUE_RE = new RegExp(String.raw`(${NUMBER_SOURCE})(?:[ \t\u00a0]{0,2}\/[ \t\u00a0]{0,2}\d+)?[ \t\u00a0]{0,2}([a-z]+(?:\/[a-z]+)?)?`, 'iy');

interface Measured {
  value: number;
  unit?: string;
  end: number;
}

function readMeasure(doc: Doc, i: number): Measured | null {
  const tok = doc.tokens[i]!;
  const m = stickyAt(VALUE_RE, doc.text, tok.start);
  if (!m) return null;
  if (/\//.test(m[0].slice(m[1]!.length, m[0].length - (m[2]?.length ?? 0)))) return null; // "5/5" is a grade, not a measure
  const unit = m[2] ? UNITS[m[2].toLowerCase()] : undefined;
  const value = parseNumber(m[1]!);
  const end = unit ? tok.start + m[0].length : tok.start + m[1]!.length;
  return unit ? { value, unit, end } : { value, end };
}

function flagNear(doc: Doc, lex: CompiledLexicon, first: number, last: number, from: number, to: number): LabFlag | null {
  for (let k = Math.max(from, first - 3); k < first; k++) {
    const f = lex.labFlags.matchAt(doc.tokens, k, first);
    if (f && f.last === first - 1 && doc.tokens[k]!.norm.length > 2) return f.payloads[0]!;
  }
  for (let k = last + 1; k < Math.min(to, last + 4); k++) {
    const f = lex.labFlags.matchAt(doc.tokens, k, to);
    if (f && doc.tokens[k]!.norm.length > 2) return f.payloads[0]!;
  }
  return null;
}

function reducedOf(entry: TermEntry, measured: Measured | null, flag: LabFlag | null): boolean | undefined {
  const lowBelow = entry.attributes['lowBelow'];
  const highAbove = entry.attributes['highAbove'];
  if (flag === 'normal') return false;
  if (flag === 'low' && typeof lowBelow === 'number') return true;
  if (flag === 'high' && typeof highAbove === 'number') return true;
  if (!measured) return undefined;
  const target = entry.attributes['unit'];
  if (typeof target !== 'string') return undefined;
  const unit = measured.unit ?? target;
  const factor = unit === target ? 1 : CONVERSIONS[unit]?.[target];
  if (factor === undefined) return undefined;
  const v = measured.value * factor;
  if (typeof lowBelow === 'number') return v < lowBelow;
  if (typeof highAbove === 'number') return v > highAbove;
  return undefined;
}

export const extractStrengthTests: Extractor = (doc, lex) => {
  const out: AnyCandidate[] = [];
  const t = doc.tokens;
  const starts = valueLexicon(lex).strengthTestStarts;
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (doc.headerToken[i] || !starts.has(t[i]!.norm)) continue;
      const m = lex.strengthTests.matchAt(t, i, s.endToken);
      if (!m) continue;
      const entry = m.payloads[0]!;
      let k = m.last + 1;
      for (let n = 0; n < MAX_FILLERS && k < s.endToken && FILLERS.has(t[k]!.norm); n++) k++;
      const measured = k < s.endToken && t[k]!.kind === 'number' ? readMeasure(doc, k) : null;
      const flag = flagNear(doc, lex, m.first, measured ? endTokenFor(doc, measured.end, k) - 1 : m.last, s.firstToken, s.endToken);
      const attributes: StrengthTestAttributes = { test: String(entry.attributes['test']) };
      if (measured) {
        attributes.value = measured.value;
        const unit = measured.unit ?? entry.attributes['unit'];
        if (typeof unit === 'string') attributes.unit = unit;
      }
      const reduced = reducedOf(entry, measured, flag);
      if (reduced !== undefined) attributes.reduced = reduced;
      const end = measured && measured.end <= s.end ? measured.end : t[m.last]!.end;
      const endToken = endTokenFor(doc, end, m.last);
      out.push(candidate(doc, 'strength-test', m.first, endToken, attributes, end));
      i = endToken - 1;
    }
  }
  return out;
};
