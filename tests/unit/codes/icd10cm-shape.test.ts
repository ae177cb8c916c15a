// The one ICD-10-CM shape module: codes, families, ranges, normalisation and coverage, with the
// inputs the old copies disagreed on (RR3.1 passed the CLI, lower case passed the schema's families).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  icd10cmCodesInText,
  icd10cmCovers,
  isIcd10cmCode,
  isIcd10cmCodeOrFamily,
  isIcd10cmFamily,
  isIcd10cmRange,
  namesIcd10cmCode,
  normalizeIcd10cm,
  normalizeIcd10cmRange,
  writtenIcd10cmCodeAt,
} from '../../../src/codes/icd10cm.ts';
import { tokenize } from '../../../src/text/tokens.ts';

describe('isIcd10cmCode (canonical form)', () => {
  it.each([
    ['R53', 'category'],
    ['R53.1', 'subcategory'],
    ['M62.81', 'five characters'],
    ['G35.A', 'letter after the dot'],
    ['C4A.0', 'letter in the category (Merkel cell carcinoma)'],
    ['M1A.00X0', '7th character with a placeholder'],
    ['T79.6XXA', '7th character A with placeholders'],
    ['S72.001A', '7th character without placeholder'],
    ['M62.8111', 'well shaped though not in the tabular: existence is the lexicon\'s question'],
    ['U09.9', 'chapter 22 where it is allowed (the default)'],
  ])('accepts %s (%s)', (code) => {
    expect(isIcd10cmCode(code)).toBe(true);
  });

  it.each([
    ['RR3.1', 'letter in second place'],
    ['1234', 'no letter'],
    ['62.81', 'no letter'],
    ['R53.', 'dot without characters'],
    ['R5', 'too short'],
    ['M62.81111', 'five characters after the dot'],
    ['m62.81', 'lower case'],
    ['M6281', 'no dot: not canonical'],
    [' M62.81', 'leading space'],
    ['M62.81 ', 'trailing space'],
    ['M62 .81', 'inner space'],
    ['M62..81', 'two dots'],
    ['M62.81;', 'trailing punctuation'],
    ['G72.-', 'a family is not a code'],
    ['E40-E46', 'a range is not a code'],
    ['', 'empty'],
    ['<b>R53.1</b>', 'markup'],
  ])('rejects %j (%s)', (code) => {
    expect(isIcd10cmCode(code)).toBe(false);
  });

  it('U codes only where chapter 22 is allowed', () => {
    expect(isIcd10cmCode('U09.9', { chapter22: true })).toBe(true);
    expect(isIcd10cmCode('U09.9', { chapter22: false })).toBe(false);
    expect(isIcd10cmCode('U07.1', { chapter22: false })).toBe(false);
    // Every other letter is unaffected by the switch.
    expect(isIcd10cmCode('T79.6XXA', { chapter22: false })).toBe(true);
    expect(isIcd10cmCode('V00.01XA', { chapter22: false })).toBe(true);
  });
});

describe('isIcd10cmFamily', () => {
  it.each(['G72.-', 'M79.1-', 'G82.5-', 'G20.A-', 'E08.-'])('accepts %s', (f) => {
    expect(isIcd10cmFamily(f)).toBe(true);
    expect(isIcd10cmCodeOrFamily(f)).toBe(true);
  });

  it.each([
    ['G72', 'a code, not a family'],
    ['G72-', 'dash without dot'],
    ['G72.', 'dot without dash'],
    ['g72.-', 'lower case'],
    ['G72.--', 'two dashes'],
    ['M79.1234-', 'nothing lies below a 7-character code'],
    ['RR3.-', 'not a category'],
    ['G72.\u2013', 'en dash'],
  ])('rejects %j (%s)', (f) => {
    expect(isIcd10cmFamily(f)).toBe(false);
  });

  it('U families only where chapter 22 is allowed', () => {
    expect(isIcd10cmFamily('U09.-')).toBe(true);
    expect(isIcd10cmFamily('U09.-', { chapter22: false })).toBe(false);
    expect(isIcd10cmCodeOrFamily('U09.9', { chapter22: false })).toBe(false);
  });
});

