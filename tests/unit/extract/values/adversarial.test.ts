/**
 * Inputs built to make value parsers backtrack or loop: long runs of digits, slashes, grades,
 * separators and introducer words. Each must parse without an exception and with valid offsets
 * (speed is measured by the benchmark, not here).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/engine/analyze.ts';
import { VALUE_EXTRACTORS } from '../../../../src/engine/extract/values/index.ts';
import { defaultLexicon } from '../../../../src/engine/lexicon.ts';

const SIZE = 100_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const INPUTS: [string, string][] = [
  ['digits', repeat('1')],
  ['spaced digits', repeat('1 ')],
  ['thousands groups', repeat('1,')],
  ['slashes', repeat('/')],
  ['grades', repeat('4/5 ')],
  ['fused grades', repeat('4/5')],
  ['dates', repeat('4/5/2024 ')],
  ['spaces after an alias', `K${' '.repeat(SIZE)}3.1`],
  ['tabs after an alias', `Potassium${'\t'.repeat(SIZE)}3.1`],
  ['aliases', repeat('K ')],
  ['table bars', repeat('K | ')],
  ['open parentheses', repeat('K 3.1 (((( ')],
  ['ranges', repeat('3.5-5.1 ')],
  ['introducers', repeat('for the past ')],
  ['x', repeat('x ')],
  ['since', repeat('since ')],
  ['age words', repeat('age ')],
  ['codes', repeat('R53.1 ')],
  ['code letters', repeat('R53')],
  ['cpt', repeat('CPT 99214 ')],
  ['strength words', repeat('strength ')],
  ['site words', repeat('hip flexors ')],
  ['sites between grades', `4/5 ${repeat('hip flexors and ')} 4/5`],
  ['phrases and grades', repeat('strength intact 4/5 ')],
  ['lab words', repeat('low potassium elevated CK ')],
  // a grade read as part of a row label (found by the property test: "mrc: 0/5 0/5 " threw)
  ['a grade in a row label', 'mrc: 0/5 0/5 '],
  ['grades in row labels', repeat('mrc: 0/5 0/5 ')],
  // clocks and dates around lab values, earlier weights in parentheses, shares in words
  ['clocks', repeat('Hgb 12.4 (06:00), ')],
  ['clocks after at', repeat('K 5.9 at 0400 -> ')],
  ['dates before values', repeat('Cr (3/4) 1.1, ')],
  ['earlier weights', repeat('Wt 54 kg (63 kg ')],
  ['shares in words', repeat('eating about half of ')],
];

describe('value parsers on adversarial input', () => {
  const lex = defaultLexicon();
  it.each(INPUTS)('%s', (_name, text) => {
    const doc = analyze(text, lex);
    const invalid = VALUE_EXTRACTORS.flatMap((extract) => extract(doc, lex, {})).filter(
      (c) => !(c.start >= 0 && c.end > c.start && c.end <= text.length && c.firstToken < c.endToken),
    );
    expect(invalid).toEqual([]);
  });
});
