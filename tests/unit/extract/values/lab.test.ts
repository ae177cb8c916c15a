import { describe, expect, it } from 'vitest';
import type { LabAttributes } from '../../../../src/engine/types.ts';
import { affirmed, findingsOf } from './helpers.ts';

const POSITIVE: { note: string; text: string; lab: LabAttributes }[] = [
  {
    note: 'CK 1,200 U/L (Ref: 30-200)',
    text: 'CK 1,200 U/L (Ref: 30-200)',
    lab: { analyte: 'ck', value: 1200, unit: 'U/L', refLow: 30, refHigh: 200, refSource: 'note', flag: 'high', canonicalValue: 1200, canonicalUnit: 'U/L' },
  },
  { note: 'CPK 500', text: 'CPK 500', lab: { analyte: 'ck', value: 500, refLow: 30, refHigh: 200, refSource: 'lexicon', flag: 'high', canonicalValue: 500, canonicalUnit: 'U/L' } },
  {
    note: 'Creatine kinase elevated to 500 U/L.',
    text: 'Creatine kinase elevated to 500 U/L',
    lab: { analyte: 'ck', value: 500, unit: 'U/L', refLow: 30, refHigh: 200, refSource: 'lexicon', flag: 'high', canonicalValue: 500, canonicalUnit: 'U/L' },
  },
  { note: 'K 3.1', text: 'K 3.1', lab: { analyte: 'potassium', value: 3.1, refLow: 3.5, refHigh: 5.1, refSource: 'lexicon', flag: 'low', canonicalValue: 3.1, canonicalUnit: 'mmol/L' } },
  {
    note: 'potassium 3.1 mEq/L (L)',
    text: 'potassium 3.1 mEq/L (L)',
    lab: { analyte: 'potassium', value: 3.1, unit: 'mEq/L', refLow: 3.5, refHigh: 5.1, refSource: 'lexicon', flag: 'low', canonicalValue: 3.1, canonicalUnit: 'mmol/L' },
  },
  {
    note: 'Na 128 mmol/L',
    text: 'Na 128 mmol/L',
    lab: { analyte: 'sodium', value: 128, unit: 'mmol/L', refLow: 135, refHigh: 145, refSource: 'lexicon', flag: 'low', canonicalValue: 128, canonicalUnit: 'mmol/L' },
  },
  {
    note: 'TSH 8.2 mIU/L',
    text: 'TSH 8.2 mIU/L',
    lab: { analyte: 'tsh', value: 8.2, unit: 'mIU/L', refLow: 0.4, refHigh: 4.5, refSource: 'lexicon', flag: 'high', canonicalValue: 8.2, canonicalUnit: 'mIU/L' },
  },
  { note: 'free T4 0.6', text: 'free T4 0.6', lab: { analyte: 'free-t4', value: 0.6, refLow: 0.8, refHigh: 1.8, refSource: 'lexicon', flag: 'low', canonicalValue: 0.6, canonicalUnit: 'ng/dL' } },
  {
    note: 'Hgb 9.8 g/dL',
    text: 'Hgb 9.8 g/dL',
    lab: { analyte: 'hemoglobin', value: 9.8, unit: 'g/dL', refLow: 12, refHigh: 17.5, refSource: 'lexicon', flag: 'low', canonicalValue: 9.8, canonicalUnit: 'g/dL' },
  },
  { note: 'ferritin 8', text: 'ferritin 8', lab: { analyte: 'ferritin', value: 8, refLow: 15, refHigh: 300, refSource: 'lexicon', flag: 'low', canonicalValue: 8, canonicalUnit: 'ng/mL' } },
  {
    note: 'B12 150 pg/mL',
    text: 'B12 150 pg/mL',
    lab: { analyte: 'b12', value: 150, unit: 'pg/mL', refLow: 200, refHigh: 900, refSource: 'lexicon', flag: 'low', canonicalValue: 150, canonicalUnit: 'pg/mL' },
  },
  {
    note: '25-OH vitamin D 14 ng/mL',
    text: '25-OH vitamin D 14 ng/mL',
    lab: { analyte: 'vitamin-d', value: 14, unit: 'ng/mL', refLow: 30, refHigh: 100, refSource: 'lexicon', flag: 'low', canonicalValue: 14, canonicalUnit: 'ng/mL' },
  },
  { note: 'K 3.1 L', text: 'K 3.1 L', lab: { analyte: 'potassium', value: 3.1, refLow: 3.5, refHigh: 5.1, refSource: 'lexicon', flag: 'low', canonicalValue: 3.1, canonicalUnit: 'mmol/L' } },
  {
    note: 'Na: 128 (135-145)',
    text: 'Na: 128 (135-145)',
    lab: { analyte: 'sodium', value: 128, refLow: 135, refHigh: 145, refSource: 'note', flag: 'low', canonicalValue: 128, canonicalUnit: 'mmol/L' },
  },
  {
    note: 'Potassium | 3.1 | 3.5-5.1 | L',
    text: 'Potassium | 3.1 | 3.5-5.1 | L',
    lab: { analyte: 'potassium', value: 3.1, refLow: 3.5, refHigh: 5.1, refSource: 'note', flag: 'low', canonicalValue: 3.1, canonicalUnit: 'mmol/L' },
  },
  {
    note: 'Potassium\t3.1\tmmol/L\t3.5-5.1\tL',
    text: 'Potassium\t3.1\tmmol/L\t3.5-5.1\tL',
    lab: { analyte: 'potassium', value: 3.1, unit: 'mmol/L', refLow: 3.5, refHigh: 5.1, refSource: 'note', flag: 'low', canonicalValue: 3.1, canonicalUnit: 'mmol/L' },
  },
  { note: 'K+ 3.1', text: 'K+ 3.1', lab: { analyte: 'potassium', value: 3.1, refLow: 3.5, refHigh: 5.1, refSource: 'lexicon', flag: 'low', canonicalValue: 3.1, canonicalUnit: 'mmol/L' } },
  { note: 'K=3.1', text: 'K=3.1', lab: { analyte: 'potassium', value: 3.1, refLow: 3.5, refHigh: 5.1, refSource: 'lexicon', flag: 'low', canonicalValue: 3.1, canonicalUnit: 'mmol/L' } },
  {
    note: 'CK 150 U/L (normal 30-200)',
    text: 'CK 150 U/L (normal 30-200)',
    lab: { analyte: 'ck', value: 150, unit: 'U/L', refLow: 30, refHigh: 200, refSource: 'note', flag: 'normal', canonicalValue: 150, canonicalUnit: 'U/L' },
  },
  { note: 'CRP <0.5', text: 'CRP <0.5', lab: { analyte: 'crp', value: 0.5, comparator: '<', refLow: 0, refHigh: 10, refSource: 'lexicon', flag: 'normal', canonicalValue: 0.5, canonicalUnit: 'mg/L' } },
  { note: 'CK >20,000', text: 'CK >20,000', lab: { analyte: 'ck', value: 20000, comparator: '>', refLow: 30, refHigh: 200, refSource: 'lexicon', flag: 'high', canonicalValue: 20000, canonicalUnit: 'U/L' } },
  // Another unit scale: recognised, but the lexicon's range does not apply.
  { note: 'Glucose 5.5 mmol/L', text: 'Glucose 5.5 mmol/L', lab: { analyte: 'glucose', value: 5.5, unit: 'mmol/L', flag: 'unknown', canonicalValue: 99, canonicalUnit: 'mg/dL' } },
  {
    note: 'Creatine kinase (CK): 1,200 U/L',
    text: 'Creatine kinase (CK): 1,200 U/L',
    lab: { analyte: 'ck', value: 1200, unit: 'U/L', refLow: 30, refHigh: 200, refSource: 'lexicon', flag: 'high', canonicalValue: 1200, canonicalUnit: 'U/L' },
  },
  {
    note: 'Vitamin D, 25-hydroxy: 14 ng/mL',
    text: 'Vitamin D, 25-hydroxy: 14 ng/mL',
    lab: { analyte: 'vitamin-d', value: 14, unit: 'ng/mL', refLow: 30, refHigh: 100, refSource: 'lexicon', flag: 'low', canonicalValue: 14, canonicalUnit: 'ng/mL' },
  },
  {
    note: 'Potassium      3.1 L     3.5 - 5.1 mmol/L',
    text: 'Potassium      3.1 L     3.5 - 5.1 mmol/L',
    lab: { analyte: 'potassium', value: 3.1, refLow: 3.5, refHigh: 5.1, refSource: 'note', flag: 'low', canonicalValue: 3.1, canonicalUnit: 'mmol/L' },
  },
  { note: 'Mg 1.9', text: 'Mg 1.9', lab: { analyte: 'magnesium', value: 1.9, refLow: 1.7, refHigh: 2.4, refSource: 'lexicon', flag: 'normal', canonicalValue: 1.9, canonicalUnit: 'mg/dL' } },
  // Qualitative results.
  { note: 'CK elevated.', text: 'CK elevated', lab: { analyte: 'ck', value: null, refLow: 30, refHigh: 200, refSource: 'lexicon', flag: 'high', qualitative: true } },
  {
    note: 'Labs notable for low potassium.',
    text: 'low potassium',
    lab: { analyte: 'potassium', value: null, refLow: 3.5, refHigh: 5.1, refSource: 'lexicon', flag: 'low', qualitative: true },
  },
  { note: 'TSH normal.', text: 'TSH normal', lab: { analyte: 'tsh', value: null, refLow: 0.4, refHigh: 4.5, refSource: 'lexicon', flag: 'normal', qualitative: true } },
];

