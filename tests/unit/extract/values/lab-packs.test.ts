/**
 * Lab findings the condition packs need (issue 13, point 2): their analytes and SI units in canonical
 * values, specimen problems, the time as written and on the note's minute axis, and trends read as one
 * finding per value. Each table has rows that must not produce what the positive rows do.
 */
import { describe, expect, it } from 'vitest';
import type { LabAttributes } from '../../../../src/engine/types.ts';
import { affirmed, findingsOf } from './helpers.ts';

type Picked = Partial<LabAttributes> & { text?: string };

function labs(note: string, keys: readonly (keyof LabAttributes)[]): Picked[] {
  return findingsOf(note, 'lab').map((f) => {
    const out: Picked = {};
    for (const k of keys) if (f.attributes[k] !== undefined) (out as Record<string, unknown>)[k] = f.attributes[k];
    return out;
  });
}

const VALUE_KEYS = ['analyte', 'value', 'valueLow', 'comparator', 'canonicalValue', 'canonicalUnit', 'flag', 'qualitativeResult'] as const;

/** [note, expected findings (analyte, value, canonical value and unit, flag)]. */
const ANALYTES: [string, Picked[]][] = [
  ['Serum osm 268 mOsm/kg.', [{ analyte: 'serum-osmolality', value: 268, canonicalValue: 268, canonicalUnit: 'mOsm/kg', flag: 'low' }]],
  ['Plasma osmolality 301 mmol/kg', [{ analyte: 'serum-osmolality', value: 301, canonicalValue: 301, canonicalUnit: 'mOsm/kg', flag: 'high' }]],
  ['Urine osm 480 mOsm/kg H2O, urine Na 62 mmol/L.', [
    { analyte: 'urine-osmolality', value: 480, canonicalValue: 480, canonicalUnit: 'mOsm/kg', flag: 'unknown' },
    { analyte: 'urine-sodium', value: 62, canonicalValue: 62, canonicalUnit: 'mmol/L', flag: 'unknown' },
  ]],
  ['UNa <10', [{ analyte: 'urine-sodium', value: 10, comparator: '<', canonicalValue: 10, canonicalUnit: 'mmol/L', flag: 'unknown' }]],
  ['FENa 3.1%', [{ analyte: 'fena', value: 3.1, canonicalValue: 3.1, canonicalUnit: '%', flag: 'unknown' }]],
  ['eGFR 38 mL/min/1.73 m2', [{ analyte: 'egfr', value: 38, canonicalValue: 38, canonicalUnit: 'mL/min/1.73 m²', flag: 'low' }]],
  ['eGFR >60', [{ analyte: 'egfr', value: 60, comparator: '>', canonicalValue: 60, canonicalUnit: 'mL/min/1.73 m²', flag: 'normal' }]],
  ['MCV 72 fL, retic 4.2%', [
    { analyte: 'mcv', value: 72, canonicalValue: 72, canonicalUnit: 'fL', flag: 'low' },
    { analyte: 'reticulocytes', value: 4.2, canonicalValue: 4.2, canonicalUnit: '%', flag: 'high' },
  ]],
  ['Haptoglobin <10 mg/dL', [{ analyte: 'haptoglobin', value: 10, comparator: '<', canonicalValue: 10, canonicalUnit: 'mg/dL', flag: 'low' }]],
  ['Haptoglobin 0.2 g/L', [{ analyte: 'haptoglobin', value: 0.2, canonicalValue: 20, canonicalUnit: 'mg/dL', flag: 'unknown' }]],
  ['Prealbumin 9 mg/dL', [{ analyte: 'prealbumin', value: 9, canonicalValue: 9, canonicalUnit: 'mg/dL', flag: 'low' }]],
  ['Lactate 4.1 mmol/L', [{ analyte: 'lactate', value: 4.1, canonicalValue: 4.1, canonicalUnit: 'mmol/L', flag: 'high' }]],
  ['Lactic acid 36 mg/dL', [{ analyte: 'lactate', value: 36, canonicalValue: 4, canonicalUnit: 'mmol/L', flag: 'unknown' }]],
  ['Urine myoglobin positive.', [{ analyte: 'urine-myoglobin', value: null, flag: 'high', qualitativeResult: 'positive' }]],
  ['UA: large blood, 0-2 RBC/hpf.', [
    { analyte: 'urine-blood', value: null, flag: 'high', qualitativeResult: 'large' },
    { analyte: 'urine-rbc', value: 2, valueLow: 0, canonicalValue: 2, canonicalUnit: '/hpf', flag: 'normal' },
  ]],
  ['Urinalysis: blood moderate, RBC 3-5/hpf', [
    { analyte: 'urine-blood', value: null, flag: 'high', qualitativeResult: 'moderate' },
    { analyte: 'urine-rbc', value: 5, valueLow: 3, canonicalValue: 5, canonicalUnit: '/hpf', flag: 'high' },
  ]],
  ['U/A 3+ blood', [{ analyte: 'urine-blood', value: null, flag: 'high', qualitativeResult: 'large' }]],
  ['UA trace blood, >50 RBC/hpf', [
    { analyte: 'urine-blood', value: null, flag: 'high', qualitativeResult: 'trace' },
    { analyte: 'urine-rbc', value: 50, comparator: '>', canonicalValue: 50, canonicalUnit: '/hpf', flag: 'high' },
  ]],
  ['UA negative for blood.', [{ analyte: 'urine-blood', value: null, flag: 'normal', qualitativeResult: 'negative' }]],
  // SI units to the canonical unit with the packs README's exact factors
  ['Creatinine 212 µmol/L', [{ analyte: 'creatinine', value: 212, canonicalValue: 2.4, canonicalUnit: 'mg/dL', flag: 'unknown' }]],
  ['Cr 26.5 umol/L', [{ analyte: 'creatinine', value: 26.5, canonicalValue: 0.3, canonicalUnit: 'mg/dL', flag: 'unknown' }]],
  ['Creatinine 353.6 μmol/L', [{ analyte: 'creatinine', value: 353.6, canonicalValue: 4, canonicalUnit: 'mg/dL', flag: 'unknown' }]],
  ['Hgb 96 g/L', [{ analyte: 'hemoglobin', value: 96, canonicalValue: 9.6, canonicalUnit: 'g/dL', flag: 'unknown' }]],
  ['Hb 5.6 mmol/L', [{ analyte: 'hemoglobin', value: 5.6, canonicalValue: 9, canonicalUnit: 'g/dL', flag: 'unknown' }]],
  ['Hct 0.32 L/L', [{ analyte: 'hematocrit', value: 0.32, canonicalValue: 32, canonicalUnit: '%', flag: 'unknown' }]],
  ['CK 2.5 µkat/L', [{ analyte: 'ck', value: 2.5, canonicalValue: 150, canonicalUnit: 'U/L', flag: 'unknown' }]],
  ['Glucose 11.1 mmol/L', [{ analyte: 'glucose', value: 11.1, canonicalValue: 200, canonicalUnit: 'mg/dL', flag: 'unknown' }]],
  ['K 3.1 mEq/L', [{ analyte: 'potassium', value: 3.1, canonicalValue: 3.1, canonicalUnit: 'mmol/L', flag: 'low' }]],
  ['Albumin 24 g/L', [{ analyte: 'albumin', value: 24, canonicalValue: 2.4, canonicalUnit: 'g/dL', flag: 'unknown' }]],
  // a unit the analyte has no factor for: read, but no canonical value
  ['Creatinine 2.1 mmol/L', [{ analyte: 'creatinine', value: 2.1, flag: 'unknown' }]],
  ['Reticulocytes 85 x10^9/L', [{ analyte: 'reticulocytes', value: 85, flag: 'unknown' }]],
  // not results of these analytes
  ['Urine output 30 mL/h, blood pressure 90/60.', []],
  ['RBC 4.2', []],
  ['Blood cultures x2 negative.', []],
  ['Will send urine osm and urine Na.', []],
  ['Lactated Ringer 1 L bolus.', []],
  ['Serum osm pending.', []],
];

