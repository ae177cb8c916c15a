/**
 * Shared pieces of the property tests: the run seed (fixed in CI so a failure reproduces, random
 * locally so runs explore; override with NOTE_LINT_SEED), the invariants every LintResult must
 * satisfy, and generators for hostile text, clinical-looking text and mutated fixture notes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { LintOptions, LintResult, SeverityOrOff } from '../../../src/engine/index.ts';
import { rules } from '../../../src/engine/rules/index.ts';
import { LEXICON_DATA } from '../../../src/lexicon/generated/lexicon.ts';

function chooseSeed(): number {
  const fromEnv = process.env.NOTE_LINT_SEED;
  if (fromEnv !== undefined && fromEnv !== '') return Number(fromEnv) | 0;
  return process.env.CI ? 42 : (Math.random() * 2 ** 31) | 0;
}

/** One seed per test run; printed so a local failure can be replayed with NOTE_LINT_SEED=<seed>. */
export const SEED = chooseSeed();

export function fcParams(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns, endOnFailure: false };
}

const within = (start: number, end: number, length: number) => Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= length;

/**
 * Every span points inside the text and at the characters it claims; ids and cross references
 * point at real findings. Throws (through expect) with the offending object in the message.
 */
export function expectWellFormed(text: string, result: LintResult): void {
  expect(result.version).toBe(1);
  expect(result.length).toBe(text.length);
  result.findings.forEach((f, index) => {
    expect(f.id, `finding id ${JSON.stringify(f)}`).toBe(index);
    expect(within(f.start, f.end, text.length) && f.start < f.end, `finding span ${JSON.stringify(f)}`).toBe(true);
    expect(text.slice(f.start, f.end), `finding text ${JSON.stringify(f)}`).toBe(f.text);
    expect(f.sentence >= 0 && f.sentence < result.sentences.length, `finding sentence ${JSON.stringify(f)}`).toBe(true);
    if (f.type === 'cause-link') {
      for (const id of [f.attributes.symptomId, f.attributes.diagnosisId]) {
        if (id !== null) expect(result.findings[id], `cause-link reference ${JSON.stringify(f)}`).toBeDefined();
      }
    }
  });
  const evidenceOk = (e: { start: number; end: number; text: string; findingId: number | null }, owner: unknown) => {
    expect(within(e.start, e.end, text.length), `evidence span ${JSON.stringify(owner)}`).toBe(true);
    expect(text.slice(e.start, e.end), `evidence text ${JSON.stringify(owner)}`).toBe(e.text);
    if (e.findingId !== null) {
      const finding = result.findings[e.findingId];
      expect(finding, `evidence finding ${JSON.stringify(owner)}`).toBeDefined();
      expect([finding!.start, finding!.end], `evidence span is its finding's ${JSON.stringify(owner)}`).toEqual([e.start, e.end]);
    }
  };
  for (const d of result.diagnostics) {
    expect(within(d.start, d.end, text.length), `diagnostic span ${JSON.stringify(d)}`).toBe(true);
    expect(typeof d.message === 'string' && d.message.length > 0, `diagnostic message ${JSON.stringify(d)}`).toBe(true);
    for (const e of d.evidence) evidenceOk(e, d);
  }
  for (const c of result.checklists) for (const item of c.items) for (const e of item.evidence) evidenceOk(e, item);
  for (const c of result.codes) {
    if (c.start !== undefined || c.end !== undefined) expect(within(c.start ?? -1, c.end ?? -1, text.length), `code span ${JSON.stringify(c)}`).toBe(true);
  }
  for (const s of [...result.sections, ...result.sentences]) expect(within(s.start, s.end, text.length), `span ${JSON.stringify(s)}`).toBe(true);
  for (const s of result.sections) expect(within(s.headerStart, s.headerEnd, text.length), `header span ${JSON.stringify(s)}`).toBe(true);
  // Sections and sentences are in document order and never overlap; sentence indexes are positions.
  for (const list of [result.sections, result.sentences] as const) {
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.end <= list[i]!.start, `order/overlap ${JSON.stringify([list[i - 1], list[i]])}`).toBe(true);
  }
  result.sentences.forEach((s, i) => expect(s.index, `sentence index ${JSON.stringify(s)}`).toBe(i));
}

// ---------------------------------------------------------------------------------------------
// Hostile Unicode text

/** Pieces that break naive offset arithmetic or tokenisers. */
const AWKWARD = [
  '\r\n', '\r', '\n', '\n\n', '\t', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u200b', '\u200d',
  'e\u0301', '\u0301', '\u0301\u0302\u0303', '\ud83d\ude29', '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67',
  '\ud800', '\udc00', '\udbff\udfff', '\u0000', '\u001b[31m', 'ﬁ', 'İ', 'ß', 'Σ', 'ǅ', '½', '٣', '①',
  '4/5', '5/5', '4+/5', '3-/5', 'K 3.1', 'x 3 weeks', 'R53.1', 'M62.81', 'no ', 'denies ', ':', '.', '/', '-', '(', ')',
  // Words that are also property names of every plain object: a lookup keyed by note text must not find them.
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'Constructor:',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Any UTF-16 string: lone surrogates, graphemes, control characters and the awkward pieces above. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ unit: codeUnit, maxLength: 6 }),
      fc.constantFrom(...AWKWARD),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

