/**
 * Work grows linearly with the note on the inputs that once made lint() quadratic: one long line of
 * codes (every code rescanned its line for an inline "Dx:" label) and thousands of findings in one
 * long sentence (every finding rescanned its sentence for history and resolution cues). Work is
 * counted, not timed: phrase-matcher attempts (PhraseMatcher.matchAt, canStart and canStartWord) and the characters searched by
 * String indexOf/lastIndexOf, for the same family at n and 2n characters; and, for lookups that walked
 * every fluid, side word, author header, typed trigger or lab result once per finding, the array
 * elements visited (./array-work.ts). Linear work doubles; the quadratic loops roughly quadrupled it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { PhraseMatcher } from '../../../src/engine/matcher.ts';
import { FAMILIES } from '../../bench/adversarial-families.ts';
import { arrayElementsVisited } from './array-work.ts';

const SIZE = 6_000;
/** Doubling the input may at most this much more work (2 is linear; quadratic work gives about 4). */
const MAX_GROWTH = 2.4;

interface Work {
  matchAttempts: number;
  charsSearched: number;
}

/** Phrase-matcher attempts and characters searched by String indexOf/lastIndexOf during lint(text). */
function workOf(text: string): Work {
  const work: Work = { matchAttempts: 0, charsSearched: 0 };
  const matchAt = PhraseMatcher.prototype.matchAt;
  const indexOf = String.prototype.indexOf;
  const lastIndexOf = String.prototype.lastIndexOf;
  vi.spyOn(PhraseMatcher.prototype, 'matchAt').mockImplementation(function (this: PhraseMatcher<unknown>, ...args) {
    work.matchAttempts++;
    return matchAt.apply(this, args);
  });
  // Scanners ask whether a phrase starts at a token before they try it: each question is an attempt too.
  const canStart = PhraseMatcher.prototype.canStart;
  vi.spyOn(PhraseMatcher.prototype, 'canStart').mockImplementation(function (this: PhraseMatcher<unknown>, norm: string) {
    work.matchAttempts++;
    return canStart.call(this, norm);
  });
  const canStartWord = PhraseMatcher.prototype.canStartWord;
  vi.spyOn(PhraseMatcher.prototype, 'canStartWord').mockImplementation(function (this: PhraseMatcher<unknown>, id: number) {
    work.matchAttempts++;
    return canStartWord.call(this, id);
  });
  vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, search: string, from?: number) {
    const start = Math.max(0, Math.min(from ?? 0, this.length));
    const found = indexOf.call(this, search, start);
    work.charsSearched += (found < 0 ? this.length : found) - start;
    return found;
  });
  vi.spyOn(String.prototype, 'lastIndexOf').mockImplementation(function (this: string, search: string, from?: number) {
    const start = Math.max(0, Math.min(from ?? Infinity, this.length));
    const found = lastIndexOf.call(this, search, start);
    work.charsSearched += start - Math.max(found, 0);
    return found;
  });
  try {
    lint(text);
  } finally {
    vi.restoreAllMocks();
  }
  return work;
}

const family = (name: string) => {
  const found = FAMILIES.find((f) => f.name === name);
  if (!found) throw new Error(`no adversarial family named ${name}`);
  return found;
};

describe('lint() work grows linearly on long runs of codes and findings', () => {
  afterEach(() => vi.restoreAllMocks());

  const families = [
    // One line of codes: each code's inline-label check.
    'codes',
    'T-codes',
    'code-like runs',
    // Thousands of findings in one sentence: per-finding sentence cues, note-wide facts per suggestion.
    'cause links',
    'mixed findings',
    'diagnosis lists',
    'single 100,000-char line',
    // Many short lines of codes and findings, for contrast: linear before and after.
    'assessment code lists',
    'numbered problem list',
  ];
  it.each(families)('%s: n to 2n characters at most doubles the counted work (with slack)', (name) => {
    const f = family(name);
    const small = workOf(f.build(SIZE));
    const large = workOf(f.build(2 * SIZE));
    expect(small.matchAttempts).toBeGreaterThan(0);
    expect(large.matchAttempts / small.matchAttempts, `phrase-matcher attempts: ${small.matchAttempts} -> ${large.matchAttempts}`).toBeLessThanOrEqual(MAX_GROWTH);
    expect(large.charsSearched / Math.max(small.charsSearched, SIZE), `characters searched: ${small.charsSearched} -> ${large.charsSearched}`).toBeLessThanOrEqual(MAX_GROWTH);
  });
});

describe('lint() work grows linearly where a lookup per finding walked every item of the note', () => {
  const families: [name: string, step: string][] = [
    ['IV fluids and additives in one sentence', "an additive's fluids in its clause (isMaintenanceAdditive)"],
    ['sides and deficits in one sentence', "a deficit's side words (sideNear)"],
    ['section authors and findings', 'the author header before a finding (authorRoleAt)'],
    ['note authors and findings', 'the author header before a finding (authorRoleAt)'],
    ['conditional treatments in one sentence', "a target's typed ConText triggers (scopeSentence)"],
    ['creatinine series', 'every pair of results for a rise (seriesRise)'],
    ['sodium series on one line', "a result's correcting value (correctingValue)"],
    ['hemoglobin series', 'merging a mention into the results so far (distinctResults)'],
  ];
  it.each(families)('%s: n to 2n characters at most doubles the array elements visited (%s)', (name) => {
    const f = family(name);
    // The first lint compiles the lexicon: not the note's work.
    lint('warm up');
    const small = arrayElementsVisited(() => lint(f.build(SIZE)));
    const large = arrayElementsVisited(() => lint(f.build(2 * SIZE)));
    expect(large / Math.max(small, SIZE), `array elements visited: ${small} -> ${large}`).toBeLessThanOrEqual(MAX_GROWTH);
  });
});
