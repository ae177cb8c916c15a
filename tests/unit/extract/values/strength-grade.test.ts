import { describe, expect, it } from 'vitest';
import { affirmed, findingsOf } from './helpers.ts';

interface Expected {
  text: string;
  grade: number | null;
  modifier?: '+' | '-';
  normal: boolean;
  sites: string[];
  laterality?: 'left' | 'right' | 'bilateral';
}

const POSITIVE: { note: string; grades: Expected[] }[] = [
  { note: 'Strength 4/5 bilateral upper extremities.', grades: [{ text: '4/5', grade: 4, normal: false, sites: ['upper extremity'], laterality: 'bilateral' }] },
  {
    note: 'Strength: 4/5 proximal arms/legs, 5/5 distal',
    grades: [
      { text: '4/5', grade: 4, normal: false, sites: ['proximal', 'upper extremity', 'lower extremity'] },
      { text: '5/5', grade: 5, normal: true, sites: ['distal'] },
    ],
  },
  { note: 'Hip flexors 4/5 bilaterally.', grades: [{ text: '4/5', grade: 4, normal: false, sites: ['hip flexors'], laterality: 'bilateral' }] },
  { note: 'Motor: 5/5 throughout.', grades: [{ text: '5/5', grade: 5, normal: true, sites: ['all extremities'] }] },
  { note: 'Motor 5/5 x4.', grades: [{ text: '5/5', grade: 5, normal: true, sites: ['all extremities'] }] },
  {
    note: 'Deltoids 4/5, biceps 4+/5, grip 5/5.',
    grades: [
      { text: '4/5', grade: 4, normal: false, sites: ['deltoids'] },
      { text: '4+/5', grade: 4, modifier: '+', normal: false, sites: ['biceps'] },
      { text: '5/5', grade: 5, normal: true, sites: ['grip'] },
    ],
  },
  { note: 'Quadriceps strength 4-/5 on the left.', grades: [{ text: '4-/5', grade: 4, modifier: '-', normal: false, sites: ['quadriceps'], laterality: 'left' }] },
  { note: 'Strength 5-/5 in the hip flexors.', grades: [{ text: '5-/5', grade: 5, modifier: '-', normal: false, sites: ['hip flexors'] }] },
  { note: 'Hip flexors now 4+/5 bilaterally.', grades: [{ text: '4+/5', grade: 4, modifier: '+', normal: false, sites: ['hip flexors'], laterality: 'bilateral' }] },
  {
    note: 'Quadriceps improved from 3/5 to 4/5.',
    grades: [
      { text: '3/5', grade: 3, normal: false, sites: ['quadriceps'] },
      { text: '4/5', grade: 4, normal: false, sites: ['quadriceps'] },
    ],
  },
  { note: 'Hip flexor strength 3/5.', grades: [{ text: '3/5', grade: 3, normal: false, sites: ['hip flexors'] }] },
  { note: 'Strength 4 out of 5 in the legs.', grades: [{ text: '4 out of 5', grade: 4, normal: false, sites: ['lower extremity'] }] },
  { note: 'MRC grade 4 in the deltoids.', grades: [{ text: 'MRC grade 4', grade: 4, normal: false, sites: ['deltoids'] }] },
  { note: 'Power grade 4/5 at the shoulder abductors.', grades: [{ text: 'Power grade 4/5', grade: 4, normal: false, sites: ['shoulder abductors'] }] },
  {
    note: 'Generalized muscle weakness (4/5 strength in all extremities), persistent >2 weeks.',
    grades: [{ text: '4/5', grade: 4, normal: false, sites: ['all extremities'] }],
  },
  {
    note: 'RUE 4/5, LUE 5/5.',
    grades: [
      { text: '4/5', grade: 4, normal: false, sites: ['upper extremity'], laterality: 'right' },
      { text: '5/5', grade: 5, normal: true, sites: ['upper extremity'], laterality: 'left' },
    ],
  },
  {
    note: 'Right deltoid 4/5 and left deltoid 5/5.',
    grades: [
      { text: '4/5', grade: 4, normal: false, sites: ['deltoids'], laterality: 'right' },
      { text: '5/5', grade: 5, normal: true, sites: ['deltoids'], laterality: 'left' },
    ],
  },
  {
    note: 'Hip flexors\t4/5\t4/5',
    grades: [
      { text: '4/5', grade: 4, normal: false, sites: ['hip flexors'] },
      { text: '4/5', grade: 4, normal: false, sites: ['hip flexors'] },
    ],
  },
  {
    note: 'MMT: hip flexion 3+/5 R, 4-/5 L.',
    grades: [
      { text: '3+/5', grade: 3, modifier: '+', normal: false, sites: ['hip flexors'], laterality: 'right' },
      { text: '4-/5', grade: 4, modifier: '-', normal: false, sites: ['hip flexors'], laterality: 'left' },
    ],
  },
  {
    note: 'LLE 4-/5 hip flexion and ankle dorsiflexion, otherwise 5/5.',
    grades: [
      { text: '4-/5', grade: 4, modifier: '-', normal: false, sites: ['lower extremity', 'hip flexors', 'dorsiflexors'], laterality: 'left' },
      { text: '5/5', grade: 5, normal: true, sites: [] },
    ],
  },
  // A side written first runs on over the commas of its list, to a semicolon (held-out-2 stroke note).
  {
    note: 'Exam: Strength: LUE deltoid 3/5, grip 4-/5; LLE hip flexion 4-/5, ankle DF 3/5.',
    grades: [
      { text: '3/5', grade: 3, normal: false, sites: ['upper extremity', 'deltoids'], laterality: 'left' },
      { text: '4-/5', grade: 4, modifier: '-', normal: false, sites: ['grip'], laterality: 'left' },
      { text: '4-/5', grade: 4, modifier: '-', normal: false, sites: ['lower extremity', 'hip flexors'], laterality: 'left' },
      { text: '3/5', grade: 3, normal: false, sites: ['dorsiflexors'], laterality: 'left' },
    ],
  },
  {
    note: 'Exam: Strength: LUE deltoid 4/5; grip 4-/5 bilaterally, hip flexors 4/5.',
    grades: [
      { text: '4/5', grade: 4, normal: false, sites: ['upper extremity', 'deltoids'], laterality: 'left' },
      { text: '4-/5', grade: 4, modifier: '-', normal: false, sites: ['grip'], laterality: 'bilateral' },
      { text: '4/5', grade: 4, normal: false, sites: ['hip flexors'] },
    ],
  },
  {
    note: 'Strength 5/5 in bilateral upper and lower extremities.',
    grades: [{ text: '5/5', grade: 5, normal: true, sites: ['upper extremity', 'lower extremity'], laterality: 'bilateral' }],
  },
  {
    note: 'Strength: 5/5 in bilateral deltoids, biceps, triceps, hip flexors, knee extensors, and ankle dorsiflexors.',
    grades: [
      {
        text: '5/5',
        grade: 5,
        normal: true,
        sites: ['deltoids', 'biceps', 'triceps', 'hip flexors', 'quadriceps', 'dorsiflexors'],
        laterality: 'bilateral',
      },
    ],
  },
  { note: 'Full strength in all extremities.', grades: [{ text: 'Full strength', grade: null, normal: true, sites: ['all extremities'] }] },
  { note: 'Strength intact.', grades: [{ text: 'Strength intact', grade: null, normal: true, sites: [] }] },
  { note: 'Normal strength and tone.', grades: [{ text: 'Normal strength', grade: null, normal: true, sites: [] }] },
  // Exam statements of reduced strength without a number: grade null, normal false.
  { note: 'Decreased strength on exam in the right hand.', grades: [{ text: 'Decreased strength', grade: null, normal: false, sites: ['hands'], laterality: 'right' }] },
  { note: 'Physical exam:\nStrength reduced in both legs.', grades: [{ text: 'Strength reduced', grade: null, normal: false, sites: ['lower extremity'], laterality: 'bilateral' }] },
  // The exam section alone makes "4/5" next to a site a grade.
  { note: 'Exam:\nLLE 4/5', grades: [{ text: '4/5', grade: 4, normal: false, sites: ['lower extremity'], laterality: 'left' }] },
];

