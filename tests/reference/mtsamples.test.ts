// The benchmark's corpus loader on the MTSamples export in ../shared (corpus/mtsamples-partial.csv).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../bench/corpus/load.ts';
import { SHARED } from './shared.ts';

const MTSAMPLES = join(SHARED, 'corpus/mtsamples-partial.csv');
describe('loadCorpus on the shared MTSamples export', () => {
  it('reads every non-empty transcription, line breaks inside quotes included', () => {
    const notes = loadCorpus(MTSAMPLES);
    expect(notes.length).toBe(316);
    expect(notes.reduce((sum, n) => sum + n.text.length, 0)).toBe(898_523);
    expect(notes[0]!.text.startsWith('SUBJECTIVE:')).toBe(true);
  });
});
