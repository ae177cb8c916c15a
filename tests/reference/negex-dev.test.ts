// `npm run eval:negex` targets on the NegEx development file in ../shared (eval/negex-dev.tsv).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseTsv } from '../../scripts/eval-negex.ts';
import { SHARED } from './shared.ts';

const DEV = join(SHARED, 'eval/negex-dev.tsv');

describe('eval:negex targets on the shared dev file', () => {
  it('reaches F1 >= 0.96 (negated class) and accuracy >= 0.985, historical F1 >= 0.80', () => {
    const { summary } = evaluate(parseTsv(readFileSync(DEV, 'utf8'), DEV));
    expect(summary.n).toBe(1193);
    expect(summary.f1).toBeGreaterThanOrEqual(0.96);
    expect(summary.accuracy).toBeGreaterThanOrEqual(0.985);
    expect(summary.historical?.n).toBe(1193);
    expect(summary.classes.historical?.f1).toBeGreaterThanOrEqual(0.8);
    expect(summary.experiencer?.n).toBe(1193);
  });
});
