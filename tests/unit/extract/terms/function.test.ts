import { describe, expect, it } from 'vitest';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('function: phrases and domain', () => {
  it.each([
    ['HPI: Difficulty with ADLs.', 'Difficulty with ADLs', 'adl'],
    ['HPI: Needs assistance with transfers.', 'Needs assistance with transfers', 'transfers'],
    ['HPI: Progressive difficulty climbing stairs x 3 months.', 'difficulty climbing stairs', 'stairs'],
    ['HPI: Difficulty rising from a chair.', 'Difficulty rising from a chair', 'sit-to-stand'],
    ["HPI: She can't get up from a chair without help.", "can't get up from a chair", 'sit-to-stand'],
    ['HPI: Two falls in the past month.', 'falls', 'falls'],
    ['HPI: Recent fall at home.', 'Recent fall', 'falls'],
    ['HPI: Fall x2 this week.', 'Fall x2', 'falls'],
    ['HPI: She fell last week.', 'fell', 'falls'],
    ['HPI: Now bed-bound.', 'bed-bound', 'mobility'],
    ['Exam: Ambulates 50 ft with assist.', 'Ambulates 50 ft with assist', 'mobility'],
    ['HPI: Unable to walk since Monday.', 'Unable to walk', 'mobility'],
    ['HPI: Decreased mobility.', 'Decreased mobility', 'mobility'],
    ['HPI: Difficulty combing hair.', 'Difficulty combing hair', 'reaching'],
    ['HPI: Difficulty opening jars.', 'Difficulty opening jars', 'hand-function'],
    ['HPI: Trouble getting out of a low chair.', 'Trouble getting out of a low chair', 'sit-to-stand'],
    ['HPI: Difficulty getting up from a chair since May.', 'Difficulty getting up from a chair', 'sit-to-stand'],
    ["HPI: She can't rise from a chair without using arms.", "can't rise from a chair without using arms", 'sit-to-stand'],
  ])('%s -> %s (%s)', (text, phrase, domain) => {
    expect(findingWith(text, 'function', phrase).attributes.domain).toBe(domain);
  });
});

describe('function: not function', () => {
  it.each([
    'Plan: Fall precautions.',
    'Assessment: High fall risk.',
    'HPI: Difficulty falling asleep.',
    'HPI: She falls asleep watching TV.',
    'Plan: Recheck in the fall.',
    'Exam: Seated in a low chair.',
    'Plan: Use a chair with arms at home.',
  ])('%s', (text) => {
    expect(findingsOf(text, 'function')).toEqual([]);
  });
});

describe('function: assertion', () => {
  const cases: AssertionCase[] = [
    { text: 'HPI: Reports difficulty climbing stairs.', phrase: 'stairs', expect: 'affirmed' },
    { text: 'HPI: Denies falls.', phrase: 'falls', expect: 'negated' },
    { text: 'HPI: No falls but difficulty with ADLs.', phrase: 'ADLs', expect: 'affirmed' },
    { text: 'HPI: History of falls in 2018.', phrase: 'falls', expect: 'historical' },
    { text: 'Family history: Mother was bed-bound for years.', phrase: 'bed-bound', expect: 'family' },
    { text: 'Instructions: If you have a fall, call the clinic.', phrase: 'fall', expect: 'hypothetical' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: want }) => {
    const f = findingWith(text, 'function', phrase);
    if (want === 'affirmed') expect(isAffirmed(f)).toBe(true);
    else if (want !== 'none') expect(f.assertion[want]).toBe(true);
  });
});