describe('lab: the packs\' analytes and canonical values', () => {
  it.each(ANALYTES)('%s', (note, want) => {
    expect(labs(note, VALUE_KEYS)).toEqual(want);
  });
});

describe('lab: assertion of the packs\' values (decided by the context stage)', () => {
  it.each([
    ['Mother had hyponatremia with Na 118.', false],
    ['Family history: mother with low haptoglobin.', false],
    ['If K > 6.0, give insulin and dextrose.', false],
    // a written date or clock keeps the value's assertion
    ["Mother's Hgb 3/2: 8.1 at her clinic.", false],
    ['Past history: Hgb (3/2/2019) 7.9.', false],
    ['If Hgb (0600) < 7, transfuse.', false],
    ['Hgb 3/2: 11.9, 3/3: 9.8.', true],
    ['K 5.9 at 0400 -> 5.1 at 1000.', true],
    ['Past history: Na 118 in 2019.', false],
    ['UA: large blood, 0-2 RBC/hpf.', true],
    ['Cr 2.4 mg/dL today.', true],
  ])('%s -> affirmed %s', (note, want) => {
    const found = findingsOf(note, 'lab');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => affirmed(f) === want)).toBe(true);
  });
});

/** [note, specimen of each value in order]. */
const SPECIMENS: [string, (string | undefined)[]][] = [
  ['K 6.3 (hemolyzed)', ['hemolyzed']],
  ['K 6.3 (specimen hemolyzed), repeat K 4.4.', ['hemolyzed', undefined]],
  ['K 6.3, specimen grossly hemolyzed.', ['hemolyzed']],
  ['Hemolyzed sample: K 6.1', ['hemolyzed']],
  ['Plt 45, specimen clotted.', ['clotted']],
  ['Glucose 650, likely contaminated (drawn above the IV).', ['contaminated']],
  ['Na 118, likely lab error.', ['lab-error']],
  ['K 2.9 - repeat to confirm', ['repeat-to-confirm']],
  ['K+ 2.9 (L) - repeat to confirm', ['repeat-to-confirm']],
  ['K 5.9, repeat pending.', ['repeat-to-confirm']],
  ['CK 2,400 (result pending verification)', ['pending']],
  // negators and words about something else
  ['K 4.1 (non-hemolyzed)', [undefined]],
  ['K 6.3, not hemolyzed.', [undefined]],
  ['Cr 2.1, urine lytes pending.', [undefined]],
  ['K 3.1, hemolysis labs sent.', [undefined]],
  ['Na 131. Repeat BMP in AM to confirm improvement.', [undefined]],
  // a pending result with no value is not a result
  ['CK pending', []],
  ['Potassium: pending', []],
];

