import { describe, expect, it } from 'vitest';
import { fill } from '../../bench/corpus/fill.ts';
import { generateCorpus, generateMegabyteNote, generateNote, MEGABYTE } from '../../bench/corpus/generate.ts';
import { SIZE_CLASSES, sizeClassOf } from '../../bench/corpus/size-classes.ts';
import { createRng } from '../../bench/prng.ts';

describe('createRng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });
  it('keeps int() inside its bounds and reaches both ends', () => {
    const rng = createRng(7);
    const seen = new Set(Array.from({ length: 2_000 }, () => rng.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('samples distinct items, never more than it has', () => {
    const rng = createRng(9);
    const sample = rng.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(rng.sample(['a', 'b'], 5)).toHaveLength(2);
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});

describe('fill', () => {
  const rng = createRng(1);
  const cases: { template: string; expected: RegExp }[] = [
    { template: '{He} is {age}.', expected: /^She is 70\.$/ },
    { template: '[left|right] arm', expected: /^(left|right) arm$/ },
    { template: '[with {his} cane|alone]', expected: /^(with her cane|alone)$/ },
    { template: 'grade {grade}', expected: /^grade 4\/5$/ },
    { template: 'brackets without a choice [sic] stay', expected: /^brackets without a choice \[sic\] stay$/ },
  ];
  it.each(cases)('$template', ({ template, expected }) => {
    expect(fill(template, { He: 'She', his: 'her', age: '70', grade: () => '4/5' }, rng)).toMatch(expected);
  });
  it('names an undefined variable', () => {
    expect(() => fill('{nope}', {}, rng)).toThrow(/\{nope\}/);
  });
});

describe('generated corpus', () => {
  const corpus = generateCorpus();

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateCorpus().map((n) => n.text)).toEqual(corpus.map((n) => n.text));
    expect(generateNote(1, 3_000)).toBe(generateNote(1, 3_000));
    expect(generateNote(2, 3_000)).not.toBe(generateNote(1, 3_000));
  });

  it.each(SIZE_CLASSES.map((c) => [c.id, c] as const))('class %s has its count of notes near its size', (id, sizeClass) => {
    const notes = corpus.filter((n) => n.sizeClass === id);
    expect(notes).toHaveLength(sizeClass.count);
    for (const note of notes) {
      expect(note.text.length).toBeGreaterThanOrEqual(sizeClass.target);
      expect(note.text.length).toBeLessThan(sizeClass.target * 1.25);
      expect(sizeClassOf(note.text.length)?.id).toBe(id);
    }
  });

  it('reads like a note: sections, strength grades, labs, ICD-10 codes, negations', () => {
    const all = corpus.filter((n) => n.sizeClass !== '0.5k').map((n) => n.text).join('\n');
    for (const pattern of [/HISTORY OF PRESENT ILLNESS:|History of Present Illness:|HPI:/, /\b[0-5][+-]?\/5\b/, /Potassium|CK|TSH|Hemoglobin/, /\b[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?\b/, /\b(?:denies|Denies|Negative for|No)\b/, /PROGRESS NOTE, HOSPITAL DAY \d+/]) {
      expect(all).toMatch(pattern);
    }
    for (const note of corpus.filter((n) => n.sizeClass === '0.5k')) expect(note.text).toMatch(/\([A-Z]\d{2}[.\dA-Z]*\)/);
  });

  it('leaves no template slot unfilled', () => {
    for (const note of corpus) expect(note.text).not.toMatch(/\{\w+\}|\[[^\n\]|]*\|[^\n\]]*\]/);
  });

  it('has some CRLF notes and some LF notes', () => {
    const crlf = corpus.filter((n) => n.text.includes('\r\n')).length;
    expect(crlf).toBeGreaterThan(0);
    expect(crlf).toBeLessThan(corpus.length / 4);
  });

  it('makes a 1 MiB note', () => {
    const note = generateMegabyteNote();
    expect(note.length).toBeGreaterThanOrEqual(MEGABYTE);
    expect(note.length).toBeLessThan(MEGABYTE + 5_000);
  });
});

describe('sizeClassOf', () => {
  const cases: [number, string | null][] = [
    [1, '0.5k'],
    [1_500, '0.5k'],
    [1_501, '3k'],
    [6_001, '10k'],
    [300_000, '100k'],
    [300_001, null],
  ];
  it.each(cases)('%i chars -> %s', (length, id) => {
    expect(sizeClassOf(length)?.id ?? null).toBe(id);
  });
});
