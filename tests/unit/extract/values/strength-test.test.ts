import { describe, expect, it } from 'vitest';
import type { StrengthTestAttributes } from '../../../../src/engine/types.ts';
import { findingsOf } from './helpers.ts';

const POSITIVE: { note: string; text: string; test: StrengthTestAttributes }[] = [
  { note: 'Grip strength 18 kg.', text: 'Grip strength 18 kg', test: { test: 'grip', value: 18, unit: 'kg', reduced: false } },
  { note: 'Grip strength 12 kg on the right.', text: 'Grip strength 12 kg', test: { test: 'grip', value: 12, unit: 'kg', reduced: true } },
  { note: 'Hand dynamometer: 25 lbs.', text: 'Hand dynamometer: 25 lbs', test: { test: 'grip', value: 25, unit: 'lb', reduced: true } },
  { note: 'Dynamometry performed.', text: 'Dynamometry', test: { test: 'dynamometry' } },
  { note: 'Timed up and go 14 s.', text: 'Timed up and go 14 s', test: { test: 'timed-up-and-go', value: 14, unit: 's', reduced: true } },
  { note: 'TUG: 9 seconds.', text: 'TUG: 9 seconds', test: { test: 'timed-up-and-go', value: 9, unit: 's', reduced: false } },
  { note: 'TUG 16.', text: 'TUG 16', test: { test: 'timed-up-and-go', value: 16, unit: 's', reduced: true } },
  { note: '6-minute walk 250 m.', text: '6-minute walk 250 m', test: { test: 'six-minute-walk', value: 250, unit: 'm', reduced: true } },
  { note: '6MWT 1,500 ft.', text: '6MWT 1,500 ft', test: { test: 'six-minute-walk', value: 1500, unit: 'ft', reduced: false } },
  { note: 'Gait speed 0.6 m/s.', text: 'Gait speed 0.6 m/s', test: { test: 'gait-speed', value: 0.6, unit: 'm/s', reduced: true } },
  { note: 'Gait speed 1.1 m/s.', text: 'Gait speed 1.1 m/s', test: { test: 'gait-speed', value: 1.1, unit: 'm/s', reduced: false } },
  { note: '5x sit-to-stand 18 seconds.', text: '5x sit-to-stand 18 seconds', test: { test: 'sit-to-stand', value: 18, unit: 's', reduced: true } },
  { note: '30-second chair stand: 6 stands.', text: '30-second chair stand: 6 stands', test: { test: 'chair-stand-30s', value: 6, unit: 'reps', reduced: true } },
  { note: 'Manual muscle testing performed.', text: 'Manual muscle testing performed', test: { test: 'manual-muscle-testing' } },
  { note: 'Decreased grip strength bilaterally.', text: 'grip strength', test: { test: 'grip', reduced: true } },
  { note: 'TUG prolonged.', text: 'TUG', test: { test: 'timed-up-and-go', reduced: true } },
];

describe('strength-test', () => {
  it.each(POSITIVE)('$note', ({ note, text, test }) => {
    const found = findingsOf(note, 'strength-test');
    expect(found.map((f) => ({ text: f.text, test: f.attributes }))).toEqual([{ text, test }]);
  });

  it('a grade after a test name stays a grade, not a measure', () => {
    const note = 'Grip strength 5/5 bilaterally.';
    expect(findingsOf(note, 'strength-test').map((f) => f.attributes)).toEqual([{ test: 'grip' }]);
    expect(findingsOf(note, 'strength-grade').map((f) => f.attributes.grade)).toEqual([5]);
  });

  it.each(['Strength is 4/5.', 'He walks 6 minutes a day.', 'Stands up from a chair without help.'])('no strength test in: %s', (note) => {
    expect(findingsOf(note, 'strength-test')).toEqual([]);
  });

  it('a test that was not done is negated by the context stage', () => {
    const [t] = findingsOf('No grip strength testing was done today.', 'strength-test');
    expect(t?.assertion.negated).toBe(true);
  });
});
