import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';
import {
  compareExact,
  delta,
  labSeries,
  ratio,
  ratioAtLeast,
  within,
  worstResult,
  type LabResult,
} from '../../../src/engine/evidence/lab-series.ts';

const BASELINE_WINDOWS = defaultLexicon().data.labs.baseline;
const seriesOf = (note: string, analyte: string, windows = BASELINE_WINDOWS) => labSeries(lint(note).findings, analyte, windows);
const values = (results: readonly LabResult[]) => results.map((r) => r.value);

/** [note, analyte, results in time order, baseline value or null, baseline source]. */
const SERIES: [string, string, number[], number | null, string | null][] = [
  // no stated or prior value: the encounter's lowest (aki.md baseline (b)), when it is not also the peak
  ['Na 128 -> 131 -> 135.', 'sodium', [128, 131, 135], 128, 'encounter-lowest'],
  ['Na 131.', 'sodium', [131], null, null],
  ['CK down to 900 from 15,000.', 'ck', [15000, 900], 900, 'encounter-lowest'],
  ['Admit Cr 2.1 mg/dL; baseline 0.9 (clinic, 2 months ago). On vancomycin.', 'creatinine', [2.1], 0.9, 'stated'],
  ['Cr 2.4 (baseline 0.9, 01/2025). A/P: AKI.', 'creatinine', [2.4], 0.9, 'stated'],
  ['Cr 1.1 (baseline) -> 2.0', 'creatinine', [2], 1.1, 'stated'],
  ['Sodium 138 today (126 on admission).', 'sodium', [126, 138], 126, 'encounter-lowest'],
  ['Hgb pre-op 13.4, POD1 9.1 g/dL.', 'hemoglobin', [13.4, 9.1], 9.1, 'encounter-lowest'],
  // SI values in the canonical unit
  ['Admission date: 03/01/2026. Creatinine 88 µmol/L on 3/1, 115 µmol/L on 3/4.', 'creatinine', [1, 1.3], 1, 'encounter-lowest'],
  // distinct results: one value repeated in another section is one result; twice in one list, two
  ['HPI: Cr 2.1 on arrival.\nLabs: Cr 2.1 on arrival.\nA/P: AKI, Cr 2.1.', 'creatinine', [2.1], null, null],
  ['HPI: K 3.1.\nA/P: hypokalemia, K 3.1, replete.', 'potassium', [3.1], null, null],
  ['Cr 1.2, 1.3, 1.2.', 'creatinine', [1.2, 1.3, 1.2], 1.2, 'encounter-lowest'],
  // dates order what the text does not: a later-written earlier value
  ['Cr 2.3 (3/2 06:00). Cr 2.0 (3/1 06:00).', 'creatinine', [2, 2.3], 2, 'encounter-lowest'],
  // a prior value counts as baseline only when dated within a year of the encounter's values
  ['Outpatient Cr 1.0 (1/5/2026). Labs 3/1/2026: Cr 2.2.', 'creatinine', [2.2], 1, 'prior'],
  ['Outpatient Cr 1.0 (1/5/2024). Labs 3/1/2026: Cr 2.2.', 'creatinine', [2.2], null, null],
  ['Prior Cr 1.0. Cr 2.2 today.', 'creatinine', [2.2], null, null],
  // negative rows: not the patient's, not now, not real
  ['Mother had hyponatremia with Na 118.', 'sodium', [], null, null],
  ['If K > 6.0, give insulin and dextrose.', 'potassium', [], null, null],
  ['PMH: hyponatremia, Na 118 in 2019.\nLabs: Na 139 today.', 'sodium', [139], null, null],
  ['UA: large blood.', 'urine-blood', [], null, null],
  ['Creatinine 2.1 mmol/L.', 'creatinine', [], null, null],
];

describe('labSeries: distinct results in time order, with a baseline', () => {
  it.each(SERIES)('%s', (note, analyte, want, baseline, source) => {
    const s = seriesOf(note, analyte);
    expect(values(s.results)).toEqual(want);
    expect(s.baseline?.value ?? null).toBe(baseline);
    expect(s.baselineSource).toBe(source);
  });
});

// The windows are labs.yaml data: narrower windows turn the same notes' baselines away.
const WINDOW_ROWS: [string, string, { priorMaxDays: number; lowestToPeakMaxDays: number }, number | null, string | null][] = [
  ['Outpatient Cr 1.0 (1/5/2026). Cr 2.2 on 3/1/2026.', 'creatinine', { priorMaxDays: 365, lowestToPeakMaxDays: 7 }, 1, 'prior'],
  ['Outpatient Cr 1.0 (1/5/2026). Cr 2.2 on 3/1/2026.', 'creatinine', { priorMaxDays: 30, lowestToPeakMaxDays: 7 }, null, null],
  ['Outpatient Cr 1.0 (2/20/2026). Cr 2.2 on 3/1/2026.', 'creatinine', { priorMaxDays: 30, lowestToPeakMaxDays: 7 }, 1, 'prior'],
  ['Cr 0.9 (2/24 06:00). Cr 2.0 (3/1 06:00).', 'creatinine', { priorMaxDays: 365, lowestToPeakMaxDays: 7 }, 0.9, 'encounter-lowest'],
  ['Cr 0.9 (2/24 06:00). Cr 2.0 (3/1 06:00).', 'creatinine', { priorMaxDays: 365, lowestToPeakMaxDays: 3 }, null, null],
  // a stated baseline needs no window
  ['Cr 2.4 (baseline 0.9, 01/2025). A/P: AKI.', 'creatinine', { priorMaxDays: 1, lowestToPeakMaxDays: 1 }, 0.9, 'stated'],
];

