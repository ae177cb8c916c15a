import { describe, expect, it } from 'vitest';
import { debounceFor, INPUT_DEBOUNCE_MS, MIN_INPUT_DEBOUNCE_MS } from '../../../src/dom/page-watcher.ts';

describe('input debounce follows the lint round trip', () => {
  it.each([
    { name: 'before any lint', roundTrip: undefined, wait: INPUT_DEBOUNCE_MS },
    { name: 'a fast lint (short note)', roundTrip: 5, wait: MIN_INPUT_DEBOUNCE_MS },
    { name: 'a 30 ms lint', roundTrip: 30, wait: 90 },
    { name: 'a slow lint (1 MB note)', roundTrip: 400, wait: INPUT_DEBOUNCE_MS },
  ])('$name: waits $wait ms', ({ roundTrip, wait }) => {
    expect(debounceFor(roundTrip)).toBe(wait);
  });
});