describe('isIcd10cmRange', () => {
  it.each(['E40-E46', 'G70.80-G70.81', 'T36-T50', 'A00-B99', 'R53-R54', 'E40-E40'])('accepts %s', (r) => {
    expect(isIcd10cmRange(r)).toBe(true);
  });

  it.each([
    ['E46-E40', 'backwards'],
    ['E40\u2013E46', 'en dash: not canonical'],
    ['E40 - E46', 'spaces'],
    ['E40-', 'one end'],
    ['E40-E46-E50', 'three ends'],
    ['e40-e46', 'lower case'],
    ['E40-RR3.1', 'an end that is not a code'],
    ['E40', 'a code'],
    ['G72.-', 'a family'],
  ])('rejects %j (%s)', (r) => {
    expect(isIcd10cmRange(r)).toBe(false);
  });

  it('U ranges only where chapter 22 is allowed', () => {
    expect(isIcd10cmRange('U00-U85')).toBe(true);
    expect(isIcd10cmRange('U00-U85', { chapter22: false })).toBe(false);
  });
});

describe('normalizeIcd10cm (what users type)', () => {
  it.each([
    ['M62.81', 'M62.81'],
    ['m6281', 'M62.81'],
    [' M62.81 ', 'M62.81'],
    ['\tr53.1\u00a0', 'R53.1'],
    ['R531', 'R53.1'],
    ['r53', 'R53'],
    ['G72', 'G72'],
    ['U099', 'U09.9'],
    ['t796xxa', 'T79.6XXA'],
    ['S72.001A', 'S72.001A'],
    ['c4a0', 'C4A.0'],
    ['G72 .41', 'G72.41'],
    ['M62 81', 'M62.81'],
  ])('%j -> %s', (input, code) => {
    expect(normalizeIcd10cm(input)).toBe(code);
  });

  it.each([
    ['RR3.1', 'letter in second place (the CLI used to accept it)'],
    ['1234', 'no letter'],
    ['R53.', 'dot without characters'],
    ['M62.81111', 'too long'],
    ['M6281111', 'too long without the dot'],
    ['M62..81', 'two dots'],
    ['.M6281', 'leading dot'],
    ['M62.81;', 'trailing punctuation'],
    ['G72.-', 'a family'],
    ['E40-E46', 'a range'],
    ['', 'empty'],
    ['   ', 'blank'],
  ])('rejects %j (%s)', (input) => {
    expect(normalizeIcd10cm(input)).toBeNull();
  });

  it('u099 only where chapter 22 is allowed', () => {
    expect(normalizeIcd10cm('u099')).toBe('U09.9');
    expect(normalizeIcd10cm('u099', { chapter22: false })).toBeNull();
  });
});

describe('normalizeIcd10cmRange', () => {
  it.each([
    ['E40-E46', 'E40-E46'],
    ['e40 \u2013 e46', 'E40-E46'],
    ['G70.80\u2014G70.81', 'G70.80-G70.81'],
    ['G7080-G7081', 'G70.80-G70.81'],
  ])('%j -> %s', (input, range) => {
    expect(normalizeIcd10cmRange(input)).toBe(range);
  });

  it.each(['E46-E40', 'E40', 'E40-', 'E40 to E46', 'RR3-E46', 'E40-E46-E50', 'E40--E46'])('rejects %j', (input) => {
    expect(normalizeIcd10cmRange(input)).toBeNull();
  });
});