describe('lab: values, units, ranges and flags', () => {
  it.each(POSITIVE)('$note', ({ note, text, lab }) => {
    const found = findingsOf(note, 'lab');
    expect(found.map((f) => ({ text: f.text, lab: f.attributes }))).toEqual([{ text, lab }]);
  });

  it('reads cell counts written per µL in the lexicon\'s thousands', () => {
    const found = findingsOf('White count 4700, platelets 303,000, WBC 12.3.', 'lab');
    expect(found.map((f) => [f.attributes.analyte, f.attributes.value, f.attributes.flag])).toEqual([
      ['wbc', 4.7, 'normal'],
      ['platelets', 303, 'normal'],
      ['wbc', 12.3, 'high'],
    ]);
  });

  it('reads units and ranges after non-breaking spaces', () => {
    const [k] = findingsOf('K\u00a03.1\u00a0mEq/L (3.5\u00a0-\u00a05.1)', 'lab');
    expect(k?.attributes).toMatchObject({ value: 3.1, unit: 'mEq/L', refLow: 3.5, refHigh: 5.1, refSource: 'note', flag: 'low' });
  });

  it('reads every value of a lab list', () => {
    const found = findingsOf('BMP: Na 128, K 3.1, Cl 98, HCO3 24, BUN 22, Cr 1.1, glucose 105, Ca 9.2', 'lab');
    expect(found.map((f) => [f.attributes.analyte, f.attributes.value, f.attributes.flag])).toEqual([
      ['sodium', 128, 'low'],
      ['potassium', 3.1, 'low'],
      ['chloride', 98, 'normal'],
      ['bicarbonate', 24, 'normal'],
      ['bun', 22, 'high'],
      ['creatinine', 1.1, 'normal'],
      ['glucose', 105, 'high'],
      ['calcium', 9.2, 'normal'],
    ]);
  });

  it('reads a lab table with a header row', () => {
    const note = 'Labs:\nTest | Result | Range | Flag\nPotassium | 3.1 | 3.5-5.1 | L\nCK | 1,200 | 30-200 | H\nTSH | 2.1 | 0.4-4.5 |';
    const found = findingsOf(note, 'lab');
    expect(found.map((f) => [f.attributes.analyte, f.attributes.value, f.attributes.refSource, f.attributes.flag])).toEqual([
      ['potassium', 3.1, 'note', 'low'],
      ['ck', 1200, 'note', 'high'],
      ['tsh', 2.1, 'note', 'normal'],
    ]);
  });

  it('uses the range from the options when the note states none', () => {
    const [k] = findingsOf('K 3.4', 'lab', { labRanges: { potassium: { low: 3.3, high: 5.0 } } });
    expect(k?.attributes).toMatchObject({ refLow: 3.3, refHigh: 5.0, refSource: 'options', flag: 'normal' });
    const [ck] = findingsOf('CK 250 (ref 30-300)', 'lab', { labRanges: { ck: { high: 200 } } });
    expect(ck?.attributes).toMatchObject({ refHigh: 300, refSource: 'note', flag: 'normal' });
  });

  it('trusts the flag the laboratory writes after the value over the arithmetic', () => {
    const [k] = findingsOf('K 3.6 L', 'lab');
    expect(k?.attributes.flag).toBe('low');
  });

  it('reads a course word before the value as a trend, not as the flag', () => {
    expect(findingsOf('CK decreased to 900 U/L.', 'lab').map((f) => f.attributes.flag)).toEqual(['high']);
    expect(findingsOf('CK peaked at 12,000.', 'lab').map((f) => [f.attributes.value, f.attributes.flag])).toEqual([[12000, 'high']]);
    expect(findingsOf('Glucose elevated at 11 mmol/L.', 'lab').map((f) => f.attributes.flag)).toEqual(['high']);
  });
});

