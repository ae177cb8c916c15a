import { describe, expect, it } from 'vitest';
import type { GaitAttributes } from '../../../../src/engine/types.ts';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('gait: phrases and attributes', () => {
  const cases: { text: string; phrase: string; attrs: GaitAttributes }[] = [
    { text: 'Exam: Unsteady gait.', phrase: 'Unsteady gait', attrs: { abnormal: true } },
    { text: 'Exam: Slow gait with short steps.', phrase: 'Slow gait', attrs: { abnormal: true } },
    { text: 'Exam: Antalgic gait favoring the right.', phrase: 'Antalgic gait', attrs: { abnormal: true } },
    { text: 'Exam: Gait antalgic.', phrase: 'antalgic', attrs: { abnormal: true } },
    { text: 'Exam: Shuffling gait.', phrase: 'Shuffling gait', attrs: { abnormal: true } },
    { text: 'Exam: Wide-based gait.', phrase: 'Wide-based gait', attrs: { abnormal: true } },
    { text: 'Exam: Ataxic gait.', phrase: 'Ataxic gait', attrs: { abnormal: true } },
    { text: 'Exam: Waddling gait.', phrase: 'Waddling gait', attrs: { abnormal: true } },
    { text: 'Exam: Positive Trendelenburg on the left.', phrase: 'Trendelenburg', attrs: { abnormal: true } },
    { text: 'HPI: She uses a walker at home.', phrase: 'uses a walker', attrs: { abnormal: true, aid: 'walker' } },
    { text: 'HPI: Ambulates with a cane.', phrase: 'cane', attrs: { abnormal: true, aid: 'cane' } },
    { text: 'HPI: Now uses a wheelchair outside the home.', phrase: 'wheelchair', attrs: { abnormal: true, aid: 'wheelchair' } },
    { text: 'Exam: Gait normal.', phrase: 'Gait normal', attrs: { abnormal: false } },
    { text: 'Exam: Steady gait, able to tandem walk.', phrase: 'Steady gait', attrs: { abnormal: false } },
    { text: 'Exam: Normal gait and station.', phrase: 'Normal gait and station', attrs: { abnormal: false } },
    { text: 'Exam: Ambulating with RW.', phrase: 'RW', attrs: { abnormal: true, aid: 'walker' } },
  ];
  it.each(cases)('$text -> $phrase', ({ text, phrase, attrs }) => {
    expect(findingWith(text, 'gait', phrase).attributes).toEqual(attrs);
  });
});

describe('gait: not gait', () => {
  it.each([
    'Plan: Gait training with PT.',
    'Plan: Use a gait belt for transfers.',
    'Assessment: Electrolyte imbalance.',
    'Diet: Avoid sugar cane juice.',
    'Referred by Dr. Walker.',
    'Exam: rw noted as abbreviation in lower case.',
  ])('%s', (text) => {
    expect(findingsOf(text, 'gait')).toEqual([]);
  });
});

describe('gait: assertion', () => {
  const cases: AssertionCase[] = [
    { text: 'Exam: Gait is unsteady.', phrase: 'unsteady', expect: 'affirmed' },
    { text: 'HPI: Does not use a cane.', phrase: 'cane', expect: 'negated' },
    { text: 'HPI: No walker needed but gait is unsteady.', phrase: 'unsteady', expect: 'affirmed' },
    { text: 'Exam: No change from her baseline shuffling gait.', phrase: 'shuffling gait', expect: 'affirmed' },
    { text: 'HPI: Previously used a walker after her hip fracture in 2019.', phrase: 'walker', expect: 'historical' },
    { text: 'Family history: Father with shuffling gait.', phrase: 'shuffling gait', expect: 'family' },
    { text: 'Instructions: If gait becomes unsteady, use the walker.', phrase: 'unsteady', expect: 'hypothetical' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: want }) => {
    const f = findingWith(text, 'gait', phrase);
    if (want === 'affirmed') expect(isAffirmed(f)).toBe(true);
    else if (want !== 'none') expect(f.assertion[want]).toBe(true);
  });
});
