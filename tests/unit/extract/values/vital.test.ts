import { describe, expect, it } from 'vitest';
import { lint } from '../../../../src/engine/index.ts';
import { compileLexicon } from '../../../../src/engine/lexicon.ts';
import type { FindingOf, VitalAttributes } from '../../../../src/engine/types.ts';
import { LEXICON_DATA } from '../../../../src/lexicon/generated/lexicon.ts';
import { affirmed, findingsOf } from './helpers.ts';

const vitals = (note: string) => findingsOf(note, 'vital');

const POSITIVE: { note: string; text: string; vital: VitalAttributes }[] = [
  { note: 'UOP 15 mL/h x 8 h overnight.', text: 'UOP 15 mL/h x 8 h', vital: { measure: 'urine-output', value: 15, unit: 'mL/h', hours: 8, mlPerHour: 15, time: 'overnight' } },
  { note: 'urine output 200 mL over 12 hours', text: 'urine output 200 mL over 12 hours', vital: { measure: 'urine-output', value: 200, unit: 'mL', hours: 12, mlPerHour: 16.666667 } },
  { note: 'UOP <0.5 mL/kg/h x 6h despite fluids', text: 'UOP <0.5 mL/kg/h x 6h', vital: { measure: 'urine-output', value: 0.5, unit: 'mL/kg/h', comparator: '<', hours: 6, mlPerKgPerHour: 0.5 } },
  { note: 'U/O 25cc/hr.', text: 'U/O 25cc/hr', vital: { measure: 'urine-output', value: 25, unit: 'mL/h', mlPerHour: 25 } },
  { note: '24h UOP 300 mL.', text: '24h UOP 300 mL', vital: { measure: 'urine-output', value: 300, unit: 'mL', hours: 24, mlPerHour: 12.5 } },
  { note: 'UOP over the last 24 hours: 1.2 L', text: 'UOP over the last 24 hours: 1.2 L', vital: { measure: 'urine-output', value: 1200, unit: 'mL', hours: 24, mlPerHour: 50 } },
  { note: 'Pt anuric x 14 h.', text: 'anuric x 14 h', vital: { measure: 'urine-output', value: 0, unit: 'mL', anuria: true, hours: 14 } },
  { note: 'wt 52.3 kg', text: 'wt 52.3 kg', vital: { measure: 'weight', value: 52.3, unit: 'kg' } },
  { note: 'Weight 115 lb.', text: 'Weight 115 lb', vital: { measure: 'weight', value: 52.16285, unit: 'kg' } },
  { note: 'Weight on admission: 70.4kg', text: 'Weight on admission: 70.4kg', vital: { measure: 'weight', value: 70.4, unit: 'kg', time: 'on admission' } },
  { note: 'BMI 17.8', text: 'BMI 17.8', vital: { measure: 'bmi', value: 17.8, unit: 'kg/m2' } },
  { note: 'Body mass index: 31.2 kg/m2 today', text: 'Body mass index: 31.2 kg/m2', vital: { measure: 'bmi', value: 31.2, unit: 'kg/m2', time: 'today' } },
  { note: 'HR 118, irregular', text: 'HR 118', vital: { measure: 'heart-rate', value: 118, unit: '/min' } },
  { note: 'Pulse 102 bpm.', text: 'Pulse 102 bpm', vital: { measure: 'heart-rate', value: 102, unit: '/min' } },
  { note: 'MAP 58 on levophed', text: 'MAP 58', vital: { measure: 'map', value: 58, unit: 'mmHg' } },
  { note: 'T 38.9', text: 'T 38.9', vital: { measure: 'temperature', value: 38.9, unit: 'C' } },
  { note: 'Tmax 101.3F', text: 'Tmax 101.3F', vital: { measure: 'temperature', value: 38.5, unit: 'C' } },
  { note: 'Temp 98.6', text: 'Temp 98.6', vital: { measure: 'temperature', value: 37, unit: 'C' } },
  { note: 'RR 24 unlabored', text: 'RR 24', vital: { measure: 'respiratory-rate', value: 24, unit: '/min' } },
  { note: 'SpO2 91% RA', text: 'SpO2 91%', vital: { measure: 'spo2', value: 91, unit: '%' } },
  { note: 'O2 sat 88-90% on 2L', text: 'O2 sat 88-90%', vital: { measure: 'spo2', value: 90, unit: '%', comparator: '<=' } },
  { note: 'POD 2 HR 110', text: 'HR 110', vital: { measure: 'heart-rate', value: 110, unit: '/min', time: 'POD 2' } },
];