describe('icd10cmCovers', () => {
  it.each([
    ['G72.-', 'G72.81', true],
    ['G72.-', 'G72', true],
    ['G72', 'G72.0', true],
    ['M79.1-', 'M79.11', true],
    ['M79.1-', 'M79.1', true],
    ['M62.84', 'M62.84', true],
    ['E40-E46', 'E40', true],
    ['E40-E46', 'E44.1', true],
    ['E40-E46', 'E46', true],
    ['G70.80-G70.81', 'G70.81', true],
    ['T36-T50', 'T42.4X5A', true],
    ['A00-B99', 'B37.49', true],
    ['G72.-', 'G72.8-', true],
    ['D51.-', 'D51.-', true],
    ['E40-E46', 'E44.-', true],
    // negative rows
    ['G72.8-', 'G72.-', false],
    ['E40-E46', 'E4A.-', false],
    ['G72.-', 'G73.1', false],
    ['M79.1-', 'M79.2', false],
    ['M62.84', 'M62.81', false],
    ['M62.81', 'M62.8', false],
    ['E40-E46', 'E39', false],
    ['E40-E46', 'E47', false],
    ['E40-E46', 'E4', false],
    ['G70.80-G70.81', 'G70.8', false],
    ['G70.80-G70.81', 'G70.89', false],
    ['E40\u2013E46', 'E44', false],
    ['G72.-', 'g72.81', false],
    ['G72.-', 'G72X', false],
    ['RR3.1', 'RR3.1', false],
  ])('%s covers %s: %s', (ref, code, covered) => {
    expect(icd10cmCovers(ref, code)).toBe(covered);
  });
});

describe('icd10cmCodesInText (codes an EHR prints beside the note)', () => {
  it.each<[string, string[]]>([
    ['R53.1 | M62.81 | E87.6', ['R53.1', 'M62.81', 'E87.6']],
    ['Dx: N18.4, D63.1; I12.9 (primary)', ['N18.4', 'D63.1', 'I12.9']],
    ['S72.001A right femoral neck', ['S72.001A']],
    ['C4A.9 and U09.9', ['C4A.9', 'U09.9']],
    // not codes: words, versions, lower case, longer runs
    ['COVID19 screen', []],
    ['build V2.10.3', []],
    ['r53.1 typed in lower case', []],
    ['M62.81111', []],
    ['ABC1.2', []],
  ])('%s', (text, codes) => {
    expect(icd10cmCodesInText(text)).toEqual(codes);
  });
});

describe('writtenIcd10cmCodeAt (a code written in a note, over its tokens)', () => {
  /** [text, the form read at its first token, the tokens it spans]; null: no code there. */
  it.each<[string, 'category' | 'dotted' | 'undotted' | null, number]>([
    ['R53.1', 'dotted', 3],
    ['M62.81 muscle weakness', 'dotted', 3],
    ['G35.A', 'dotted', 3],
    ['T46.6X5A', 'dotted', 3],
    ['c4a.0', 'dotted', 3],
    // read whole, so the codes extractor can report it invalid
    ['M62.81111', 'dotted', 3],
    ['R53', 'category', 1],
    ['R53 - frailty', 'category', 1],
    ['R531', 'undotted', 1],
    ['m6281', 'undotted', 1],
    // the dot does not join what is not glued to it, nor more than seven characters
    ['R53. 1', 'category', 1],
    ['R53 .1', 'category', 1],
    ['R53.', 'category', 1],
    ['R53.12345678', 'category', 1],
    ['R53.-', 'category', 1],
    // negative rows: not a code's shape
    ['RR3.1', null, 0],
    ['53.1', null, 0],
    ['R5', null, 0],
    ['M6281111', null, 0],
    ['weakness', null, 0],
    ['1R53', null, 0],
    ['.', null, 0],
  ])('%j -> %s', (text, form, tokens) => {
    const code = writtenIcd10cmCodeAt(tokenize(text), 0);
    expect(code && { form: code.form, end: code.end }).toEqual(form === null ? null : { form, end: tokens });
  });

  it('does not read past the end it is given (the sentence end)', () => {
    const tokens = tokenize('R53.1');
    expect(writtenIcd10cmCodeAt(tokens, 0, 2)).toEqual({ form: 'category', end: 1 });
    expect(writtenIcd10cmCodeAt(tokens, 0, 3)).toEqual({ form: 'dotted', end: 3 });
  });
});

