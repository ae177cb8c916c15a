/**
 * Strength exams as therapists and clinicians write them: a row's label (limb, side) carried to its
 * grades, R/L columns, bare grades and MRC words in MMT tables, PT abbreviations of muscle groups.
 * Negative rows: reflexes, pulses, edema, range of motion, pupils, counts.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON_DATA } from '../../../../src/lexicon/generated/lexicon.ts';
import { findingsOf } from './helpers.ts';

type Row = [text: string, grade: number, modifier: '+' | '-' | null, sites: string[], side: 'left' | 'right' | 'bilateral' | null];

const grades = (note: string): Row[] =>
  findingsOf(note, 'strength-grade').map((f) => [f.text, f.attributes.grade ?? -1, f.attributes.modifier ?? null, f.attributes.sites, f.attributes.laterality ?? null]);

const CASES: { note: string; rows: Row[] }[] = [
  {
    note: 'MMT LLE: hip abd 3+/5, ankle DF 4-/5',
    rows: [
      ['3+/5', 3, '+', ['lower extremity', 'hip abductors'], 'left'],
      ['4-/5', 4, '-', ['lower extremity', 'dorsiflexors'], 'left'],
    ],
  },
  { note: 'RUE 3/5', rows: [['3/5', 3, null, ['upper extremity'], 'right']] },
  {
    note: 'Strength R/L: hip flex 4/5 5/5, knee ext 4-/5 4/5',
    rows: [
      ['4/5', 4, null, ['hip flexors'], 'right'],
      ['5/5', 5, null, ['hip flexors'], 'left'],
      ['4-/5', 4, '-', ['quadriceps'], 'right'],
      ['4/5', 4, null, ['quadriceps'], 'left'],
    ],
  },
  {
    note: 'MMT        R     L\nHip flex   4     5\nknee ext   4-    5\nDF         trace 5',
    rows: [
      ['4', 4, null, ['hip flexors'], 'right'],
      ['5', 5, null, ['hip flexors'], 'left'],
      ['4-', 4, '-', ['quadriceps'], 'right'],
      ['5', 5, null, ['quadriceps'], 'left'],
      ['trace', 1, null, ['dorsiflexors'], 'right'],
      ['5', 5, null, ['dorsiflexors'], 'left'],
    ],
  },
  {
    note: 'Strength (L | R)\nShoulder abd | 3/5 | 5/5\nElbow flex | 4/5 | 5/5',
    rows: [
      ['3/5', 3, null, ['shoulder abductors'], 'left'],
      ['5/5', 5, null, ['shoulder abductors'], 'right'],
      ['4/5', 4, null, ['biceps'], 'left'],
      ['5/5', 5, null, ['biceps'], 'right'],
    ],
  },
  { note: 'Hip flexion: R 4+ L 5', rows: [['4+', 4, '+', ['hip flexors'], 'right'], ['5', 5, null, ['hip flexors'], 'left']] },
  {
    note: 'L UE: shoulder flex 3/5, elbow flex 4/5 | grip 5/5',
    rows: [
      ['3/5', 3, null, ['upper extremity', 'shoulder flexors'], 'left'],
      ['4/5', 4, null, ['upper extremity', 'biceps'], 'left'],
      ['5/5', 5, null, ['upper extremity', 'grip'], 'left'],
    ],
  },
  { note: 'MMT: B hip abd 4/5.', rows: [['4/5', 4, null, ['hip abductors'], 'bilateral']] },
  { note: 'Bil quads 4+/5, hams 4/5', rows: [['4+/5', 4, '+', ['quadriceps'], 'bilateral'], ['4/5', 4, null, ['hamstrings'], 'bilateral']] },
  {
    note: 'MMT BLE: hip flex 4-/5, knee ext 4/5',
    rows: [
      ['4-/5', 4, '-', ['lower extremity', 'hip flexors'], 'bilateral'],
      ['4/5', 4, null, ['lower extremity', 'quadriceps'], 'bilateral'],
    ],
  },
  { note: 'Strength: R hip abd. 3+/5', rows: [['3+/5', 3, '+', ['hip abductors'], 'right']] },
  {
    note: 'MMT:\nRLE: hip flex antigravity, knee ext gravity eliminated, EHL 2/5',
    rows: [
      ['antigravity', 3, null, ['lower extremity', 'hip flexors'], 'right'],
      ['gravity eliminated', 2, null, ['lower extremity', 'quadriceps'], 'right'],
      ['2/5', 2, null, ['lower extremity', 'toe extensors'], 'right'],
    ],
  },
  { note: 'Shoulder ER/IR 4/5 bilat.', rows: [['4/5', 4, null, ['shoulder extensors'], 'bilateral']] },
  {
    note: 'Manual muscle testing:\nRUE 4-/5\nLUE 5/5\nBLE 5/5',
    rows: [
      ['4-/5', 4, '-', ['upper extremity'], 'right'],
      ['5/5', 5, null, ['upper extremity'], 'left'],
      ['5/5', 5, null, ['lower extremity'], 'bilateral'],
    ],
  },
  {
    note: 'O: Today\'s MMT\n   Hip abd    R 4-   L 4\n   Knee ext   R 4+   L 4+',
    rows: [
      ['4-', 4, '-', ['hip abductors'], 'right'],
      ['4', 4, null, ['hip abductors'], 'left'],
      ['4+', 4, '+', ['quadriceps'], 'right'],
      ['4+', 4, '+', ['quadriceps'], 'left'],
    ],
  },
  // A side of its own wins over the row's label; "otherwise" takes nothing from it.
  {
    note: 'LLE: R hip flex 5/5, L hip flex 3/5, otherwise 5/5',
    rows: [
      ['5/5', 5, null, ['lower extremity', 'hip flexors'], 'right'],
      ['3/5', 3, null, ['lower extremity', 'hip flexors'], 'left'],
      ['5/5', 5, null, [], null],
    ],
  },
];

describe('strength rows: label, columns, bare grades', () => {
  it.each(CASES)('$note', ({ note, rows }) => {
    expect(grades(note)).toEqual(rows);
  });
});

describe('strength rows: offsets are exact', () => {
  it('keeps UTF-16 spans of bare grades and words with CRLF, tabs and non-ASCII', () => {
    const note = 'Exam — café au lait spot 😀\r\nMMT —\tR\tL\r\nHip flex\t4+\t5\r\nDF\ttrace\t5\r\n';
    const found = findingsOf(note, 'strength-grade');
    expect(found.map((f) => note.slice(f.start, f.end))).toEqual(['4+', '5', 'trace', '5']);
    expect(found.map((f) => f.text)).toEqual(['4+', '5', 'trace', '5']);
  });
});

describe('strength rows: not grades', () => {
  it.each([
    'Reflexes: biceps 2+ bilaterally, patellar 2+',
    'DTRs: R 2+ L 2+',
    'Pulses: DP 2+ bilaterally',
    'BLE trace edema.',
    'Extremities: trace pitting edema to the ankles bilaterally.',
    'Knee flexion ROM: R 0-120, L 0-115 degrees',
    'Hip flexion 110 degrees R, 100 L',
    'MMT:\nPatient completed 3 sets of 10 reps.',
    'Pupils: R 3 L 3',
    'Visual acuity R 20/40 L 20/30',
    'Metastatic adenocarcinoma in 1/5 lymph nodes.',
    'Right knee pain 4 out of 10.',
    'Hip flex 4 sets x 10 reps with 2 lb weight.',
    'Strength: 3 sets of hip abduction with theraband.',
    'Knee: 2+ effusion on the right.',
  ])('%s', (note) => {
    expect(findingsOf(note, 'strength-grade')).toEqual([]);
  });
});

describe('strength rows: a sentence that states strength opens no table', () => {
  it('reads no bare grade in the line after "strength intact"', () => {
    expect(findingsOf('Motor: strength intact.\nRight hand 2 fingers numb.', 'strength-grade').map((f) => f.text)).toEqual(['strength intact']);
  });
});

describe('anatomy.yaml: every MRC grade word is a grade in an MMT row', () => {
  const words = LEXICON_DATA.anatomy.gradeWords.flatMap((g) => g.phrases.map((phrase) => ({ grade: g.grade, phrase })));
  it.each(words)('$phrase', ({ grade, phrase }) => {
    const [g] = findingsOf(`MMT RLE: hip flex ${phrase}, knee ext 4/5`, 'strength-grade');
    expect([g?.text.toLowerCase(), g?.attributes.grade, g?.attributes.laterality]).toEqual([phrase.toLowerCase(), grade, 'right']);
  });
});

// A reduced grade on one side only is focal weakness found on exam; grades on both sides, without a
// side or in all extremities are not.
describe('strength rows: one-sided reduced grades are focal objective weakness', () => {
  it.each([
    ['Exam:\nRUE 3/5', 'RUE 3/5', 'upper extremity', 'right'],
    ['MMT LLE: hip abd 3+/5, ankle DF 4-/5\nRLE 5/5\nBUE 5/5', 'hip abd 3+/5, ankle DF 4-/5', 'lower extremity', 'left'],
    ['Strength 4/5 in the left deltoid, otherwise 5/5.', '4/5 in the left deltoid', 'deltoids', 'left'],
    ['Strength R/L: hip flex 3/5 5/5, knee ext 4/5 5/5', 'hip flex 3/5 5/5, knee ext 4/5', 'hip flexors', 'right'],
  ])('%j', (note, text, site, laterality) => {
    const weakness = findingsOf(note, 'weakness', { codes: ['M62.81'] });
    expect(weakness.map((w) => [w.text, w.attributes])).toEqual([
      [text, { distribution: 'focal', observation: 'objective', ageRelated: false, site, laterality }],
    ]);
  });

  // Weakness must be the question: a code given or weakness in the note. An orthopaedic exam's
  // "deltoid 4/5" alone suggests no weakness code.
  it('reads focal weakness from grades only where weakness is in question', () => {
    const ortho = 'Exam: Left deltoid 4/5 with pain on abduction. Assessment: rotator cuff tear.';
    expect(findingsOf(ortho, 'weakness')).toEqual([]);
    // A code outside the weakness family (disuse atrophy) does not put weakness in question either.
    expect(findingsOf('Quadriceps 4-/5 R, 5/5 L. A/P: Disuse atrophy of the right thigh.', 'weakness', { codes: ['M62.551'] })).toEqual([]);
    expect(findingsOf('Quadriceps 4-/5 R, 5/5 L.', 'weakness', { codes: ['r531'] }).map((w) => w.attributes.laterality)).toEqual(['right']);
    expect(findingsOf(`${ortho} She reports weakness lifting the arm.`, 'weakness').map((w) => w.attributes.observation)).toContain('objective');
  });

  it.each([
    'MMT:\nRUE 4/5\nLUE 4/5',
    'Hip flexion 3+/5 R, 4-/5 L.',
    'MMT BLE: hip flex 4-/5, knee ext 4/5',
    'Strength 4/5 in all extremities.',
    'Hip flexors 4/5.',
    'RUE 5/5, LUE 5/5.',
    'Deltoids 4/5 bilaterally.',
  ])('%j: none', (note) => {
    expect(findingsOf(note, 'weakness', { codes: ['M62.81'] })).toEqual([]);
  });
});