describe('vital', () => {
  it.each(POSITIVE)('$note', ({ note, text, vital }) => {
    expect(vitals(note).map((f) => ({ text: f.text, vital: f.attributes }))).toEqual([{ text, vital }]);
  });

  it('reads height in feet and inches, centimetres and inches', () => {
    expect(vitals('Ht 5\'4"').map((f) => f.attributes)).toContainEqual({ measure: 'height', value: 162.56, unit: 'cm' });
    expect(vitals('Height 163 cm').map((f) => f.attributes)).toEqual([{ measure: 'height', value: 163, unit: 'cm' }]);
    expect(vitals('Height 5 ft 10 in').map((f) => f.attributes)).toEqual([{ measure: 'height', value: 177.8, unit: 'cm' }]);
    expect(vitals('Ht 64 in').map((f) => f.attributes)).toEqual([{ measure: 'height', value: 162.56, unit: 'cm' }]);
  });

  it('splits a blood pressure into a systolic and a diastolic value over the same words', () => {
    expect(vitals('BP 86/50 after 2 L').map((f) => [f.text, f.attributes])).toEqual([
      ['BP 86/50', { measure: 'systolic-bp', value: 86, unit: 'mmHg' }],
      ['BP 86/50', { measure: 'diastolic-bp', value: 50, unit: 'mmHg' }],
    ]);
  });

  it('reads a vital-sign line', () => {
    const found = vitals('VS: T 37.1 HR 96 BP 132/78 RR 18 SpO2 97% RA, Wt 80 kg');
    expect(found.map((f) => [f.attributes.measure, f.attributes.value])).toEqual([
      ['temperature', 37.1], ['heart-rate', 96], ['systolic-bp', 132], ['diastolic-bp', 78], ['respiratory-rate', 18], ['spo2', 97], ['weight', 80],
    ]);
  });

  it('gives urine output per kg only with a weight written in the note', () => {
    expect(vitals('UOP 20 mL/h x 6 h.')[0]?.attributes.mlPerKgPerHour).toBeUndefined();
    const withWeight = vitals('Admission weight 80 kg. UOP 20 mL/h x 6 h.').find((f) => f.attributes.measure === 'urine-output');
    expect(withWeight?.attributes).toMatchObject({ mlPerHour: 20, mlPerKgPerHour: 0.25, hours: 6 });
    const volume = vitals('Wt 50 kg. Urine output 90 mL over 6 hours.').find((f) => f.attributes.measure === 'urine-output');
    expect(volume?.attributes).toMatchObject({ mlPerHour: 15, mlPerKgPerHour: 0.3 });
  });

  describe('BMI computed only from a weight and a height of one date', () => {
    it('computes it when the note states none', () => {
      const bmi = vitals('Wt 52.3 kg, Ht 163 cm.').find((f) => f.attributes.measure === 'bmi');
      expect(bmi?.attributes).toEqual({ measure: 'bmi', value: 19.7, unit: 'kg/m2', computed: true });
      expect(bmi?.text).toBe('Wt 52.3 kg, Ht 163 cm');
    });

    it.each([
      ['a stated BMI wins', 'Wt 52.3 kg, Ht 163 cm, BMI 19.9.', [19.9]],
      ['weight and height of different dates', 'Weight 60 kg on admission. Height 170 cm on 3/1/2026.', []],
      ['two different weights of one date', 'Wt 60 kg. Ht 170 cm. Wt 58 kg.', []],
      ['a weight alone', 'Wt 60 kg.', []],
    ])('not when %s', (_why, note, values) => {
      expect(vitals(note).filter((f) => f.attributes.measure === 'bmi').map((f) => f.attributes.value)).toEqual(values);
    });
  });

  it.each([
    'Ideal body weight 62 kg.',
    'Usual weight 70 kg.',
    'Weight bearing as tolerated x 6 weeks.',
    'Pulses 2+ bilaterally.',
    'Sat in the chair 45 minutes.',
    'Strength T 4/5.',
    'Weight 62.',
    'T2DM on metformin 500 mg.',
    'HR goal < 110.',
    'Daily weights.',
  ])('no vital in: %s', (note) => {
    expect(vitals(note).map((f) => f.text)).toEqual([]);
  });

  it.each([
    ['normal values stay findings', 'BMI 24. UOP 60 mL/h.', 'BMI 24', []],
    ['negated', 'Patient is not anuric.', 'anuric', ['negated']],
    ['historical', 'Weight 90 kg last year, now 70 kg.', 'Weight 90 kg', ['historical']],
    ['family', 'Mother has a BMI 41.', 'BMI 41', ['family']],
    ['hypothetical', 'Call if UOP < 30 mL/h.', 'UOP < 30 mL/h', ['hypothetical']],
  ])('assertion: %s', (_why, note, text, flags) => {
    const f = vitals(note).find((v) => v.text === text);
    expect(f).toBeDefined();
    const set = Object.entries(f!.assertion).filter(([k, v]) => v && k !== 'chronic').map(([k]) => k);
    expect(set).toEqual(flags);
    expect(affirmed(f!)).toBe(flags.length === 0);
  });
});