describe('lab: specimen problems', () => {
  it.each(SPECIMENS)('%s', (note, want) => {
    expect(findingsOf(note, 'lab').map((f) => f.attributes.specimen)).toEqual(want);
  });
});

const day = (y: number, m: number, d: number, minutes = 0) => Date.UTC(y, m - 1, d) / 60000 + minutes;

/** [note, (value, time, timeText, at, atWindow) of each value]. */
const TIMES: [string, [number | null, string | undefined, string | undefined, number | undefined, number | undefined][]][] = [
  ['Labs 3/2/2026 08:00: Na 128.', [[128, 'dated', '3/2/2026 08:00', day(2026, 3, 2, 480), undefined]]],
  ['Cr 2.0 (3/1 06:00), 2.3 (3/2 06:00).', [[2, 'dated', '3/1 06:00', day(2001, 3, 1, 360), undefined], [2.3, 'dated', '3/2 06:00', day(2001, 3, 2, 360), undefined]]],
  ['Date of service: 03/05/2026. Creatinine 88 µmol/L on 3/1, 115 µmol/L on 3/4.', [[88, 'dated', '3/1', day(2026, 3, 1), 1440], [115, 'dated', '3/4', day(2026, 3, 4), 1440]]],
  ['Date of service: 01/10/2026. Cr 1.0 on 12/28.', [[1, 'dated', '12/28', day(2025, 12, 28), 1440]]],
  ['Na 126 on admission.', [[126, 'admission', 'on admission', undefined, undefined]]],
  ['Hgb pre-op 13.4, POD1 9.1 g/dL.', [[13.4, 'pre-op', 'pre-op', undefined, undefined], [9.1, 'dated', 'POD1', undefined, undefined]]],
  ['Admission date: 3/1/2026. Hgb 8.1 on HD#3.', [[8.1, 'dated', 'HD#3', day(2026, 3, 3), 1440]]],
  ['Date of surgery: 3/2/2026. Hgb 9.1 POD 2.', [[9.1, 'dated', 'POD 2', day(2026, 3, 4), 1440]]],
  // A date that labels the line before the analyte is read whole, for every value of the line.
  ['3/2/2026: Cr 1.0, K 4.1.', [[1, 'dated', '3/2/2026', day(2026, 3, 2), 1440], [4.1, 'dated', '3/2/2026', day(2026, 3, 2), 1440]]],
  ['12/01/2025 - Na 131', [[131, 'dated', '12/01/2025', day(2025, 12, 1), 1440]]],
  // no date of surgery: POD is written but not placed
  ['Hgb 9.1 POD 2.', [[9.1, 'dated', 'POD 2', undefined, undefined]]],
  ['DOS 6/10/2026. K 3.1 this AM.', [[3.1, 'latest', 'this AM', day(2026, 6, 10), 1440]]],
  ['DOS 6/10/2026. Na 129 yesterday, 133 today.', [[129, 'prior', 'yesterday', day(2026, 6, 9), 1440], [133, 'latest', 'today', day(2026, 6, 10), 1440]]],
  ['Cr 2.4 (baseline 0.9, 01/2025).', [[2.4, undefined, undefined, undefined, undefined], [0.9, 'baseline', '01/2025', day(2025, 1, 1), 31 * 1440]]],
  ['Prior admission: Na 118.', [[118, 'prior', 'Prior admission', undefined, undefined]]],
  // A date written between the analyte and its value dates it.
  ['Hgb 3/2: 11.9', [[11.9, 'dated', '3/2', day(2001, 3, 2), 1440]]],
  ['Date of service: 3/6/2026. Cr (3/4) 1.1, (3/6) 2.3 mg/dL', [[1.1, 'dated', '3/4', day(2026, 3, 4), 1440], [2.3, 'dated', '3/6', day(2026, 3, 6), 1440]]],
  // A clock with no date is written, never placed on the axis (the day is not stated).
  ['Hgb 12.4 (06:00), 10.1 (12:00).', [[12.4, undefined, '06:00', undefined, undefined], [10.1, undefined, '12:00', undefined, undefined]]],
  ['K 5.9 at 0400 -> 5.1 at 1000.', [[5.9, undefined, '0400', undefined, undefined], [5.1, undefined, '1000', undefined, undefined]]],
  ['Na 128 at 0600 h', [[128, undefined, '0600 h', undefined, undefined]]],
  ['K 5.9 at 0400, Na 131.', [[5.9, undefined, '0400', undefined, undefined], [131, undefined, undefined, undefined, undefined]]],
  // four digits where a value stands are the value, not a clock
  ['CK at 1200.', [[1200, undefined, undefined, undefined, undefined]]],
  ['CK 1200 today.', [[1200, 'latest', 'today', undefined, undefined]]],
  // no time: nothing invented
  ['K 3.4.', [[3.4, undefined, undefined, undefined, undefined]]],
  ['Hip flexors 4/5. K 3.4.', [[3.4, undefined, undefined, undefined, undefined]]],
  ['K 3.1 today.', [[3.1, 'latest', 'today', undefined, undefined]]],
  // doubt is not a time: "repeat to confirm" does not make the value the latest
  ['K+ 2.9 (L) - repeat to confirm.', [[2.9, undefined, undefined, undefined, undefined]]],
  // a month and a two-digit year dates the value; a grade, score or ratio written before the analyte does not
  ['Cr 2.1 (9/92).', [[2.1, 'dated', '9/92', 11921760, 43200]]],
  ['Strength 4/5 Cr 2.1.', [[2.1, undefined, undefined, undefined, undefined]]],
  ['Hip flexion 4/5, K 2.9.', [[2.9, undefined, undefined, undefined, undefined]]],
  ['Ratio 3/10 Na 128.', [[128, undefined, undefined, undefined, undefined]]],
  ['BP 120/80 Na 128.', [[128, undefined, undefined, undefined, undefined]]],
  ['BMP 3/2: Na 128.', [[128, 'dated', '3/2', 16391520, 1440]]],
  // "(bl)" is a baseline; "BL" without its parentheses is bilateral more often than not
  ['Cr 1.0 (bl)', [[1, 'baseline', '(bl)', undefined, undefined]]],
  ['Hgb 9.1 BL LE edema', [[9.1, undefined, undefined, undefined, undefined]]],
];

