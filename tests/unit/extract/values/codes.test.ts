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
    // Dextrose in water written run together: shaped like an undotted code (D10.W), named as a treatment.
    'Hypoglycemia overnight: started D10W at 50 mL/h.',
    'Plan: BG 41, D50W 25 g IV push, then recheck.',
    'Assessment: BG 38, D50 25 g IV push.',
  ])('no code in: %s', (note) => {
    expect(findingsOf(note, 'icd10-code')).toEqual([]);
  });
});

type Row = { note: string; codes: [text: string, code: string, valid: boolean, known: boolean][] };
const rowsOf = (rows: Row[]) => rows.map((r) => ({ ...r, name: r.note.replace(/\n/g, ' / ') }));
const read = (note: string) => findingsOf(note, 'icd10-code').map((f) => [f.text, f.attributes.code, f.attributes.valid, f.attributes.known]);

// FY2026 categories with a letter in third place (lexicon coding.yaml letterThirdCategories).
const LETTER_THIRD: Row[] = [
  { note: 'Chronic gout of right ankle (M1A.071).', codes: [['M1A.071', 'M1A.071', true, false]] },
  { note: 'Dx: M1A.0710', codes: [['M1A.0710', 'M1A.0710', true, false]] },
  { note: 'G1P0 at 39 weeks (Z3A.39).', codes: [['Z3A.39', 'Z3A.39', true, false]] },
  { note: 'Z3A.39 - 39 weeks gestation', codes: [['Z3A.39', 'Z3A.39', true, false]] },
  { note: 'Merkel cell carcinoma C4A.9', codes: [['C4A.9', 'C4A.9', true, false]] },
  { note: 'A/P:\n1. C7A.1 malignant carcinoid\n2. D3A.00 benign carcinoid', codes: [['C7A.1', 'C7A.1', true, false], ['D3A.00', 'D3A.00', true, false]] },
  { note: 'Metastatic carcinoid (C7B.8).', codes: [['C7B.8', 'C7B.8', true, false]] },
  { note: 'O9A.211 injury complicating pregnancy, first trimester', codes: [['O9A.211', 'O9A.211', true, false]] },
  { note: 'ICD-10 codes: Z3A39, M1A071', codes: [['Z3A39', 'Z3A.39', true, false], ['M1A071', 'M1A.071', true, false]] },
  { note: 'Assessment: Merkel cell carcinoma (C4A).', codes: [['C4A', 'C4A', true, false]] },
  { note: 'Dx: C4A - Merkel cell carcinoma, site to follow.', codes: [['C4A', 'C4A', true, false]] },
  { note: 'Problem list: carcinoid C7A, C7B', codes: [['C7A', 'C7A', true, false], ['C7B', 'C7B', true, false]] },
  // Lower case as typed; too many characters: read, so the invalid-code rule sees it.
  { note: 'Coded z3a.39 at triage.', codes: [['z3a.39', 'Z3A.39', true, false]] },
  { note: 'Dx: M1A.07100', codes: [['M1A.07100', 'M1A.07100', false, false]] },
];