describe('strength-grade: grades, sites and side', () => {
  it.each(POSITIVE)('$note', ({ note, grades }) => {
    const found = findingsOf(note, 'strength-grade');
    expect(found.map((f) => ({ text: f.text, ...f.attributes }))).toEqual(grades);
  });
});

const NEGATIVE = [
  'Seen on 4/5/2024 for follow-up.',
  'BP 120/80, HR 72.',
  'Pain 4/10 in the low back.',
  'Pain 4/5 today.',
  'Takes it 4/5 days of the week.',
  'Rated 3/5 on the satisfaction survey.',
  '4/5 of the pills were taken.',
  'Patient reports decreased strength in her legs.',
  'Grade 2/6 systolic murmur.',
  'DTRs 2+/4 symmetric.',
  'L4/5 disc bulge on MRI.',
  'Strength of the evidence is low.',
];

describe('strength-grade: not grades', () => {
  it.each(NEGATIVE)('%s', (note) => {
    expect(findingsOf(note, 'strength-grade')).toEqual([]);
  });
});

describe('strength-grade: phrases over the same words', () => {
  it('keeps one finding where a reduced and a normal phrase share a word', () => {
    const found = findingsOf('On exam decreased strength intact in the hip flexors; deltoids 4/5.', 'strength-grade');
    expect(found.map((f) => [f.text, f.attributes.grade, f.attributes.sites])).toEqual([
      ['decreased strength', null, []],
      ['4/5', 4, ['deltoids']],
    ]);
  });
});

describe('strength-grade: offsets', () => {
  it('keeps exact offsets with CRLF, tabs and non-ASCII text', () => {
    const note = 'Exam — café:\r\n\tStrength 4/5 in the hip flexors.\r\n';
    const [g] = findingsOf(note, 'strength-grade');
    expect(g && note.slice(g.start, g.end)).toBe('4/5');
  });
});

// Assertion is the context stage's: a few cases to show grades go through it like any finding.
describe('strength-grade: assertion (decided by the context stage)', () => {
  it('a grade in an exam sentence is affirmed', () => {
    const [g] = findingsOf('On exam strength is 4/5 in the hip flexors.', 'strength-grade');
    expect(g && affirmed(g)).toBe(true);
  });
  it('a grade in the past medical history is historical', () => {
    const [g] = findingsOf('Past medical history:\nStroke in 2019 with strength 3/5 in the right arm at that time.', 'strength-grade');
    expect(g?.assertion.historical).toBe(true);
  });
  it('a hypothetical grade is not affirmed', () => {
    const [g] = findingsOf('If strength falls to 3/5 in the legs, return to clinic.', 'strength-grade');
    expect(g && affirmed(g)).toBe(false);
  });
});
