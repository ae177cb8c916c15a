/**
 * lint() stays linear on adversarial 100 KB inputs: runs of digits, slashes, spaces, grades, number
 * lists, brackets, repeated triggers, headers, lab aliases and durations, one 100,000-character
 * line. Each lints in under a second of CPU, and 200 KB takes at most ~3x as long as 100 KB.
 */
import { afterAll, describe, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { FAMILIES } from './adversarial-inputs.ts';
import { expectLinear } from './measure.ts';

const SIZE = 100_000;
const log: string[] = [];

afterAll(() => console.log(`lint linearity (CPU time; wall time in brackets):\n${log.join('\n')}`));

describe('lint() on adversarial 100 KB inputs', () => {
  lint('HPI: feels weak x 3 weeks. Exam: strength 4/5. K 3.1 (L). Assessment: R53.1'.repeat(50)); // warm the JIT

  it.each(FAMILIES.map((f) => [f.name, f] as const))('%s', (name, family) => {
    expectLinear(name, (size) => {
      const text = family.build(size);
      return () => lint(text);
    }, SIZE, log);
  });
});
