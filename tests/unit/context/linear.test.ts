/**
 * The context stage on 100 KB runs of repeated triggers with a finding after every few of them: every
 * finding gets its assertion. Its time on such runs (linear in tokens) is the benchmark's growth check,
 * whose adversarial families include each of these runs.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { assertCandidates, assertSpan } from '../../../src/engine/assertion/assert.ts';
import type { AnyCandidate } from '../../../src/engine/document.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';

const lexicon = defaultLexicon();
const SIZE = 100_000;

const runs: [name: string, unit: string][] = [
  ['no', 'no '],
  ['denies', 'denies '],
  ['question marks', '? '],
  ['history of', 'history of '],
  ['mother', 'mother '],
  ['ruled out (backward)', 'ruled out '],
  ['terminations', 'but no '],
  ['pseudo-triggers', 'no change in size '],
];

describe('context stage on 100 KB of repeated triggers', () => {
  it.each(runs)('100 KB of "%s" with findings throughout', (_name, unit) => {
    const text = (unit + 'weakness ').repeat(Math.ceil(SIZE / (unit.length + 9)));
    const doc = analyze(text, lexicon);
    const candidates: AnyCandidate[] = [];
    doc.tokens.forEach((t, i) => {
      if (t.norm === 'weakness') {
        candidates.push({ type: 'fatigue', start: t.start, end: t.end, firstToken: i, endToken: i + 1, sentence: doc.sentenceOfToken[i]!, attributes: {} });
      }
    });
    const result = assertCandidates(doc, candidates, lexicon);
    expect(result).toHaveLength(candidates.length);
  });

  it('asserts one span after 100 KB of triggers', () => {
    const text = 'denies '.repeat(SIZE / 7) + 'weakness';
    expect(assertSpan(text, text.length - 8, text.length).negated).toBe(true);
  });
});
