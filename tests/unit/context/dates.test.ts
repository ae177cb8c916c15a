/** Calendar dates of a note, the encounter's date, and which dates lie before it. */
import { describe, expect, it } from 'vitest';
import { encounterDate, findDates, isBeforeEncounter } from '../../../src/engine/assertion/dates.ts';
import { lint } from '../../../src/engine/index.ts';
import { compileLexicon } from '../../../src/engine/lexicon.ts';
import { LEXICON_DATA } from '../../../src/lexicon/generated/lexicon.ts';
import { tokenize } from '../../../src/text/tokens.ts';

/** The lexicon's stay window (lexicon/context.yaml `encounterDates`). */
const STAY = LEXICON_DATA.context.encounterDates.maxStayDays;

const dateRows: [text: string, found: [month: number, day: number, year: number | null][]][] = [
  ['Seen June 24, 2008 in the ER.', [[6, 24, 2008]]],
  ['Seen Jun 24 2008.', [[6, 24, 2008]]],
  ['CVA in March 2019.', [[3, 0, 2019]]],
  ['Labs 6/24/2008 and 06-24-08.', [[6, 24, 2008], [6, 24, 2008]]],
  ['Drawn 2008-06-24.', [[6, 24, 2008]]],
  ['Initial evaluation 3/14: hip flexors 3+/5.', [[3, 14, null]]],
  ['On 3/14 she fell.', [[3, 14, null]]],
  ['Seen on May 3rd.', [[5, 3, null]]],
  // a month and a two-digit year no day can be, where a date stands
  ['CABG in 9/92, stable since.', [[9, 0, 1992]]],
  ['9/92 Cr 2.1.', [[9, 0, 1992]]],
  ['Creatinine 2.1 (9/92).', [[9, 0, 1992]]],
  // negative rows: grades, scores, ratios and modal verbs are not dates
  ['ANA 1/80, RF 12.', []],
  ['Pain 7/10, BP 110/92.', []],
  ['Dose 2/45 of the protocol.', []],
  ['Hip flexors 4/5, pain 7/10.', []],
  ['Strength of 4/5 in the deltoids.', []],
  ['She may need 5 more sessions.', []],
  ['It may be weakness.', []],
  ['BP 130/80, ratio 2/1.', []],
];

describe('findDates', () => {
  it.each(dateRows)('%s', (text, found) => {
    expect(findDates(tokenize(text)).map((d) => [d.month, d.day, d.year])).toEqual(found);
  });
});

