import { describe, expect, it } from 'vitest';
import type { ClassResult, NodeBenchResult } from '../../bench/node-bench.ts';
import { hotFunctions, type CpuProfile } from '../../bench/profile.ts';
import { flatKeys, humanReport, jsonReport, type BenchReport } from '../../bench/report.ts';

const summary = (p50: number, p95: number) => ({ n: 10, p50, p95, max: p95 * 2, mean: p50, total: p50 * 10 });
const timing = (p50: number, p95: number) => ({ ...summary(p50, p95), charsPerSecond: 1e7, cpu: summary(p50 / 2, p95 / 2) });
const heap = { peakHeapUsed: 50e6, peakAddedByCall: 1e6 };
const cls = (id: string, p50: number, p95: number): ClassResult => ({
  id,
  notes: 10,
  meanChars: 3000,
  lint: timing(p50, p95),
  compromise: timing(p50 * 10, p95 * 10),
  ratio: 0.1,
  heap,
  findingsPerNote: 4,
  diagnosticsPerNote: 1,
});
const node: NodeBenchResult = {
  packCost: { notes: 'tests/eval/cases', noteCount: 40, packs: 7, rounds: 5, onePackMs: 100, allPacksMs: 118, ratio: 1.18, roundRatioMin: 1.1, roundRatioMax: 1.3 },
  classes: [cls('0.5k', 0.1, 0.2), cls('3k', 1, 2), cls('10k', 3, 6), cls('100k', 30, 40)],
  all: cls('all', 1, 10),
  megabyte: { chars: 1_048_576, lint: { ...summary(300, 320), cpu: summary(290, 300) }, compromiseMs: 4000, heap },
  adversarial: [{ id: 'digits', description: 'digits', chars: 100_000, ms: 12, cpuMs: 11, runs: 3, findings: 0 }],
  growth: [
    { family: 'digits', chars: 100_000, cpuMs: 20, doubledCpuMs: 44, growth: 2.2 },
    { family: 'slashes', chars: 100_000, cpuMs: 5, doubledCpuMs: 9, growth: 1 },
  ],
  warmupMs: 1500,
};
const base: BenchReport = {
  corpus: 'generated',
  environment: { node: 'v20', platform: 'linux x64', cpus: 2, cpuModel: 'cpu', loadAverage: [0.5, 0.7] },
  node,
  build: { ok: false, reason: 'no build' },
  browser: { ok: false, reason: 'no Chromium' },
};

describe('flatKeys', () => {
  it('has every key issue 4 names, null where not measured', () => {
    const flat = flatKeys(base);
    expect(flat).toMatchObject({ p50_ms_3k: 1, p95_ms_3k: 2, p95_ms_10k: 6, p95_ms_100k: 40, ms_1mb: 300, ratio_vs_compromise: 0.1, content_script_gzip_bytes: null, keystroke_p95_ms_10k: null, p95_ms_0_5k: 0.2, adversarial_max_ms: 12, adversarial_growth_max: 2.2, p95_cpu_ms_3k: 1, ratio_all_packs_vs_one: 1.18 });
  });
  it('takes the worse field for keystroke keys and reads sizes from the build', () => {
    const flat = flatKeys({
      ...base,
      build: { ok: true, sizes: { dir: '.output', contentScript: { raw: 100, gzip: 40, files: [] }, background: null, popup: null } },
      browser: {
        ok: true,
        bench: {
          chromium: 'Chromium',
          debounceMs: { min: 60, max: 300 },
          keystroke: [
            { field: 'contenteditable', size: '10k', chars: 10_000, edits: 40, missed: 0, p50: 50, p95: 90, max: 100 },
            { field: 'textarea', size: '10k', chars: 10_000, edits: 40, missed: 0, p50: 60, p95: 120, max: 130 },
          ],
          longTasks: { count: 0, maxMs: null, totalMs: 0, entries: [] },
          coldStartMs: 200,
          coldStartLongTasks: 0,
          warmStartMs: 80,
          coldDomContentLoadedMs: 50,
        },
      },
    });
    expect(flat).toMatchObject({ keystroke_p95_ms_10k: 120, keystroke_p50_ms_10k: 60, keystroke_p95_ms_3k: null, content_script_gzip_bytes: 40, background_gzip_bytes: null, cold_start_ms: 200, long_tasks_while_typing: 0 });
  });
});

describe('jsonReport', () => {
  it('is one JSON object with the flat keys at the top and budget verdicts', () => {
    const parsed = JSON.parse(jsonReport(base));
    expect(parsed.p95_ms_3k).toBe(2);
    expect(parsed.keystroke_p95_ms_10k).toBeNull();
    expect(parsed.budgets.find((b: { key: string }) => b.key === 'p95_ms_3k').status).toBe('pass');
    expect(parsed.browser).toEqual({ ok: false, reason: 'no Chromium' });
  });
});

describe('humanReport', () => {
  it('prints each budget with its verdict and why a part was not measured', () => {
    const text = humanReport({ ...base, node: { ...node, classes: [cls('0.5k', 0.1, 0.2), cls('3k', 1, 9)] } });
    expect(text).toMatch(/lint 3k note, p95\s+p95_ms_3k\s+9\.00 ms\s+5\.00 ms\s+FAIL/);
    expect(text).toMatch(/not measured: no Chromium/);
    expect(text).toMatch(/not measured: no build/);
  });
});

describe('hotFunctions', () => {
  it('splits self and total time by function, counting a recursive function once per stack', () => {
    const frame = (functionName: string, line: number) => ({ functionName, url: 'file:///x/app.js', lineNumber: line });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', 0), children: [2] },
        { id: 2, callFrame: frame('lint', 1), children: [3, 4] },
        { id: 3, callFrame: frame('tokenize', 2), children: [] },
        { id: 4, callFrame: frame('lint', 1), children: [] },
      ],
      samples: [3, 3, 4, 2],
      timeDeltas: [0, 1000, 1000, 1000],
      startTime: 0,
      endTime: 4000,
    };
    const hot = Object.fromEntries(hotFunctions(profile).map((f) => [f.name, f]));
    expect(hot.tokenize).toMatchObject({ selfMs: 2, totalMs: 2 });
    expect(hot.lint!.totalMs).toBe(hotFunctions(profile).find((f) => f.name === '(root)')!.totalMs);
    expect(hot.lint!.selfMs).toBeGreaterThan(0);
  });
});