describe('lab: time as written and on the note\'s minute axis', () => {
  it.each(TIMES)('%s', (note, want) => {
    const got = findingsOf(note, 'lab').map((f) => [f.attributes.value, f.attributes.time, f.attributes.timeText, f.attributes.at, f.attributes.atWindow]);
    expect(got).toEqual(want);
  });
});

/** [note, (value, trend step) of each value; step undefined = no trend]. */
const TRENDS: [string, [number, number | undefined][]][] = [
  ['Na 128 -> 131 -> 135', [[128, 0], [131, 1], [135, 2]]],
  ['Na 128 \u2192 131 \u2192 135 mmol/L', [[128, 0], [131, 1], [135, 2]]],
  ['Cr 1.1 (baseline) -> 2.0', [[1.1, 0], [2, 1]]],
  ['Hgb 10.9 --> 7.6', [[10.9, 0], [7.6, 1]]],
  ['Cr rose from 0.9 to 2.1', [[0.9, 0], [2.1, 1]]],
  ['Cr 2.1, up from 0.9', [[2.1, 1], [0.9, 0]]],
  ['CK down to 900 from 15,000', [[900, 1], [15000, 0]]],
  ['Cr 3.4 from baseline 1.8', [[3.4, 1], [1.8, 0]]],
  ['Cr 2.4 (baseline 0.9)', [[2.4, 1], [0.9, 0]]],
  ['Admit Cr 2.1 mg/dL; baseline 0.9 (clinic, 2 months ago).', [[2.1, 1], [0.9, 0]]],
  ['Na 133, 134.', [[133, 0], [134, 1]]],
  ['Cr 1.2, 1.3, 1.2.', [[1.2, 0], [1.3, 1], [1.2, 2]]],
  ['K 5.8, 6.0 before dialysis.', [[5.8, 0], [6, 1]]],
  ['CK peaked at 48,000, now 2,100.', [[48000, 0], [2100, 1]]],
  ['Cr 1.9 -> 2.6 -> 3.1 (peak) -> 2.2 today', [[1.9, 0], [2.6, 1], [3.1, 2], [2.2, 3]]],
  ['Na 128 mEq/L 3/2 -> 131 3/3', [[128, 0], [131, 1]]],
  ['Creat trend: 1.0 -> 1.4 -> 1.9', [[1, 0], [1.4, 1], [1.9, 2]]],
  ['Cr 1.1/1.6/2.3 over 3 days.', [[1.1, 0], [1.6, 1], [2.3, 2]]],
  ['Na 128/131/135 mmol/L', [[128, 0], [131, 1], [135, 2]]],
  ['K 3.1/3.4/3.9/4.2 after repletion.', [[3.1, 0], [3.4, 1], [3.9, 2], [4.2, 3]]],
  ['Hgb 10.9 -> 9.1 -> 7.6', [[10.9, 0], [9.1, 1], [7.6, 2]]],
  ['Cr 0.9 baseline -> 2.4', [[0.9, 0], [2.4, 1]]],
  // a baseline in parentheses with its year, date or abbreviation, then an arrow
  ['Cr 1.1 (baseline 2024) -> 3.0.', [[1.1, 0], [3, 1]]],
  ['creatinine 0.9 (baseline, 3/2026) \u2192 2.7', [[0.9, 0], [2.7, 1]]],
  ['Cr 1.1 (baseline in March 2025) -> 3.0', [[1.1, 0], [3, 1]]],
  ['Cr 1.0 (bl) -> 2.1 -> 2.8', [[1, 0], [2.1, 1], [2.8, 2]]],
  // ... not a parenthesis of other words
  ['Cr 1.1 (2024 Quest) -> 3.0', [[1.1, undefined]]],
  // clocks and dates written around each value
  ['Hgb 12.4 (06:00), 10.1 (12:00).', [[12.4, 0], [10.1, 1]]],
  ['K 5.9 at 0400 -> 5.1 at 1000', [[5.9, 0], [5.1, 1]]],
  ['K (0600) 5.9, (1400) 5.2', [[5.9, 0], [5.2, 1]]],
  ['Cr (3/4) 1.1, (3/6) 2.3', [[1.1, 0], [2.3, 1]]],
  ['Hgb 3/2: 11.9, 3/3: 9.8, 3/4: 8.7.', [[11.9, 0], [9.8, 1], [8.7, 2]]],
  // separate values, not a trend
  ['Na 128, K 3.1', [[128, undefined], [3.1, undefined]]],
  ['K 5.9 at 0400, Na 131 at 0600.', [[5.9, undefined], [131, undefined]]],
  // a pair or a date is no slash series
  ['Cr 1.2 on 3/2/26.', [[1.2, undefined]]],
  ['Na 131 3/2/2026', [[131, undefined]]],
  ['K 3.1, 2 L NS bolus.', [[3.1, undefined]]],
  ['Na 131; 2 L fluid restriction.', [[131, undefined]]],
  ['Hgb 9.1, 2 units PRBC given.', [[9.1, undefined]]],
  ['Cr 1.5, 3 weeks ago 1.1.', [[1.5, undefined]]],
  ['K 4.0 (3.5-5.1), Mg 1.9', [[4, undefined], [1.9, undefined]]],
];

