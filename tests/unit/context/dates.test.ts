/** Calendar dates of a note, the encounter's date, and which dates lie before it. */
import { describe, expect, it } from 'vitest';
import { encounterDate, findDates, isBeforeEncounter } from '../../../src/engine/assertion/dates.ts';
import { tokenize } from '../../../src/text/tokens.ts';

const dateRows: [text: string, found: [month: number, day: number, year: number | null][]][] = [
  ['Seen June 24, 2008 in the ER.', [[6, 24, 2008]]],
  ['Seen Jun 24 2008.', [[6, 24, 2008]]],
  ['CVA in March 2019.', [[3, 0, 2019]]],
  ['Labs 6/24/2008 and 06-24-08.', [[6, 24, 2008], [6, 24, 2008]]],
  ['Drawn 2008-06-24.', [[6, 24, 2008]]],
  ['Initial evaluation 3/14: hip flexors 3+/5.', [[3, 14, null]]],
  ['On 3/14 she fell.', [[3, 14, null]]],
  ['Seen on May 3rd.', [[5, 3, null]]],
  // negative rows: grades, scores, ratios and modal verbs are not dates
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
    expect(encounterDate(tokens, findDates(tokens))).toEqual({ year: 2026, month: 12, day: 5 });
  });
  it('takes the admission date of a discharge summary', () => {
    const tokens = tokenize('Admission date: 9/19/2007\nDischarge date: 9/27/2007');
    expect(encounterDate(tokens, findDates(tokens))).toEqual({ year: 2007, month: 9, day: 19 });
  });
  it('starts an inpatient stay at its admission date, or counts its hospital day back', () => {
    const admitted = tokenize('Date of service: 3/5/2026. Admitted 3/2/2026 with pneumonia.');
    expect(encounterDate(admitted, findDates(admitted))).toEqual({ year: 2026, month: 3, day: 2 });
    const hospitalDay = tokenize('HD#4 progress note. Date of service: 3/5/2026.');
    expect(encounterDate(hospitalDay, findDates(hospitalDay))).toEqual({ year: 2026, month: 3, day: 2 });
    const newYear = tokenize('Hospital day 3. DOS 1/2/2026.');
    expect(encounterDate(newYear, findDates(newYear))).toEqual({ year: 2025, month: 12, day: 31 });
    // An admission long before the visit is another stay; an admission after it is not this one's start.
    const earlier = tokenize('Date of service: 3/5/2026. Previously admitted 3/2024 for CHF.');
    expect(encounterDate(earlier, findDates(earlier))).toEqual({ year: 2026, month: 3, day: 5 });
    const later = tokenize('Date of service: 3/5/2026. Admitted 3/9/2026 for surgery (planned).');
    expect(encounterDate(later, findDates(later))).toEqual({ year: 2026, month: 3, day: 5 });
  });
  it('takes the latest full date without a label, and none without a full date', () => {
    const tokens = tokenize('CT 3/1/2026. Seen 5/2/2026. Initial evaluation 3/14:');
    expect(encounterDate(tokens, findDates(tokens))).toEqual({ year: 2026, month: 5, day: 2 });
    const bare = tokenize('Initial evaluation 3/14: MMT 3+/5.');
    expect(encounterDate(bare, findDates(bare))).toBeNull();
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