describe('vital assertion is bound to its clause', () => {
  it('a negation before a comma does not reach the value', () => {
    const [hr] = vitals('Denies chest pain, HR 118.');
    expect(hr?.assertion.negated).toBe(false);
  });
});

describe('a number without a unit is read by the ranges of lexicon/findings/vital.yaml vital.unitless', () => {
  type Unitless = NonNullable<NonNullable<(typeof LEXICON_DATA.findings)[number]['vital']>['unitless']>;
  const withUnitless = (unitless: Unitless) =>
    compileLexicon({ ...LEXICON_DATA, findings: LEXICON_DATA.findings.map((f) => (f.vital ? { ...f, vital: { ...f.vital, unitless } } : f)) });
  const read = (note: string, unitless?: Unitless) =>
    (lint(note, {}, unitless ? withUnitless(unitless) : undefined).findings.filter((f) => f.type === 'vital') as FindingOf<'vital'>[]).map((f) => [
      f.attributes.measure,
      f.attributes.value,
      f.attributes.unit,
      affirmed(f),
    ]);
  it.each<[note: string, found: [string, number, string, boolean][]]>([
    // height: centimetres from 120 to 230
    ['Ht 120', [['height', 120, 'cm', true]]],
    ['Ht 230', [['height', 230, 'cm', true]]],
    ['Ht 119', []],
    ['Ht 231', []],
    // temperature: Celsius from 25 to 46, Fahrenheit from 77 to 115
    ['T 46', [['temperature', 46, 'C', true]]],
    ['T 47', []],
    ['T 77', [['temperature', 25, 'C', true]]],
    ['T 76', []],
    ['Temp 114', [['temperature', 45.555556, 'C', true]]],
    ['Temp 116', []],
    // 115 F is in the Fahrenheit range but, at 46.1 C, above the temperature term's own bound (max 46)
    ['Temp 115', []],
    // a unit written wins over the ranges
    ['Ht 64 in', [['height', 162.56, 'cm', true]]],
    // weight and urine output are never read without a unit
    ['Wt 70', []],
    ['UOP 30', []],
    // negated and hypothetical values keep their reading and their assertion
    ['Call if T 38.5 or higher.', [['temperature', 38.5, 'C', false]]],
  ])('%s -> %j', (note, found) => {
    expect(read(note)).toEqual(found);
  });

  it('reads other ranges and units from the data', () => {
    const rows: Unitless = [
      { measure: 'height', unit: 'cm', min: 100, max: 200 },
      { measure: 'temperature', unit: 'F', min: 90, max: 110 },
    ];
    expect(read('Ht 110', rows)).toEqual([['height', 110, 'cm', true]]);
    expect(read('Ht 210', rows)).toEqual([]);
    expect(read('T 98.6', rows)).toEqual([['temperature', 37, 'C', true]]);
    expect(read('T 37.2', rows)).toEqual([]);
    // no row for heart rate: only "HR 88 bpm" is read
    expect(read('HR 88', rows)).toEqual([]);
    expect(read('HR 88 bpm', rows)).toEqual([['heart-rate', 88, '/min', true]]);
  });

  it('a row whose unit is not of its measure reads nothing', () => {
    expect(read('HR 88', [{ measure: 'heart-rate', unit: 'cm' }])).toEqual([]);
  });

  it('every shipped row reads its unit in a dimension of its measure', () => {
    const unitless = LEXICON_DATA.findings.find((f) => f.vital)!.vital!.unitless;
    expect(unitless.map((row) => `${row.measure} ${row.unit}`)).toEqual([
      'height cm', 'temperature C', 'temperature F', 'bmi kg/m2', 'heart-rate /min', 'systolic-bp mmHg', 'diastolic-bp mmHg', 'map mmHg', 'respiratory-rate /min', 'spo2 %',
    ]);
  });
});