// Written forms of the codes every pack reads: 7th characters, undotted, lower case, glued, lists, ranges, labels.
const WRITTEN_FORMS: Row[] = [
  { note: 'Closed femoral neck fracture S72.001A.', codes: [['S72.001A', 'S72.001A', true, false]] },
  { note: 'Heat exhaustion, then traumatic rhabdomyolysis T79.6XXA', codes: [['T79.6XXA', 'T79.6XXA', true, true]] },
  // M62.82 has no children: M62.820 is shaped like a code and unknown (the invalid-code rule's question).
  { note: 'Codes: M62.82, M62.820', codes: [['M62.82', 'M62.82', true, true], ['M62.820', 'M62.820', true, false]] },
  { note: 'ICD-10: E876', codes: [['E876', 'E87.6', true, true]] },
  { note: 'A/P: hypokalemia E876, repleting', codes: [['E876', 'E87.6', true, true]] },
  { note: 'Fatigue r53.1 per intake.', codes: [['r53.1', 'R53.1', true, true]] },
  { note: 'Dx: r531', codes: [['r531', 'R53.1', true, true]] },
  { note: 'dx: e876, n179', codes: [['e876', 'E87.6', true, true], ['n179', 'N17.9', true, true]] },
  { note: 'E87.6-hypokalemia on admission', codes: [['E87.6', 'E87.6', true, true]] },
  { note: 'N17.9/AKI, improving', codes: [['N17.9', 'N17.9', true, true]] },
  { note: 'Dx: N179/AKI', codes: [['N179', 'N17.9', true, true]] },
  { note: 'E87.1, E87.6 on the claim', codes: [['E87.1', 'E87.1', true, true], ['E87.6', 'E87.6', true, true]] },
  { note: 'Codes: E87.1,E87.6', codes: [['E87.1', 'E87.1', true, true], ['E87.6', 'E87.6', true, true]] },
  { note: 'ICD-10 codes: E87.1; E87.6; N17.9', codes: [['E87.1', 'E87.1', true, true], ['E87.6', 'E87.6', true, true], ['N17.9', 'N17.9', true, true]] },
  { note: 'E87.1 - E87.6', codes: [['E87.1', 'E87.1', true, true], ['E87.6', 'E87.6', true, true]] },
  { note: 'Problem list:\n- Hypokalemia ICD-10: E87.6\n- AKI ICD-10: N17.9', codes: [['E87.6', 'E87.6', true, true], ['N17.9', 'N17.9', true, true]] },
  { note: 'Dx: R54.', codes: [['R54', 'R54', true, true]] },
  // A numbered list without a space after the number's dot.
  { note: 'A/P:\n1.E87.6 hypokalemia\n2.N17.9 AKI', codes: [['E87.6', 'E87.6', true, true], ['N17.9', 'N17.9', true, true]] },
  { note: 'Problem list:\n 12.M62.81 muscle weakness', codes: [['M62.81', 'M62.81', true, true]] },
];

describe('icd10-code: written forms', () => {
  it.each(rowsOf([...LETTER_THIRD, ...WRITTEN_FORMS]))('$name', ({ note, codes }) => {
    expect(read(note)).toEqual(codes);
  });

  it.each([
    // Lab names, vitamins, abbreviations and complement proteins shaped like a letter-third category or a code.
    'T2DM on metformin.',
    'Dx: T2DM',
    'A/P: T2DM, A1C 8.1, recheck in 3 months.',
    'Glycemic control (A1C).',
    'G6PD deficiency screen sent.',
    'K2 supplement daily.',
    'Complement C3 and C4 low.',
    'Assessment: C3/C4 complement low, lupus flare.',
    'Assessment: low C4A complement.',
    'Plan: check C4A and C4B levels.',
    'C4A/C4B null alleles.',
    // Spinal levels, alone and as ranges.
    'C4 radiculopathy.',
    'T2 weighted MRI.',
    'L5 radiculopathy.',
    'L4-L5 disc bulge.',
    'T2-T4 vertebral fractures.',
    // A code glued after a decimal or a version number, not a list number at the start of a line.
    'Software version 2.R53 installed.',
    'Temp 37.2.R53.1 logged.',
    'Ratio 1.E87 measured.',
    // Lower case without the dot and without a code cue.
    'Fatigue r531 today.',
    'Assessment: e876 typed in lower case.',
  ])('no code in: %s', (note) => {
    expect(read(note)).toEqual([]);
  });
});

// A range names a block ("excludes E40-E46"): both ends are read, marked, and in a code place or not as a whole.
describe('icd10-code: ranges', () => {
  it.each([
    { note: 'Codes E87.1-E87.6, N17.9', codes: [['E87.1', true], ['E87.6', true], ['N17.9', false]] },
    { note: 'Hyponatremia to hypokalemia E87.1\u2013E87.6.', codes: [['E87.1', true], ['E87.6', true]] },
    { note: 'Codes: E40-E46', codes: [['E40', true], ['E46', true]] },
    { note: 'Severe protein-calorie malnutrition, see block (E40-E46).', codes: [['E40', true], ['E46', true]] },
    { note: 'E87.1 - E87.6', codes: [['E87.1', false], ['E87.6', false]] },
  ])('$note', ({ note, codes }) => {
    expect(findingsOf(note, 'icd10-code').map((f) => [f.attributes.code, f.attributes.rangeEnd === true])).toEqual(codes);
  });

  it.each(['Malnutrition E40-E46 in prose.', 'L4-L5 and T2-T4 levels.', 'C4A-C4B complement.'])('no code in: %s', (note) => {
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