describe('lab: the stay\'s earlier values are this encounter, values before it are not', () => {
  const historical = (note: string) => findingsOf(note, 'lab').map((f) => [f.attributes.value, f.assertion.historical]);
  it.each<[string, [number | null, boolean][]]>([
    // No encounter date: a month and year (or a bare year) before the value is another time; a grade is not.
    ['9/92 Cr 2.1.', [[2.1, true]]],
    ['3/2019: Hgb 8.1.', [[8.1, true]]],
    ['In 1998 Na 124.', [[124, true]]],
    ['On 9/92 her Hgb was 7.1. Hgb 12.1 today.', [[7.1, true], [12.1, false]]],
    ['Strength 4/5, Cr 2.1.', [[2.1, false]]],
    ['BP 120/80, Na 128.', [[128, false]]],
    ["Mother's Hgb 8.1 in 3/2019.", [[8.1, true]]],
    // Dated after the admission date, before the date of service: this stay.
    ['Progress note. Date of service: 3/5/2026. Admitted 3/2/2026.\n3/2/2026: Cr 1.0.\n3/3/2026: Cr 1.7.\nToday Cr 2.6.', [[1, false], [1.7, false], [2.6, false]]],
    ['Date of service: 3/5/2026. Admission date: 3/2/2026. Hgb 11.9 on 3/2/2026, 9.8 on 3/3/2026.', [[11.9, false], [9.8, false]]],
    // A hospital day counts back to the admission: HD 4 on 3/5 was admitted 3/2.
    ['Hospital day 4. Date of service: 3/5/2026.\nHgb 11.9 on 3/2/2026, 9.8 on 3/3/2026.', [[11.9, false], [9.8, false]]],
    // Before the admission: a prior value, historical.
    ['Date of service: 3/5/2026. Admitted 3/2/2026. Cr 0.9 on 11/20/2025. Cr 2.1 on 3/3/2026.', [[0.9, true], [2.1, false]]],
    ['HD 3. Date of service: 3/5/2026. Hgb 13.1 on 4/2/2025; Hgb 9.0 on 3/4/2026.', [[13.1, true], [9, false]]],
    // An earlier stay's admission does not open this encounter.
    ['Date of service: 3/5/2026. Previously admitted 3/2024 for CHF, Na 126 on 3/10/2024.', [[126, true]]],
    // Outpatient, no admission: a value dated before the visit is from before it.
    ['Clinic visit. Date of service: 3/5/2026. Na 128 on 3/2/2026 at the urgent care; today Na 136.', [[128, true], [136, false]]],
  ])('%s', (note, want) => {
    expect(historical(note)).toEqual(want);
  });

  it.each<[string, (string | undefined)[]]>([
    ['Date of service: 3/5/2026. Admitted 3/4/2026. Na 122 (11/20/2025). Na 137 (3/4/2026).', ['prior', 'dated']],
    ['Admission date: 3/4/2026. K 3.0 on 2/2026, K 4.1 on 3/5/2026.', ['prior', 'dated']],
    // Without an admission date nothing is placed before the stay.
    ['Date of service: 3/5/2026. Na 122 (11/20/2025). Na 137 (3/4/2026).', ['dated', 'dated']],
  ])('dated before the admission date is prior: %s', (note, times) => {
    expect(findingsOf(note, 'lab').map((f) => f.attributes.time)).toEqual(times);
  });
});

