import { describe, expect, it } from 'vitest';
import { lint } from '../../../../src/engine/index.ts';
import { compileLexicon } from '../../../../src/engine/lexicon.ts';
import type { FindingOf } from '../../../../src/engine/types.ts';
import { LEXICON_DATA } from '../../../../src/lexicon/generated/lexicon.ts';
import { affirmed, findingsOf } from './helpers.ts';

const DURATIONS: { note: string; text: string; days: number | null; progressive?: boolean }[] = [
  { note: 'Progressive difficulty climbing stairs x 3 months.', text: 'x 3 months', days: 90, progressive: true },
  { note: 'Weakness x3 weeks.', text: 'x3 weeks', days: 21 },
  { note: 'Fatigue for 2 weeks.', text: 'for 2 weeks', days: 14 },
  { note: 'Weakness persistent >2 weeks.', text: '>2 weeks', days: 14 },
  { note: 'Weakness > 2 weeks.', text: '> 2 weeks', days: 14 },
  { note: 'Tired over the past month.', text: 'over the past month', days: 30 },
  { note: 'Weak since March.', text: 'since March', days: null },
  { note: 'Weakness, progressive over 6 weeks.', text: 'over 6 weeks', days: 42, progressive: true },
  { note: 'A 3-day history of fatigue.', text: '3-day history', days: 3 },
  { note: 'Weak for several days.', text: 'for several days', days: 4 },
  { note: 'Leg weakness started 2 weeks ago.', text: '2 weeks ago', days: 14 },
  { note: 'Weakness for the past 2-3 weeks.', text: 'for the past 2-3 weeks', days: 17.5 },
  { note: 'Fatigue in the last few months.', text: 'in the last few months', days: 90 },
  { note: 'Weak since last week.', text: 'since last week', days: 7 },
  { note: 'Fatigue for 72 hours.', text: 'for 72 hours', days: 3 },
  { note: 'Weakness for\u00a03\u00a0weeks.', text: 'for\u00a03\u00a0weeks', days: 21 },
  { note: 'Weakness for more than a year.', text: 'for more than a year', days: 365 },
];

describe('duration', () => {
  it.each(DURATIONS)('$note', ({ note, text, days, progressive }) => {
    const found = findingsOf(note, 'duration');
    expect(found.map((f) => ({ text: f.text, ...f.attributes }))).toEqual([{ text, days, ...(progressive ? { progressive } : {}) }]);
  });

  it.each([
    'Chronic weakness.',
    'Follow up in 2 weeks.',
    'PT every 2 weeks.',
    'Falls x2 this year.',
    'Since her stroke she walks with a cane.',
    'Strength 4/5 days later.',
    'Dr. X and Dr. Y agreed.',
    'Scan negative for any metastatic disease.',
  ])('no duration in: %s', (note) => {
    expect(findingsOf(note, 'duration')).toEqual([]);
  });
});

const AGES: { note: string; text: string; years: number }[] = [
  { note: '72-year-old woman with weakness.', text: '72-year-old', years: 72 },
  { note: 'Pt is a 72 yo M.', text: '72 yo', years: 72 },
  { note: '72 y/o female.', text: '72 y/o', years: 72 },
  { note: '72 y.o. man.', text: '72 y.o.', years: 72 },
  { note: '72M with fatigue.', text: '72M', years: 72 },
  { note: '72 F presents with weakness.', text: '72 F', years: 72 },
  { note: 'Age 72.', text: 'Age 72', years: 72 },
  { note: 'Age: 72', text: 'Age: 72', years: 72 },
  { note: 'Woman aged 72.', text: 'aged 72', years: 72 },
  { note: 'She is a 72 year old retired teacher.', text: '72 year old', years: 72 },
  { note: 'Patient is 72 years of age.', text: '72 years of age', years: 72 },
  { note: 'a 9-year-old boy', text: '9-year-old', years: 9 },
  { note: 'a 9-month-old infant', text: '9-month-old', years: 0.75 },
  { note: 'Pt: 72\u00a0yo woman', text: '72\u00a0yo', years: 72 },
];

describe('age', () => {
  it.each(AGES)('$note', ({ note, text, years }) => {
    const found = findingsOf(note, 'age');
    expect(found.map((f) => ({ text: f.text, ...f.attributes }))).toEqual([{ text, years }]);
  });

  it.each([
    'Atorvastatin 72 mg daily.',
    'NPO for 72 hours.',
    'Diagnosed with MS at age 40.',
    'Father died at the age of 79.',
    'Temp 101 F overnight.',
    '72-hour Holter monitor.',
    '6MWT 250 m.',
  ])(
    'no age in: %s',
    (note) => {
      expect(findingsOf(note, 'age')).toEqual([]);
    },
  );

  it('a relative\'s age is marked family by the context stage', () => {
    const [a] = findingsOf('Family history: mother is an 89-year-old with dementia.', 'age');
    expect(a?.assertion.family).toBe(true);
  });

  it('the patient\'s age is affirmed', () => {
    const [a] = findingsOf('72-year-old man with generalized weakness.', 'age');
    expect(a && affirmed(a)).toBe(true);
  });
});

describe('the oldest age is lexicon data (lexicon/values.yaml age.maxYears)', () => {
  const ages = (note: string, maxYears = LEXICON_DATA.values.age.maxYears) => {
    const lexicon = compileLexicon({ ...LEXICON_DATA, values: { ...LEXICON_DATA.values, age: { ...LEXICON_DATA.values.age, maxYears } } });
    return (lint(note, {}, lexicon).findings.filter((f) => f.type === 'age') as FindingOf<'age'>[]).map((f) => [f.text, f.attributes.years, affirmed(f)]);
  };
  it.each<[note: string, maxYears: number | undefined, found: [string, number, boolean][]]>([
    // the shipped bound, 125: just inside, at, just outside
    ['124-year-old woman, bedbound.', undefined, [['124-year-old', 124, true]]],
    ['Pt is a 125 yo F.', undefined, [['125 yo', 125, true]]],
    ['Pt is a 126 yo F.', undefined, []],
    ['Age: 126', undefined, []],
    ['Ran 150 M sprint last week.', undefined, []],
    // another bound read from the data
    ['Pt is a 90 yo M.', 90, [['90 yo', 90, true]]],
    ['Pt is a 91 yo M.', 90, []],
    ['91M with fatigue.', 90, []],
    // a relative's age within the bound is still read, as the family's
    ['Mother is a 90-year-old with dementia.', 90, [['90-year-old', 90, false]]],
    // not ages whatever the bound
    ['Diagnosed with MS at age 40.', 200, []],
    ['NPO for 72 hours.', 200, []],
  ])('%s (max %s) -> %j', (note, maxYears, found) => {
    expect(ages(note, maxYears)).toEqual(found);
  });

  it('the shipped bound is 125 years', () => {
    expect(LEXICON_DATA.values.age.maxYears).toBe(125);
  });
});
