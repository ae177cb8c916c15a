/**
 * Timing for the linearity tests. CPU time of this process (process.cpuUsage), not wall time, is
 * what the bounds check: the machine runs other test files and browsers at the same time, and a
 * loaded machine stretches wall time without the engine doing more work. Wall time is printed too.
 */
import { expect } from 'vitest';

export interface Timing {
  cpuMs: number;
  wallMs: number;
}

export function time(run: () => void): Timing {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall };
}

/** The fastest of `times` runs: noise only ever adds time. */
export function best(run: () => void, times: number): Timing {
  const all = Array.from({ length: times }, () => time(run));
  return { cpuMs: Math.min(...all.map((t) => t.cpuMs)), wallMs: Math.min(...all.map((t) => t.wallMs)) };
}

/** Doubling the input may at most triple the time; below this many ms, timer and GC noise dominate. */
export const MAX_RATIO = 3;
export const NOISE_MS = 25;
export const BOUND_MS = 1000;

/**
 * Runs `run(n)` at n and 2n and checks the bound at n and the growth from n to 2n. A ratio over the
 * limit is measured again (best of three) before it fails, so one GC pause is not a failure.
 */
export function expectLinear(name: string, run: (size: number) => () => void, size: number, log: string[]): void {
  const small = run(size);
  const large = run(2 * size);
  let a = time(small);
  let b = time(large);
  if (a.cpuMs > BOUND_MS || b.cpuMs > MAX_RATIO * a.cpuMs + NOISE_MS) {
    a = best(small, 3);
    b = best(large, 3);
  }
  log.push(`${name.padEnd(48)} ${(size / 1000).toFixed(0)} KB: ${a.cpuMs.toFixed(0).padStart(5)} ms cpu (${a.wallMs.toFixed(0).padStart(5)} wall)   ${((2 * size) / 1000).toFixed(0)} KB: ${b.cpuMs.toFixed(0).padStart(5)} ms cpu (${b.wallMs.toFixed(0).padStart(5)} wall)   x${(b.cpuMs / Math.max(a.cpuMs, 1)).toFixed(2)}`);
  expect(a.cpuMs, `${name}: ${size} chars must lint in under ${BOUND_MS} ms of CPU`).toBeLessThan(BOUND_MS);
  expect(b.cpuMs, `${name}: doubling the input more than ${MAX_RATIO}x the time (${a.cpuMs.toFixed(0)} -> ${b.cpuMs.toFixed(0)} ms)`).toBeLessThanOrEqual(MAX_RATIO * a.cpuMs + NOISE_MS);
}
