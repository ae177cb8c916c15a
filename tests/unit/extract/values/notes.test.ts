/** Whole notes: the seed's documentation examples and a note of our own with every value type. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../../src/engine/index.ts';
import type { Finding, FindingType } from '../../../../src/engine/types.ts';
import { findingsOf } from './helpers.ts';

const VALUE_TYPES = new Set(['strength-grade', 'strength-test', 'lab', 'duration', 'age', 'icd10-code', 'cpt-code']);
const values = (text: string) =>
  lint(text)
    .findings.filter((f) => VALUE_TYPES.has(f.type))
    .map((f: Finding) => [f.type, f.text, f.attributes]);

describe('seed 001 documentation examples', () => {
  it('neurology progress note: grades with regions, CK with its stated range, duration, codes', () => {
    const note =
      '**Subjective**: "Progressive difficulty climbing stairs x 3 months, no diurnal variation" **Objective**: Strength: 4/5 proximal arms/legs, 5/5 distal **Labs**: CK 1,200 U/L (Ref: 30-200) **EMG**: Myopathic motor units, no spontaneous activity **Assessment**: "Generalized muscle weakness (M62.81) secondary to idiopathic inflammatory myopathy (G72.4)"';
    expect(values(note)).toEqual([
      ['duration', 'x 3 months', { days: 90, progressive: true }],
      ['strength-grade', '4/5', { grade: 4, normal: false, sites: ['proximal', 'upper extremity', 'lower extremity'] }],
      ['strength-grade', '5/5', { grade: 5, normal: true, sites: ['distal'] }],
      ['lab', 'CK 1,200 U/L (Ref: 30-200)', { analyte: 'ck', value: 1200, unit: 'U/L', refLow: 30, refHigh: 200, refSource: 'note', flag: 'high', canonicalValue: 1200, canonicalUnit: 'U/L' }],
      ['icd10-code', 'M62.81', { code: 'M62.81', valid: true, known: true }],
      ['icd10-code', 'G72.4', { code: 'G72.4', valid: true, known: true }],
    ]);
  });

  it('good documentation: graded strength in all extremities, duration, CK', () => {
    const note = 'Generalized muscle weakness (4/5 strength in all extremities), persistent >2 weeks, CK elevated to 500 U/L.';
    expect(values(note)).toEqual([
      ['strength-grade', '4/5', { grade: 4, normal: false, sites: ['all extremities'] }],
      ['duration', '>2 weeks', { days: 14 }],
      ['lab', 'CK elevated to 500 U/L', { analyte: 'ck', value: 500, unit: 'U/L', refLow: 30, refHigh: 200, refSource: 'lexicon', flag: 'high', canonicalValue: 500, canonicalUnit: 'U/L' }],
    ]);
  });

  it('poor documentation: no value findings at all', () => {
    expect(values('Patient feels weak.')).toEqual([]);
  });
});

describe('a SOAP note with CRLF line ends and a lab table', () => {
  const note = [
    'S: 68 yo F with weakness for the past 6 weeks, worse climbing stairs.',
    'O: Motor: deltoids 4/5 bilaterally, hip flexors 4-/5 bilaterally, distal 5/5.',
    'Grip strength 14 kg (dominant hand). TUG 15 s.',
    'Labs:',
    'Test\tResult\tRange\tFlag',
    'Potassium\t3.1\t3.5-5.1\tL',
    'CK\t2,450\t30-200\tH',
    'TSH\t2.1\t0.4-4.5\t',
    'A: Muscle weakness (generalized) M62.81; hypokalemia E87.6.',
    'P: PT evaluation (CPT 97161). Recheck K in 1 week.',
  ].join('\r\n');
  const of = <T extends FindingType>(type: T) => findingsOf(note, type);

  it('finds every value with exact offsets', () => {
    for (const f of lint(note).findings) expect(note.slice(f.start, f.end)).toBe(f.text);
    expect(of('age').map((f) => f.attributes)).toEqual([{ years: 68 }]);
    expect(of('duration').map((f) => f.text)).toEqual(['for the past 6 weeks']);
    expect(of('strength-grade').map((f) => [f.text, f.attributes])).toEqual([
      ['4/5', { grade: 4, normal: false, sites: ['deltoids'], laterality: 'bilateral' }],
      ['4-/5', { grade: 4, modifier: '-', normal: false, sites: ['hip flexors'], laterality: 'bilateral' }],
      ['5/5', { grade: 5, normal: true, sites: ['distal'] }],
    ]);
    expect(of('strength-test').map((f) => f.attributes)).toEqual([
      { test: 'grip', value: 14, unit: 'kg', reduced: true },
      { test: 'timed-up-and-go', value: 15, unit: 's', reduced: true },
    ]);
    expect(of('lab').map((f) => [f.attributes.analyte, f.attributes.value, f.attributes.refSource, f.attributes.flag])).toEqual([
      ['potassium', 3.1, 'note', 'low'],
      ['ck', 2450, 'note', 'high'],
      ['tsh', 2.1, 'note', 'normal'],
    ]);
    expect(of('icd10-code').map((f) => f.attributes.code)).toEqual(['M62.81', 'E87.6']);
    expect(of('cpt-code').map((f) => f.attributes.code)).toEqual(['97161']);
  });
});