describe('namesIcd10cmCode (a query answer that names a code)', () => {
  it.each<[string, boolean]>([
    ['E87.6 Hypokalemia (please specify)', true],
    ['Hypokalemia (E87.6)', true],
    ['R531', true],
    ['T79.6XXA', true],
    // negative rows
    ['Hypokalemia', false],
    ['B12 deficiency anemia', false],
    ['e87.6 typed in lower case', false],
    ['U09.9 post COVID-19 condition', false],
    ['Potassium 2.9 on 4/5', false],
  ])('%j -> %s', (text, named) => {
    expect(namesIcd10cmCode(text)).toBe(named);
  });
});

/**
 * A pattern of the code shape in source text: one letter, written as a class of letters in any case
 * ("[A-Z]", "[a-z]", "[A-TV-Z]", "[A-Za-z]"), then a digit ("\d", "[0-9]", "[\dA-Z]"), in a regex
 * literal or, with doubled backslashes, in a string for `new RegExp`.
 */
const CODE_SHAPE_PATTERN = /\[(?:[A-Za-z](?:-[A-Za-z])?)+\](?:\{1\})?(?:\\{1,2}d|\\{1,2}p\{N|\[(?:0-9|\\{1,2}d))/;

describe('the scanner for copies of the code shape', () => {
  it.each([
    String.raw`const CATEGORY_RE = /^[a-z]\d\d$/i;`,
    String.raw`const HEAD = /[a-tv-z][0-9]{2}/i;`,
    String.raw`const CODE_HEAD = /^[a-z]\d[\da-z]$/;`,
    String.raw`const CODE_SHAPE = /\b[A-TV-Z]\d[\dA-Z](?:\.[\dA-Z]{1,4})?\b/;`,
    String.raw`const CODE_RE = /^[A-Z]\d[0-9A-Z]$/;`,
    String.raw`const ANY_CASE = /[A-Za-z]\d{2}/;`,
    String.raw`const ONE = /[a-z]{1}[0-9]/;`,
    String.raw`const BODY = '[A-Z]\\d[0-9A-Z]';`,
    String.raw`const BODY = new RegExp('^[a-z]\\d[0-9a-z]$');`,
  ])('flags %s', (source) => {
    expect(source).toMatch(CODE_SHAPE_PATTERN);
  });

  it.each([
    [String.raw`/^\d{1,2}:\d{2}$/`, 'a time'],
    [String.raw`/\b(\d{1,2}):(\d{2})\s*([ap]m)?\b/i`, 'a time with am/pm'],
    [String.raw`/^\d{1,2}\/\d{1,2}\/\d{2,4}$/`, 'a date'],
    [String.raw`/\b[0-5][+-]?\/5\b/`, 'a strength grade (4/5)'],
    [String.raw`/^[0-5]\/5$/`, 'a strength grade'],
    [String.raw`/^t\d\d\.\d[cf]$/i`, 'a temperature (a literal letter, not a class)'],
    [String.raw`/^[a-z]+\d+$/`, 'a word, then a number'],
    [String.raw`/^[\da-z]{1,7}$/`, 'letters or digits'],
    [String.raw`/[a-z]-\d/`, 'a letter, a hyphen, a digit'],
    [String.raw`/^(?:\d{5}|\d{4}[FT])$/i`, 'a CPT code'],
  ])('does not flag %s (%s)', (source) => {
    expect(source).not.toMatch(CODE_SHAPE_PATTERN);
  });
});

describe('the code shape is written once', () => {
  const ROOT = resolve(import.meta.dirname, '../../..');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (e.name === 'generated' ? [] : files(join(dir, e.name))) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  it('no module but src/codes/icd10cm.ts holds a pattern of the code shape, in any case', () => {
    const copies = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'entrypoints'))]
      .map((f) => relative(ROOT, f))
      .filter((f) => f !== 'src/codes/icd10cm.ts' && CODE_SHAPE_PATTERN.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(copies).toEqual([]);
  });

  it('src/codes/icd10cm.ts itself is seen by the scanner (the scan reads what it should)', () => {
    expect(readFileSync(join(ROOT, 'src/codes/icd10cm.ts'), 'utf8')).toMatch(CODE_SHAPE_PATTERN);
  });
});