describe('labSeries: the baseline windows come from the lexicon', () => {
  it('labs.yaml gives them with their source', () => {
    expect(BASELINE_WINDOWS.source).toMatch(/aki/);
    expect(BASELINE_WINDOWS.priorMaxDays).toBeGreaterThan(BASELINE_WINDOWS.lowestToPeakMaxDays);
  });
  it.each(WINDOW_ROWS)('%s with %o', (note, analyte, windows, baseline, source) => {
    const s = seriesOf(note, analyte, { ...BASELINE_WINDOWS, ...windows });
    expect(s.baseline?.value ?? null).toBe(baseline);
    expect(s.baselineSource).toBe(source);
  });
});

describe('labSeries: specimen problems', () => {
  it('sets aside a hemolyzed value; the repeat is the result', () => {
    const s = seriesOf('K 6.3 (specimen hemolyzed), repeat K 4.4.', 'potassium');
    expect(values(s.results)).toEqual([4.4]);
    expect(s.setAside.map((r) => [r.value, r.specimen])).toEqual([[6.3, 'hemolyzed']]);
  });
  it('a value to be confirmed counts only when a later result confirms it', () => {
    expect(values(seriesOf('K 2.9 - repeat to confirm. Repeat K 2.8.', 'potassium').results)).toEqual([2.9, 2.8]);
    const unconfirmed = seriesOf('K 2.9 - repeat to confirm. Repeat K 3.8.', 'potassium');
    expect(values(unconfirmed.results)).toEqual([3.8]);
    expect(values(unconfirmed.setAside)).toEqual([2.9]);
  });
  it('a lab error and a clotted specimen are not results', () => {
    expect(values(seriesOf('Na 118, likely lab error. Na 136.', 'sodium').results)).toEqual([136]);
    expect(values(seriesOf('Platelets 45, specimen clotted.', 'platelets').results)).toEqual([]);
  });
});

describe('delta and ratio: exact decimal', () => {
  it('2.0 -> 2.3 is a rise of exactly 0.3', () => {
    const [a, b] = seriesOf('Cr 2.0 (3/1 06:00), 2.3 (3/2 06:00).', 'creatinine').results;
    expect(delta(a!, b!)).toBe(0.3);
    expect(compareExact(delta(a!, b!), 0.3)).toBe(0);
    expect(2.3 - 2.0 >= 0.3).toBe(false); // what binary floating point would have said
  });
  it('26.5 µmol/L is 0.3 mg/dL at the rulebook precision', () => {
    const [a, b] = seriesOf('Creatinine 88.4 µmol/L -> 114.9 µmol/L.', 'creatinine').results;
    expect([a!.value, b!.value]).toEqual([1, 1.3]);
    expect(compareExact(delta(a!, b!), 0.3)).toBe(0);
  });
  it('ratio to the baseline, exact for comparisons', () => {
    const s = seriesOf('Admit Cr 2.1 mg/dL; baseline 0.9.', 'creatinine');
    expect(ratio(s.results[0]!, s.baseline!)).toBe(2.33);
    expect(ratioAtLeast(s.results[0]!, s.baseline!, 2)).toBe(true);
    expect(ratioAtLeast(s.results[0]!, s.baseline!, 3)).toBe(false);
    const edge = seriesOf('Cr 1.35 (baseline 0.9).', 'creatinine');
    expect(ratioAtLeast(edge.results[0]!, edge.baseline!, 1.5)).toBe(true);
    const below = seriesOf('Cr 1.34 (baseline 0.9).', 'creatinine');
    expect(ratioAtLeast(below.results[0]!, below.baseline!, 1.5)).toBe(false);
  });
  it('the worst result by direction', () => {
    const s = seriesOf('Na 128 -> 124 -> 131.', 'sodium');
    expect(worstResult(s.results, 'low')?.value).toBe(124);
    expect(worstResult(s.results, 'high')?.value).toBe(131);
    expect(worstResult([], 'low')).toBeNull();
  });
});

/** [note, analyte, hours, within?]: true only when both times prove it. */
const WINDOWS: [string, string, number, boolean][] = [
  ['Cr 2.0 (3/1 06:00), 2.3 (3/2 06:00).', 'creatinine', 48, true],
  ['Cr 2.0 (3/1 06:00), 2.3 (3/3 07:00).', 'creatinine', 48, false],
  // dates without a clock: the widest the days allow
  ['Admission date: 03/01/2026. Cr 2.0 on 3/1, 2.3 on 3/2.', 'creatinine', 48, true],
  ['Admission date: 03/01/2026. Cr 2.0 on 3/1, 2.3 on 3/3.', 'creatinine', 48, false],
  ['Admission date: 03/01/2026. Creatinine 88 µmol/L on 3/1, 115 µmol/L on 3/4.', 'creatinine', 7 * 24, true],
  // undated values prove only one encounter
  ['Cr 2.0 -> 2.3.', 'creatinine', 48, false],
  ['Cr 2.0 (3/1 06:00), 2.3.', 'creatinine', 48, false],
  ['Hgb pre-op 13.4, POD1 9.1.', 'hemoglobin', 48, false],
];

describe('within: windows satisfied only when the times prove them', () => {
  it.each(WINDOWS)('%s %s within %i h', (note, analyte, hours, want) => {
    const [a, b] = seriesOf(note, analyte).results;
    expect(a && b).toBeTruthy();
    expect(within(a!, b!, hours)).toBe(want);
    expect(within(b!, a!, hours)).toBe(want);
  });
});