describe('lab: trends give one finding per value in time order', () => {
  it.each(TRENDS)('%s', (note, want) => {
    expect(findingsOf(note, 'lab').map((f) => [f.attributes.value, f.attributes.trendStep])).toEqual(want);
  });

  it.each([
    // Pairs, ratios, dates and blood pressures are not a lab series.
    ['H/H 9.1/27.3', []],
    ['Hgb 9.1/8.4', []],
    // the date is when, the number after it the one value (not 3/2/2026 read as a series)
    ['Cr 3/2/2026 1.4', [1.4]],
  ] as [string, number[]][])('no slash series in %s', (note, values) => {
    expect(findingsOf(note, 'lab').map((f) => f.attributes.value)).toEqual(values);
  });

  it('a duration or an amount after a value is no reference range', () => {
    const [cr] = findingsOf('Cr 2.3 over 3 days.', 'lab');
    expect([cr?.attributes.flag, cr?.attributes.refSource]).toEqual(['high', 'lexicon']);
    const [na] = findingsOf('Na 128 (135-145)', 'lab');
    expect([na?.attributes.refLow, na?.attributes.refHigh]).toEqual([135, 145]);
    const [k] = findingsOf('K 3.0, 2-3 L NS given.', 'lab');
    expect(k?.attributes.refSource).toBe('lexicon');
  });

  it('a unit written after the last value is every value\'s, and SI values convert', () => {
    const found = findingsOf('CK 32,000 -> 18,000 U/L. Creatinine 88 -> 115 µmol/L.', 'lab');
    expect(found.map((f) => [f.attributes.value, f.attributes.unit, f.attributes.canonicalValue])).toEqual([
      [32000, 'U/L', 32000],
      [18000, 'U/L', 18000],
    ]);
    const si = findingsOf('Creatinine 88 µmol/L -> 115.', 'lab');
    expect(si.map((f) => [f.attributes.value, f.attributes.canonicalValue, f.attributes.canonicalUnit])).toEqual([
      [88, 1, 'mg/dL'],
      [115, 1.3, 'mg/dL'],
    ]);
  });

  it('the later value of a trend is the current one', () => {
    const found = findingsOf('Cr 2.1, up from 0.9.', 'lab');
    expect(found.map((f) => [f.attributes.value, f.attributes.current !== false])).toEqual([
      [2.1, true],
      [0.9, false],
    ]);
  });

  it.each<[string, [number, boolean][]]>([
    // the later date is the current value, whatever the text order
    ['Hgb 8.1 on 3/4/2026. Earlier: Hgb 11.9 on 3/2/2026.', [[8.1, true], [11.9, false]]],
    ['Hgb 11.9 on 3/2/2026; Hgb 8.1 on 3/4/2026.', [[11.9, false], [8.1, true]]],
    // undated: the last written
    ['Hgb 11.9. Hgb 8.1.', [[11.9, false], [8.1, true]]],
    // a relative's or a conditional value is never the current one
    ["Hgb 11.9 on 3/4/2026. Mother's Hgb 8.1 on 3/5/2026.", [[11.9, true], [8.1, true]]],
  ])('the current value by date: %s', (note, want) => {
    expect(findingsOf(note, 'lab').map((f) => [f.attributes.value, f.attributes.current !== false])).toEqual(want);
  });
});