const NEGATIVE = [
  'Vitamin K deficiency is unlikely.',
  'Vitamin D 50,000 IU weekly.',
  'Vitamin B12 1000 mcg daily.',
  'Potassium chloride 20 mEq PO daily.',
  'Calcium carbonate 500 mg twice daily.',
  'Low sodium diet.',
  'Atorvastatin 40 mg 2 tablets at night.',
  'History of breast ca 2015.',
  'CK pending.',
  'Will check TSH and CK.',
  'Iron studies ordered.',
  'CA 19-9 was sent.',
  'k 3 times a day',
  'K 3 times a day',
  'CK 2 weeks ago was normal.',
  'Potassium 40 mEq given.',
];

describe('lab: not results', () => {
  it.each(NEGATIVE)('%s', (note) => {
    expect(findingsOf(note, 'lab')).toEqual([]);
  });
});

describe('lab: assertion (decided by the context stage)', () => {
  it('a resulted value is affirmed', () => {
    const [k] = findingsOf('Labs: K 3.1 today.', 'lab');
    expect(k && affirmed(k)).toBe(true);
  });
  it('a family member\'s lab is not the patient\'s', () => {
    const [k] = findingsOf('Mother had low potassium.', 'lab');
    expect(k && affirmed(k)).toBe(false);
  });
});

