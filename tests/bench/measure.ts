/**
 * Timing and heap measurement in this process. Times are wall-clock performance.now() around one
 * synchronous call. Runs go round-robin over the texts (run 1 of every text, then run 2, ...) so
 * JIT state and garbage-collection pauses spread evenly instead of landing on one text.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export type Work = (text: string) => unknown;

/** Results are stored here, where the JIT cannot prove them unused, so timed calls are never optimised away. */
const sink: { value: unknown } = { value: undefined };

export interface TimedTexts {
  /** Every run of every text, wall-clock ms. */
  samples: number[];
  /**
   * The same runs in process CPU ms (user + system, all threads: V8's GC and compiler threads
   * included). Unlike wall time it does not grow when other processes take the cores.
   */
  cpuSamples: number[];
  /** Each text's median run, in ms, in text order. */
  perText: number[];
}

export function timeTexts(texts: readonly string[], work: Work, runs: number): TimedTexts {
  const byText: number[][] = texts.map(() => []);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let run = 0; run < runs; run++) {
    texts.forEach((text, i) => {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      sink.value = work(text);
      const ms = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      byText[i]!.push(ms);
      samples.push(ms);
      cpuSamples.push((cpu.user + cpu.system) / 1000);
    });
  }
  const perText = byText.map((runs) => {
    const sorted = runs.sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)]!;
  });
  return { samples, cpuSamples, perText };
}

/** Runs `work` over the texts in turn until `ms` have passed (at least one full pass), to warm the JIT. */
export function warmUp(texts: readonly string[], work: Work, ms: number): void {
  const until = performance.now() + ms;
  let i = 0;
  do {
    sink.value = work(texts[i % texts.length]!);
    i++;
  } while (i < texts.length || performance.now() < until);
}

/**
 * A gc() function: the one --expose-gc gives, or the same obtained at run time (V8 lets a flag set
 * with setFlagsFromString expose gc to a context created afterwards), so `npm run bench` needs no
 * node flags.
 */
export function forceGc(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export interface HeapUse {
  /** Largest heapUsed seen right after a call returned, in bytes. */
  peakHeapUsed: number;
  /** Largest (heapUsed after the call - heapUsed after a full GC just before it), in bytes. */
  peakAddedByCall: number;
}

/**
 * Heap taken by one call per text: full GC, read heapUsed, call, read heapUsed with the result still
 * referenced. What the call allocated and still held (or had not yet collected) when it returned; a
 * scavenge during a long call can hide some short-lived garbage, so this is a lower bound of the peak.
 */
export function heapPerCall(texts: readonly string[], work: Work, gc: () => void): HeapUse {
  let peakHeapUsed = 0;
  let peakAddedByCall = 0;
  for (const text of texts) {
    gc();
    const before = process.memoryUsage().heapUsed;
    sink.value = work(text);
    const after = process.memoryUsage().heapUsed;
    peakHeapUsed = Math.max(peakHeapUsed, after);
    peakAddedByCall = Math.max(peakAddedByCall, after - before);
  }
  sink.value = undefined;
  return { peakHeapUsed, peakAddedByCall };
}
