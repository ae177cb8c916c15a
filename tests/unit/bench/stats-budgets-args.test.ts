import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/args.ts';
import { anyBudgetFailed, BUDGETS, checkBudgets } from '../../bench/budgets.ts';
import { median, percentile, summarize } from '../../bench/stats.ts';

describe('percentile (nearest rank)', () => {
  const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const cases: [number, number][] = [
    [50, 5],
    [95, 10],
    [90, 9],
    [10, 1],
    [100, 10],
    [0.1, 1],
  ];
  it.each(cases)('p%d of 1..10 is %d', (p, expected) => {
    expect(percentile(sorted, p)).toBe(expected);
  });
  it('is always an observed sample', () => {
    expect(percentile([3.5], 95)).toBe(3.5);
  });
  it.each([[0], [101], [-5], [Number.NaN]])('rejects p = %d', (p) => {
    expect(() => percentile(sorted, p)).toThrow(RangeError);
  });
  it('rejects no samples', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('sorts a copy and totals', () => {
    const samples = [5, 1, 3];
    expect(summarize(samples)).toEqual({ n: 3, p50: 3, p95: 5, max: 5, mean: 3, total: 9 });
    expect(samples).toEqual([5, 1, 3]);
    expect(median([4, 1, 9, 2])).toBe(2);
  });
});

describe('checkBudgets', () => {
  it('passes at the limit, fails above it, and is n/a when not measured', () => {
    const results = checkBudgets({ p95_ms_3k: 5, p95_ms_10k: 15.01, ms_1mb: null, ratio_vs_compromise: 0.4 });
    const status = Object.fromEntries(results.map((r) => [r.key, r.status]));
    expect(status).toMatchObject({ p95_ms_3k: 'pass', p95_ms_10k: 'fail', ms_1mb: 'n/a', ratio_vs_compromise: 'pass', keystroke_p95_ms_10k: 'n/a' });
    expect(anyBudgetFailed(results)).toBe(true);
  });
  it('does not count missing measurements as failures', () => {
    expect(anyBudgetFailed(checkBudgets({}))).toBe(false);
    expect(checkBudgets({ p95_ms_3k: Number.NaN })[0]!.status).toBe('n/a');
  });
  it('holds the budgets of issue 4', () => {
    const limits = Object.fromEntries(BUDGETS.map((b) => [b.key, b.limit]));
    expect(limits).toMatchObject({
      p95_ms_3k: 5,
      p95_ms_10k: 15,
      ms_1mb: 1_500,
      ratio_vs_compromise: 1,
      content_script_gzip_bytes: 30 * 1024,
      keystroke_p95_ms_10k: 150,
      cold_start_ms: 500,
      adversarial_max_ms: 1_000,
    });
  });
});

describe('parseArgs', () => {
  const ok: { argv: string[]; expected: Record<string, unknown> }[] = [
    { argv: [], expected: { json: false, corpus: null, check: false, quick: false, browser: true, profile: false, seed: null } },
    { argv: ['--json', '--corpus', 'notes/'], expected: { json: true, corpus: 'notes/' } },
    { argv: ['--check', '--no-browser'], expected: { check: true, browser: false } },
    { argv: ['--quick'], expected: { quick: true, browser: false } },
    { argv: ['--seed', '7', '--profile'], expected: { seed: 7, profile: true } },
    { argv: ['-h'], expected: { help: true } },
  ];
  it.each(ok)('$argv', ({ argv, expected }) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok && parsed.args).toMatchObject(expected);
  });
  const bad: { argv: string[]; error: RegExp }[] = [
    { argv: ['--corpus'], error: /--corpus needs a path/ },
    { argv: ['--corpus', '--json'], error: /--corpus needs a path/ },
    { argv: ['--seed', 'x'], error: /--seed/ },
    { argv: ['--seed', '-1'], error: /--seed/ },
    { argv: ['--fast'], error: /unknown option --fast/ },
  ];
  it.each(bad)('rejects $argv', ({ argv, error }) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});