/** Time labels and the current value of a series: [note, [value, time, current?] per lab in order]. */
const SERIES: [note: string, labs: [value: number | null, time: string | undefined, current: boolean][]][] = [
  ['Na 126 on admission. Na 138 at discharge.', [[126, 'admission', false], [138, 'discharge', true]]],
  ['Na 126 on admission, treated with fluid restriction; sodium 134 on day 3, 138 today.', [[126, 'admission', false], [134, undefined, true]]],
  // A value in parentheses with its own time is a second result of the series.
  ['Sodium 138 today (126 on admission).', [[138, 'latest', true], [126, 'admission', false]]],
  ['Admission Na 126. Repeat Na 131.', [[126, 'admission', false], [131, 'latest', true]]],
  ['Baseline creatinine 1.0, creatinine 1.9 today.', [[1, 'baseline', false], [1.9, 'latest', true]]],
  ['Prior CK 300. CK 12,000 in the ED.', [[300, 'prior', false], [12000, undefined, true]]],
  ['CK peaked at 12,000. CK 800 this morning.', [[12000, 'peak', false], [800, 'latest', true]]],
  ['K 3.1. K 3.9 after repletion.', [[3.1, undefined, false], [3.9, undefined, true]]],
  ['CK 300 (3/14/2026).', [[300, 'dated', true]]],
  // negative rows: one value is current whatever its label, other analytes do not compete
  ['Na 126 on admission.', [[126, 'admission', true]]],
  ['Na 131, K 3.2, CK 250.', [[131, undefined, true], [3.2, undefined, true], [250, undefined, true]]],
  ['Hip flexors 4/5. K 3.4.', [[3.4, undefined, true]]],
  ['Baseline creatinine 1.0.', [[1, 'baseline', false]]],
  // A labelled value in parentheses may carry more words; its label is its own, not the first value's.
  ['Cr 2.6 (baseline 1.0 in March).', [[2.6, undefined, true], [1, 'baseline', false]]],
  ['Cr 2.6 (prior 0.9 per PCP), K 5.1.', [[2.6, undefined, true], [0.9, 'prior', false], [5.1, undefined, true]]],
  ['Hgb 10.9 (adm) -> 9.0 -> 7.6 today.', [[10.9, 'admission', false], [9, undefined, false], [7.6, 'latest', true]]],
  // negative rows: words in parentheses without a time word are no second value
  ['Cr 2.6 (lab comment 1.0 dilution).', [[2.6, undefined, true]]],
  ['Hgb 10.9 (adm).', [[10.9, 'admission', true]]],
  // A threshold in an order, a denied value or a relative's is no result: the patient's value stays current.
  ['Hgb 8.2 (L), Plt 41 (L). Transfuse if Hgb <7 or Plt <10.', [[8.2, undefined, true], [41, undefined, true], [7, undefined, true], [10, undefined, true]]],
  ['Hgb 9.1. Mother had Hgb 6.5 with her fibroids.', [[9.1, undefined, true], [6.5, undefined, true]]],
];

describe('lab: time labels and the current value of a series', () => {
  it.each(SERIES)('%s', (note, labs) => {
    const found = findingsOf(note, 'lab').map((f) => [f.attributes.value, f.attributes.time, f.attributes.current !== false]);
    expect(found).toEqual(labs);
  });
});