describe('encounterDate and isBeforeEncounter', () => {
  it('takes the labelled date of service over a later date', () => {
    const tokens = tokenize('Follow-up 12/20/2026. Date of service: 12/05/2026. Labs 11/30/2026.');
    expect(encounterDate(tokens, findDates(tokens), STAY)).toEqual({ year: 2026, month: 12, day: 5 });
  });
  it('takes the admission date of a discharge summary', () => {
    const tokens = tokenize('Admission date: 9/19/2007\nDischarge date: 9/27/2007');
    expect(encounterDate(tokens, findDates(tokens), STAY)).toEqual({ year: 2007, month: 9, day: 19 });
  });
  it('starts an inpatient stay at its admission date, or counts its hospital day back', () => {
    const admitted = tokenize('Date of service: 3/5/2026. Admitted 3/2/2026 with pneumonia.');
    expect(encounterDate(admitted, findDates(admitted), STAY)).toEqual({ year: 2026, month: 3, day: 2 });
    const hospitalDay = tokenize('HD#4 progress note. Date of service: 3/5/2026.');
    expect(encounterDate(hospitalDay, findDates(hospitalDay), STAY)).toEqual({ year: 2026, month: 3, day: 2 });
    const newYear = tokenize('Hospital day 3. DOS 1/2/2026.');
    expect(encounterDate(newYear, findDates(newYear), STAY)).toEqual({ year: 2025, month: 12, day: 31 });
    // An admission long before the visit is another stay; an admission after it is not this one's start.
    const earlier = tokenize('Date of service: 3/5/2026. Previously admitted 3/2024 for CHF.');
    expect(encounterDate(earlier, findDates(earlier), STAY)).toEqual({ year: 2026, month: 3, day: 5 });
    const later = tokenize('Date of service: 3/5/2026. Admitted 3/9/2026 for surgery (planned).');
    expect(encounterDate(later, findDates(later), STAY)).toEqual({ year: 2026, month: 3, day: 5 });
  });
  it('takes the latest full date without a label, and none without a full date', () => {
    const tokens = tokenize('CT 3/1/2026. Seen 5/2/2026. Initial evaluation 3/14:');
    expect(encounterDate(tokens, findDates(tokens), STAY)).toEqual({ year: 2026, month: 5, day: 2 });
    const bare = tokenize('Initial evaluation 3/14: MMT 3+/5.');
    expect(encounterDate(bare, findDates(bare), STAY)).toBeNull();
  });
  it('never takes a month without its day as the encounter: a note dates itself to the day', () => {
    const monthOnly = tokenize('3/2019: Hgb 8.1. MI in March 2020.');
    expect(encounterDate(monthOnly, findDates(monthOnly), STAY)).toBeNull();
  });
  const encounter = { year: 2026, month: 5, day: 2 };
  it.each([
    [{ month: 3, day: 14, year: null }, true],
    [{ month: 5, day: 2, year: 2026 }, false],
    [{ month: 6, day: 1, year: null }, false],
    [{ month: 4, day: 0, year: 2026 }, true],
    [{ month: 5, day: 0, year: 2026 }, false],
    [{ month: 12, day: 30, year: 2025 }, true],
  ] as const)('%o before 2026-05-02: %s', (d, before) => {
    expect(isBeforeEncounter({ first: 0, last: 0, ...d }, encounter)).toBe(before);
  });
});

describe('the stay window comes from lexicon/context.yaml', () => {
  // The visit is 5/1/2026; 1/1/2026 is 120 days before it, 12/31/2025 121 days.
  const admittedOn = (date: string) => tokenize(`Date of service: 5/1/2026. Admission date: ${date}.`);
  it.each<[date: string, window: number, start: { year: number; month: number; day: number }]>([
    ['1/1/2026', 120, { year: 2026, month: 1, day: 1 }],
    ['12/31/2025', 120, { year: 2026, month: 5, day: 1 }],
    ['4/1/2026', 30, { year: 2026, month: 4, day: 1 }],
    ['3/31/2026', 30, { year: 2026, month: 5, day: 1 }],
    // an admission after the visit never starts its stay, whatever the window
    ['5/2/2026', 3650, { year: 2026, month: 5, day: 1 }],
  ])('admitted %s, window %i days -> the stay starts %o', (date, window, start) => {
    const tokens = admittedOn(date);
    expect(encounterDate(tokens, findDates(tokens), window)).toEqual(start);
  });

  it('the shipped window is 120 days', () => {
    expect(STAY).toBe(120);
  });

  // Weakness dated inside the stay is current; once the window excludes the admission, the stay starts at the
  // visit and the earlier date makes it history. The same note, two lexicons.
  const note = 'Date of service: 5/1/2026. Admission date: 2/1/2026.\nOn 2/3/2026 she had weakness of both legs.';
  const weaknessHistorical = (maxStayDays: number) => {
    const lexicon = compileLexicon({ ...LEXICON_DATA, context: { ...LEXICON_DATA.context, encounterDates: { ...LEXICON_DATA.context.encounterDates, maxStayDays } } });
    const weakness = lint(note, {}, lexicon).findings.find((f) => f.type === 'weakness');
    expect(weakness, 'a weakness finding').toBeDefined();
    return weakness!.assertion.historical;
  };
  it.each([
    [120, false],
    [89, false],
    [88, true],
  ])('window %i days: the dated weakness is historical: %s', (maxStayDays, historical) => {
    expect(weaknessHistorical(maxStayDays)).toBe(historical);
  });
});
