/**
 * Adversarial families for the benchmark's growth check (lint at 100 KB and 200 KB: doubling the input
 * may at most triple the time): long runs of what the engine's regexes and phrase
 * matchers look at (digits, slashes, spaces, grades, number lists, brackets, repeated triggers,
 * headers, lab aliases, durations), and every lexicon phrase list repeated back to back. Each input
 * is built to a requested size so the same family can be linted at n and 2n.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DATA } from '../../src/lexicon/generated/lexicon.ts';

const NOTES_DIR = join(import.meta.dirname, '../fixtures/notes');
const FIXTURE_NOTES = readdirSync(NOTES_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => `${readFileSync(join(NOTES_DIR, f), 'utf8')}\n\n`)
  .join('');

/** Repeats `unit` (or calls it with the repetition index) until the text reaches `size` code units. */
export function repeatTo(size: number, unit: string | ((i: number) => string)): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = typeof unit === 'string' ? unit : unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}

export interface Family {
  name: string;
  build(size: number): string;
}

const unit = (name: string, text: string | ((i: number) => string)): Family => ({ name, build: (size) => repeatTo(size, text) });

export const FAMILIES: Family[] = [
  unit('digits', '0123456789'),
  unit('one number', '7'),
  unit('slashes', '/'),
  unit('spaces', ' '),
  unit('tabs and NBSP', '\t\u00a0'),
  unit('newlines', '\n'),
  unit('CRLF', '\r\n'),
  unit('dots', '.'),
  unit('hyphens', '-'),
  unit('4/5/4/5...', '4/5/'),
  unit('grades 4+/5', '4+/5 '),
  unit('1,2,3,...', (i) => `${i + 1},`),
  unit('decimals 3.1.2.3', '3.1.'),
  unit('((((', '('),
  unit('(((( then ))))', (i) => (i < 1e9 ? '(' : ')')),
  unit('ranges 3.5-5.0-', '3.5-5.0-'),
  unit('"no no no"', 'no '),
  unit('"denies denies"', 'denies '),
  unit('"no" before every finding', 'no weakness '),
  unit('"history of"', 'history of '),
  unit('"ruled out"', 'ruled out '),
  unit('"but"', 'but '),
  unit('question marks', '? '),
  unit('repeated section headers', 'Assessment:\n'),
  unit('repeated headers on one line', 'HPI: '),
  unit('"K K K K"', 'K '),
  unit('lab lines', 'K 3.1 (L) '),
  unit('lab with range', 'CK 1,200 U/L (ref 30-200) '),
  unit('lab aliases with comparators', 'Na <135 >= '),
  unit('"x 3 weeks x 3 weeks"', 'x 3 weeks '),
  unit('"x 3 x 3"', 'x 3 '),
  unit('"for for for"', 'for '),
  unit('"since" dates', 'since 1/2/2020 '),
  unit('ages', '72 yo F '),
  unit('"age 7"', 'age 7 '),
  unit('strength tests', 'grip 20/30 kg '),
  unit('codes', 'R53.1 M62.81 '),
  unit('code-like runs', 'R5'),
  unit('T-codes', 'T46.6X5A '),
  unit('letters, one word', 'a'),
  unit('single 100,000-char line', 'Pt feels weak x 3 weeks, strength 4/5, K 3.1 (L), R53.1, denies fever; '),
  unit('combining marks', 'e\u0301\u0302'),
  unit('emoji', '\ud83d\ude29'),
  unit('lone surrogates', '\ud800'),
  unit('non-ASCII digits', '\u0663\u0664'),
  // Many findings at once: rules and links that compare findings pairwise would go quadratic here.
  unit('cause links', 'weakness due to hypokalemia. '),
  unit('assessment code lists', 'Assessment: R53.1 M62.81 R54 G72.9 E87.6 T46.6X5A U09.9\n'),
  unit('mixed findings', 'weakness 4/5 K 3.1 (L) CK 1200 myopathy statin '),
  unit('family mentions', 'mother had weakness. '),
  unit('diagnosis lists', 'myasthenia gravis, hypothyroidism, ALS, stroke, CKD, anemia, COVID-19, '),
  unit('numbered problem list', '1. weakness\n2. fatigue\n3. '),
  unit('"physical therapy" without a full stop', 'physical therapy '),
  unit('"PT referral" without a full stop', 'PT referral '),
  unit('fixture notes back to back', FIXTURE_NOTES),
  // Per-finding lookups that walked every item of the note (or of one long sentence) for each finding.
  unit('IV fluids and additives in one sentence', 'LR KCl '),
  unit('sides and deficits in one sentence', 'left hemiparesis '),
  unit('section authors and findings', 'PT: weakness\n'),
  unit('note authors and findings', 'RD note\nweakness\n'),
  unit('conditional treatments in one sentence', 'KCl if '),
  // Lab series of many distinct values: results merged, ordered and compared per value.
  unit('creatinine series', (i) => `Cr ${(1 + i / 1000).toFixed(3)}\n`),
  unit('sodium series on one line', (i) => `Na ${(120 + i / 1000).toFixed(3)} `),
  unit('hemoglobin series', (i) => `Hgb ${(7 + i / 1000).toFixed(3)}\n`),
];

const L = LEXICON_DATA;
const unique = (items: Iterable<string>) => [...new Set(items)].filter((s) => s.trim().length > 0).sort();

/** Every phrase list the lexicon compiles into a matcher, by name. */
export const PHRASE_LISTS: Record<string, string[]> = {
  ...Object.fromEntries(L.findings.map((f) => [`${f.type} terms`, unique([...f.entries.flatMap((e) => e.terms), ...(f.pseudo ?? [])])])),
  'inflections': unique(Object.values(L.inflections).flat()),
  'diagnosis terms': unique([...L.diagnoses.diagnoses.flatMap((d) => d.terms), ...(L.diagnoses.pseudo ?? [])]),
  'analyte aliases': unique(L.labs.analytes.flatMap((a) => a.aliases)),
  'lab flags': unique(L.labs.flags.flatMap((f) => f.phrases)),
  'context triggers': unique(L.context.triggers.flatMap((t) => t.phrases)),
  'context pseudo-triggers': unique(L.context.pseudo),
  'context terminations': unique(L.context.terminations.flatMap((t) => t.phrases)),
  'companions': unique(L.context.companions ?? []),
  'section headers': unique(L.sections.sections.flatMap((s) => s.headers)),
  'abbreviations': unique(L.sections.abbreviations),
  'anatomy sites': unique(L.anatomy.sites.flatMap((s) => s.terms)),
  'laterality': unique(L.anatomy.laterality.flatMap((l) => l.phrases)),
  'strength phrases': unique([...L.anatomy.normalStrength, ...L.anatomy.reducedStrength, ...L.anatomy.strengthCues, ...L.anatomy.examCues]),
  'cues': unique([...L.cues.workupCues.flatMap((c) => c.phrases), ...L.cues.generalizedCues, ...L.cues.observationCues.flatMap((c) => c.phrases)]),
  'codes': unique(L.codes.map((c) => c.code)),
  'code titles': unique(L.codes.map((c) => c.title)),
};

/** A phrase list as two adversarial families: phrases run together with spaces, and one per line as headers. */
export const LEXICON_FAMILIES: Family[] = Object.entries(PHRASE_LISTS).flatMap(([name, phrases]) => [
  unit(`${name} (${phrases.length}) run together`, (i) => `${phrases[i % phrases.length]} `),
  unit(`${name} as lines`, (i) => `${phrases[i % phrases.length]}:\n`),
]);