/** [table, (analyte, value, timeText, trend step) of each value in text order]. */
const TABLES: [string, [string, number, string | undefined, number | undefined][]][] = [
  [
    'Admission date: 03/01/2026\nLabs      3/1    3/2    3/3\nNa        128    131    135\nCr        1.1    1.6    2.0\nA/P: AKI.',
    [
      ['sodium', 128, '3/1', 0], ['sodium', 131, '3/2', 1], ['sodium', 135, '3/3', 2],
      ['creatinine', 1.1, '3/1', 0], ['creatinine', 1.6, '3/2', 1], ['creatinine', 2, '3/3', 2],
    ],
  ],
  [
    'Date       Na    K    Cr\n3/1 06:00  128   4.1  1.1\n3/2 06:00  131   4.0  1.6',
    [
      ['sodium', 128, '3/1 06:00', 0], ['potassium', 4.1, '3/1 06:00', 0], ['creatinine', 1.1, '3/1 06:00', 0],
      ['sodium', 131, '3/2 06:00', 1], ['potassium', 4, '3/2 06:00', 1], ['creatinine', 1.6, '3/2 06:00', 1],
    ],
  ],
  // SI tables: ISO dates down, the unit once in the header cell, a remark pointed at a row (held-out-2 H&P)
  [
    'Date         Creat (umol/L)   K (mmol/L)\n2026-08-14   79               4.4     <- GP, baseline\n2026-12-05   181 H            5.1',
    [
      ['creatinine', 79, '2026-08-14', 0], ['potassium', 4.4, '2026-08-14', 0],
      ['creatinine', 181, '2026-12-05', 1], ['potassium', 5.1, '2026-12-05', 1],
    ],
  ],
  ['| | Admit | HD2 | Today |\n| Hgb | 10.9 | 9.0 | 7.6 |', [['hemoglobin', 10.9, 'Admit', 0], ['hemoglobin', 9, 'HD2', 1], ['hemoglobin', 7.6, 'Today', 2]]],
  // a blank cell: the value goes to the header cell above it
  ['Labs:    3/1     3/3\nNa               129\nK        3.1     3.8', [['sodium', 129, '3/3', 1], ['potassium', 3.1, '3/1', 0], ['potassium', 3.8, '3/3', 1]]],
  // one analyte heading a column of dated rows, with a method or unit, after a prose line in its sentence
  ['eGFR (CKD-EPI 2021):\n  02/10/2026  38\n  06/15/2026  41', [['egfr', 38, '02/10/2026', 0], ['egfr', 41, '06/15/2026', 1]]],
  ['Labs reviewed\nCreatinine (mg/dL)\n11/28  1.1\n11/30  2.4', [['creatinine', 1.1, '11/28', 0], ['creatinine', 2.4, '11/30', 1]]],
  ['Cr trend:\n11/28 1.1\n11/30 2.4\nA/P AKI', [['creatinine', 1.1, '11/28', 0], ['creatinine', 2.4, '11/30', 1]]],
  // not a lone analyte's column: a value on the header line, words in the row, a relative's name before it
  ['Creatinine (mg/dL) 1.1\n11/30  2.4', [['creatinine', 1.1, undefined, undefined]]],
  ['Hgb:\n3/1  2 units PRBC', []],
  ["Mother's creatinine\n3/1  1.1\n3/2  2.4", []],
  // not time tables: a header of columns, a single date, prose after dates
  ['Labs:\nTest | Result | Range | Flag\nPotassium | 3.1 | 3.5-5.1 | L', [['potassium', 3.1, undefined, undefined]]],
  ['Labs 3/1\nNa 128\nK 3.1', [['sodium', 128, undefined, undefined], ['potassium', 3.1, undefined, undefined]]],
  ['Seen 3/1 and 3/2 in clinic.\nNa 128', [['sodium', 128, undefined, undefined]]],
];