// ---------------------------------------------------------------------------------------------
// Clinical-looking text from the lexicon

const unique = (items: Iterable<string>) => [...new Set(items)].filter((s) => s.trim().length > 0).sort();

const L = LEXICON_DATA;
export const LEXICON_PIECES = {
  findingTerms: unique(L.findings.flatMap((f) => f.entries.flatMap((e) => e.terms))),
  diagnosisTerms: unique(L.diagnoses.diagnoses.flatMap((d) => d.terms)),
  analyteAliases: unique(L.labs.analytes.flatMap((a) => a.aliases)),
  labFlags: unique(L.labs.flags.flatMap((f) => f.phrases)),
  triggers: unique(L.context.triggers.flatMap((t) => t.phrases)),
  pseudo: unique([...L.context.pseudo, ...(L.diagnoses.pseudo ?? []), ...L.findings.flatMap((f) => f.pseudo ?? [])]),
  terminations: unique(L.context.terminations.flatMap((t) => t.phrases)),
  headers: unique(L.sections.sections.flatMap((s) => s.headers)),
  codes: unique(L.codes.map((c) => c.code)),
  sites: unique(L.anatomy.sites.flatMap((s) => s.terms)),
  strengthWords: unique([...L.anatomy.normalStrength, ...L.anatomy.reducedStrength, ...L.anatomy.strengthCues, ...L.anatomy.examCues]),
  cues: unique([...L.cues.workupCues.flatMap((c) => c.phrases), ...L.cues.generalizedCues, ...L.cues.observationCues.flatMap((c) => c.phrases)]),
};

const number = fc.oneof(
  fc.integer({ min: 0, max: 400 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.integer({ min: 1000, max: 99999 }).map((n) => n.toLocaleString('en-US')),
);
const grade = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom('', '+', '-'), fc.constantFrom('/5', '/5', ' out of 5', '')).map(([g, m, d]) => `${g}${m}${d}`);
const duration = fc.tuple(fc.constantFrom('x ', 'for ', 'over the past ', '× ', 'since ', '>'), fc.integer({ min: 1, max: 40 }), fc.constantFrom(' days', ' weeks', ' wks', ' months', ' yrs', 'd', '')).map((p) => p.join(''));
const punctuation = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '.\n', '; ', ': ', '\n', '\n\n', ' - ', ' / ', '(', ') ', '?', ' ~', '\t', '\r\n');
const lab = fc.tuple(fc.constantFrom(...LEXICON_PIECES.analyteAliases), fc.constantFrom(' ', ': ', ' = ', ' of '), number, fc.constantFrom('', ' (L)', ' H', ' mmol/L', ' mg/dL', ' U/L', ' (ref 3.5-5.0)', ' low')).map((p) => p.join(''));
const header = fc.tuple(fc.constantFrom(...LEXICON_PIECES.headers), fc.constantFrom(':', ':', '', ' -')).map(([h, c]) => `\n${h}${c}\n`);

function recase(text: string, mode: number): string {
  switch (mode) {
    case 1:
      return text.toUpperCase();
    case 2:
      return text.toLowerCase();
    case 3:
      return text.replace(/\b\w/g, (c) => c.toUpperCase());
    default:
      return text;
  }
}

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...LEXICON_PIECES.findingTerms) },
  { weight: 3, arbitrary: fc.constantFrom(...LEXICON_PIECES.diagnosisTerms) },
  { weight: 3, arbitrary: fc.constantFrom(...LEXICON_PIECES.triggers) },
  { weight: 1, arbitrary: fc.constantFrom(...LEXICON_PIECES.pseudo) },
  { weight: 1, arbitrary: fc.constantFrom(...LEXICON_PIECES.terminations) },
  { weight: 2, arbitrary: fc.constantFrom(...LEXICON_PIECES.sites) },
  { weight: 2, arbitrary: fc.constantFrom(...LEXICON_PIECES.strengthWords) },
  { weight: 1, arbitrary: fc.constantFrom(...LEXICON_PIECES.cues) },
  { weight: 2, arbitrary: fc.constantFrom(...LEXICON_PIECES.codes) },
  { weight: 2, arbitrary: lab },
  { weight: 2, arbitrary: grade },
  { weight: 2, arbitrary: duration },
  { weight: 1, arbitrary: number },
  { weight: 1, arbitrary: header },
  { weight: 1, arbitrary: fc.constantFrom('patient', 'pt', 'she', 'he', 'reports', 'with', 'and', 'the', 'of', 'was', 'yo', 'y/o', '72 yo F', 'strength', 'due to', 'secondary to') },
);

/** Lexicon terms, labs, grades, durations, codes and headers joined by random punctuation and case. */
export const clinicalText: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, punctuation, fc.nat({ max: 7 })), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.map(([p, sep, mode]) => recase(p, mode) + sep).join(''));

const examPiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LEXICON_PIECES.strengthWords) },
  { weight: 3, arbitrary: fc.constantFrom(...LEXICON_PIECES.sites) },
  { weight: 3, arbitrary: grade },
  { weight: 1, arbitrary: fc.constantFrom(...L.anatomy.laterality.flatMap((l) => l.phrases)) },
  { weight: 1, arbitrary: fc.constantFrom('and', 'with', 'but', 'in', 'throughout', 'no', 'not') },
);

/**
 * Exam sentences dense in strength vocabulary: normal and reduced strength phrases, cues, sites,
 * laterality and grades side by side, often overlapping ("impaired strength intact strength").
 */
export const examText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', 'Exam:\n', 'Neuro exam: ', 'Motor: ', 'On exam, '),
    fc.array(fc.tuple(examPiece, fc.constantFrom(' ', ' ', ', ', '. ', '; ', '\n')), { minLength: 1, maxLength: 14 }),
  )
  .map(([head, parts]) => head + parts.map(([p, sep]) => p + sep).join(''));

// ---------------------------------------------------------------------------------------------
// Mutated fixture notes

const NOTES_DIR = join(import.meta.dirname, '../../fixtures/notes');
export const FIXTURE_NOTES: readonly { name: string; text: string }[] = readdirSync(NOTES_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(NOTES_DIR, name), 'utf8') }));

export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'delete-line'; line: number }
  | { kind: 'flip-case'; at: number; length: number }
  | { kind: 'crlf' }
  | { kind: 'cr' };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fraction, text: fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'grapheme', maxLength: 4 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fraction, length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fraction }),
  fc.record({ kind: fc.constant('delete-line' as const), line: fraction }),
  fc.record({ kind: fc.constant('flip-case' as const), at: fraction, length: fc.integer({ min: 1, max: 40 }) }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'cr' as const }),
).map((m) => m as Mutation);

function applyMutation(text: string, m: Mutation): string {
  const pos = (f: number) => Math.floor(f * (text.length + 1));
  switch (m.kind) {
    case 'insert':
      return text.slice(0, pos(m.at)) + m.text + text.slice(pos(m.at));
    case 'delete':
      return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + m.length);
    case 'duplicate':
      return text.slice(0, pos(m.at) + m.length) + text.slice(pos(m.at), pos(m.at) + m.length) + text.slice(pos(m.at) + m.length);
    case 'flip-case': {
      const at = pos(m.at);
      const flipped = [...text.slice(at, at + m.length)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
      return text.slice(0, at) + flipped + text.slice(at + m.length);
    }
    case 'duplicate-line':
    case 'delete-line': {
      const lines = text.split('\n');
      const i = Math.min(lines.length - 1, Math.floor(m.line * lines.length));
      if (m.kind === 'duplicate-line') lines.splice(i, 0, lines[i]!);
      else lines.splice(i, 1);
      return lines.join('\n');
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r?\n/g, '\r');
  }
}

/** A fixture note with 1-6 random mutations; the note name and mutations come along for the report. */
export const mutatedNote = fc
  .tuple(fc.nat({ max: FIXTURE_NOTES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([index, mutations]) => ({
    name: FIXTURE_NOTES[index]!.name,
    mutations,
    text: mutations.reduce(applyMutation, FIXTURE_NOTES[index]!.text),
  }));

// ---------------------------------------------------------------------------------------------
// Valid lint options

const codeShaped = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), fc.integer({ min: 0, max: 99 }), fc.constantFrom('', '.0', '.1', '.81', '.9', '.X5A', '.-'))
  .map(([letter, n, rest]) => `${letter}${String(n).padStart(2, '0')}${rest}`);
const range = fc
  .tuple(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0.001, max: 1000, noNaN: true }), fc.nat({ max: 2 }))
  .map(([low, width, which]) => (which === 0 ? { low } : which === 1 ? { high: low + width } : { low, high: low + width }));

/** Options a caller may legitimately pass: lexicon and code-shaped codes, a setting, an age, rule levels, lab ranges. */
export const validOptions: fc.Arbitrary<LintOptions> = fc.record(
  {
    codes: fc.array(
      fc.oneof(
        fc.constantFrom(...LEXICON_PIECES.codes),
        codeShaped,
        fc.record({ code: fc.constantFrom(...LEXICON_PIECES.codes), source: fc.constantFrom('note' as const, 'option' as const, 'fhir' as const) }),
      ),
      { maxLength: 5 },
    ),
    setting: fc.constantFrom('outpatient' as const, 'inpatient' as const),
    age: fc.integer({ min: 0, max: 120 }),
    rules: fc.dictionary(fc.constantFrom(...rules.map((r) => r.meta.id)), fc.constantFrom<SeverityOrOff>('off', 'error', 'warning', 'info'), { maxKeys: 6 }),
    labRanges: fc.dictionary(fc.constantFrom(...L.labs.analytes.map((a) => a.id)), range, { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);
