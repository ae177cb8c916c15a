import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.ts';

const ICD: { note: string; codes: { text: string; code: string; valid: boolean; known: boolean }[] }[] = [
  { note: 'Assessment: Generalized weakness (R53.1).', codes: [{ text: 'R53.1', code: 'R53.1', valid: true, known: true }] },
  { note: 'Dx code R531 entered.', codes: [{ text: 'R531', code: 'R53.1', valid: true, known: true }] },
  { note: 'Muscle weakness (M62.81) on exam.', codes: [{ text: 'M62.81', code: 'M62.81', valid: true, known: true }] },
  { note: 'M62.81 - muscle weakness (generalized)', codes: [{ text: 'M62.81', code: 'M62.81', valid: true, known: true }] },
  { note: 'Multiple sclerosis G35.A', codes: [{ text: 'G35.A', code: 'G35.A', valid: true, known: true }] },
  { note: 'Post COVID-19 condition U09.9', codes: [{ text: 'U09.9', code: 'U09.9', valid: true, known: true }] },
  { note: 'Inflammatory myopathy (G72.4)', codes: [{ text: 'G72.4', code: 'G72.4', valid: true, known: true }] },
  { note: 'Hypokalemia E87.6.', codes: [{ text: 'E87.6', code: 'E87.6', valid: true, known: true }] },
  { note: 'Adverse effect of statin T46.6X5A', codes: [{ text: 'T46.6X5A', code: 'T46.6X5A', valid: true, known: true }] },
  { note: 'Heart failure (I50)', codes: [{ text: 'I50', code: 'I50', valid: true, known: false }] },
  { note: 'ICD-10 code: R54', codes: [{ text: 'R54', code: 'R54', valid: true, known: true }] },
  { note: 'Assessment:\nR54 Age-related physical debility', codes: [{ text: 'R54', code: 'R54', valid: true, known: true }] },
  { note: 'Assessment: Frailty R54, lives alone.', codes: [{ text: 'R54', code: 'R54', valid: true, known: true }] },
  {
    note: 'Codes: R53.1, M62.81',
    codes: [
      { text: 'R53.1', code: 'R53.1', valid: true, known: true },
      { text: 'M62.81', code: 'M62.81', valid: true, known: true },
    ],
  },
  // Shape-valid but not in the code lexicon; too many characters after the dot.
  { note: 'Coded as Z99.89 today.', codes: [{ text: 'Z99.89', code: 'Z99.89', valid: true, known: false }] },
  { note: 'Dx: M62.81234', codes: [{ text: 'M62.81234', code: 'M62.81234', valid: false, known: false }] },
];

describe('icd10-code', () => {
  it.each(ICD)('$note', ({ note, codes }) => {
    const found = findingsOf(note, 'icd10-code');
    expect(found.map((f) => ({ text: f.text, ...f.attributes }))).toEqual(codes);
  });

  it.each([
    'B12 was low last year.',
    'Hemoglobin A1C 7.2%.',
    'Takes vitamin D3 daily.',
    'Free T4 normal.',
    'Vitamin K2 supplement.',
    'Heart failure I50 in prose without a code context.',
    'Assessment: vitamin B12 low, r54 typed in lower case.',
    'T12 compression fracture.',
    'Preoperative diagnosis:\nT11 compression fracture.',
    'Vitals: BP 118/66. T36.8C. HR 83.',
    'L4-5 stenosis.',
    'Room B12, bed 3.',
    // Concentrated dextrose, named as a treatment, in the plan where capitals would make it a code.
    'A/P: Hyperkalemia: calcium gluconate 1 g IV, insulin 10 u + D50, recheck K.',
    'Plan: hypoglycemia - 1 amp D50 given, then D10 infusion at 50 mL/h.',
    'Assessment: BG 38, D50 25 g IV push.',
  ])('no code in: %s', (note) => {
    expect(findingsOf(note, 'icd10-code')).toEqual([]);
  });
});

describe('icd10-code: a treatment look-alike still counts where it is a code', () => {
  it.each([
    { note: 'Assessment: Iron deficiency anemia (D50.9), on ferrous sulfate.', code: 'D50.9' },
    { note: 'Dx: D50 - iron deficiency anemia, header only.', code: 'D50' },
    { note: 'Problem list: iron deficiency anemia (D50).', code: 'D50' },
  ])('$note', ({ note, code }) => {
    expect(findingsOf(note, 'icd10-code').map((f) => f.attributes.code)).toEqual([code]);
  });
});

describe('cpt-code', () => {
  it.each([
    { note: 'CPT 99214', codes: ['99214'] },
    { note: 'Therapeutic exercise (CPT: 97110).', codes: ['97110'] },
    { note: 'CPT codes: 97110, 97530 and 97112.', codes: ['97110', '97530', '97112'] },
    { note: 'Billed 95831 (CPT) for muscle testing.', codes: ['95831'] },
    { note: 'CPT 99214-25 with modifier.', codes: ['99214'] },
    { note: 'CPT 99213/99214 office visit.', codes: ['99213', '99214'] },
    {
      note: 'CPT codes commonly billed:\n- 97110: Therapeutic exercises\n- 97530: Therapeutic activities\nFollow up in 12345 days.\n- 97140: not after a break',
      codes: ['97110', '97530'],
    },
  ])('$note', ({ note, codes }) => {
    expect(findingsOf(note, 'cpt-code').map((f) => f.attributes.code)).toEqual(codes);
  });

  it.each(['99214 - office visit', 'Zip 97110.', 'WBC 12000.', 'Walked 10,000 steps.'])(
    'no CPT code in: %s',
    (note) => {
      expect(findingsOf(note, 'cpt-code')).toEqual([]);
    },
  );
});