describe('lab: an SI table reads its header units and row remarks', () => {
  const note = 'Date         Creat (umol/L)   eGFR\n2026-08-14   79               92     <- GP, baseline\n2026-12-05   181 H            35';
  it('converts each creatinine with the header unit and labels the remarked row baseline', () => {
    const got = findingsOf(note, 'lab')
      .filter((f) => f.attributes.analyte === 'creatinine')
      .map((f) => [f.attributes.unit, f.attributes.canonicalValue, f.attributes.time]);
    expect(got).toEqual([['umol/L', 0.89, 'baseline'], ['umol/L', 2.05, 'dated']]);
  });
  it('a header unit never overrides a unit written with the value', () => {
    const got = findingsOf('Date   Creat (umol/L)   K\n2026-12-05   1.9 mg/dL   4.1\n2026-12-06   2.2 mg/dL   4.0', 'lab')
      .filter((f) => f.attributes.analyte === 'creatinine')
      .map((f) => f.attributes.unit);
    expect(got).toEqual(['mg/dL', 'mg/dL']);
  });
});

describe('lab: tables of times by analytes', () => {
  it.each(TABLES)('%s', (note, want) => {
    const got = findingsOf(note, 'lab').map((f) => [f.attributes.analyte, f.attributes.value, f.attributes.timeText, f.attributes.trendStep]);
    expect(got).toEqual(want);
  });
  it('a lone analyte header\'s unit is every value\'s, and a family-history column is the relative\'s', () => {
    const si = findingsOf('Creatinine (µmol/L)\n11/28  88\n11/30  212', 'lab');
    expect(si.map((f) => [f.attributes.unit, f.attributes.canonicalValue])).toEqual([['µmol/L', 1], ['µmol/L', 2.4]]);
    const family = findingsOf('Family history:\nMother with CKD.\nCreatinine\n3/1  1.1\n3/2  2.4', 'lab');
    expect(family.map((f) => [f.attributes.value, f.assertion.family])).toEqual([[1.1, true], [2.4, true]]);
  });
});

/**
 * Space-aligned tables whose column heads label their time ("12/2 (pre-op)", "PCP 9/10/26") or whose
 * rows name their unit ("Hb g/L"): [table, (analyte, canonical value, time label, time text) of each
 * value in text order].
 */
const LABELLED_TABLES: [string, [string, number, string | undefined, string | undefined][]][] = [
  [
    'LAB   12/2 (pre-op)   12/4 PACU   12/5 05:00\nHgb      12.8           9.6          7.9 (L)\nHct      38.4           28.9         23.8 (L)',
    [
      ['hemoglobin', 12.8, 'pre-op', '12/2'], ['hemoglobin', 9.6, 'dated', '12/4'], ['hemoglobin', 7.9, 'dated', '12/5 05:00'],
      ['hematocrit', 38.4, 'pre-op', '12/2'], ['hematocrit', 28.9, 'dated', '12/4'], ['hematocrit', 23.8, 'dated', '12/5 05:00'],
    ],
  ],
  [
    '              PCP 9/10/26    Admit 12/5 01:30    12/5 09:00\nCreatinine    0.9            2.0 H               1.8 H',
    [['creatinine', 0.9, 'prior', '9/10/26'], ['creatinine', 2, 'admission', '12/5 01:30'], ['creatinine', 1.8, 'dated', '12/5 09:00']],
  ],
  [
    'Labs      12/1      10/27\nHb g/L    98        94\nCr umol/L 230       115\nHgb g/dL  9.8 L     9.4 L',
    [
      ['hemoglobin', 9.8, 'dated', '12/1'], ['hemoglobin', 9.4, 'dated', '10/27'],
      ['creatinine', 2.6, 'dated', '12/1'], ['creatinine', 1.3, 'dated', '10/27'],
      ['hemoglobin', 9.8, 'dated', '12/1'], ['hemoglobin', 9.4, 'dated', '10/27'],
    ],
  ],
  // not labelled time columns: a part between the gaps without a time, or with too many words
  ['Seen 12/1  and again  12/3 in clinic.\nHgb 9.1', [['hemoglobin', 9.1, undefined, undefined]]],
  ['Drawn 12/1 at the outside lab before the transfer   12/3\nHgb   9.1   8.0', [['hemoglobin', 9.1, undefined, undefined]]],
];

describe('lab: space-aligned tables with labelled time columns and row units', () => {
  it.each(LABELLED_TABLES)('%s', (note, want) => {
    const got = findingsOf(note, 'lab').map((f) => [f.attributes.analyte, f.attributes.canonicalValue, f.attributes.time, f.attributes.timeText]);
    expect(got).toEqual(want);
  });
});
