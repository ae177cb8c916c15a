/**
 * Every phrase list of the lexicon (finding terms, inflections, diagnosis terms, analyte aliases,
 * lab flags, ConText triggers, pseudo-triggers, terminations, section headers, anatomy, strength
 * phrases, cues, codes) repeated into 100 KB, run together and as header-like lines: lint() stays
 * under a second of CPU and linear when the input doubles.
 */
import { afterAll, describe, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { LEXICON_FAMILIES } from './adversarial-inputs.ts';
import { expectLinear } from './measure.ts';

const SIZE = 100_000;
const log: string[] = [];

afterAll(() => console.log(`lexicon phrase-list linearity (CPU time; wall time in brackets):\n${log.join('\n')}`));

describe('lint() on 100 KB of each lexicon phrase list', () => {
  lint('HPI: feels weak x 3 weeks. Exam: strength 4/5. K 3.1 (L). Assessment: R53.1'.repeat(50)); // warm the JIT

  it.each(LEXICON_FAMILIES.map((f) => [f.name, f] as const))('%s', (name, family) => {
    expectLinear(name, (size) => {
      const text = family.build(size);
      return () => lint(text);
    }, SIZE, log);
  });
});
