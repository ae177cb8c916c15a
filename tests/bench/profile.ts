/**
 * `--profile`: a V8 CPU profile of lint() over the corpus, taken in-process with the inspector, so
 * hot spots are named without extra node flags. Writes the .cpuprofile (open it in Chrome DevTools;
 * it holds function names and timings, no note text) and prints the functions with the most self
 * time and the project functions with the most total time. Positions are mapped back to .ts lines
 * through tsx's source maps when they are enabled (run.ts enables them before loading the engine).
 */
import { Session } from 'node:inspector/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { findSourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../../src/engine/index.ts';
import { warmUp } from './measure.ts';

const PROFILE_MS = 8_000;
const SAMPLING_INTERVAL_US = 100;
const TOP = 25;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber?: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface HotFunction {
  name: string;
  location: string;
  selfMs: number;
  totalMs: number;
}

export async function profileLint(texts: readonly string[], outDir: string, log: (m: string) => void): Promise<string> {
  const lintText = (text: string): unknown => lint(text);
  warmUp(texts, lintText, 1_000);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  log(`profiling lint over ${texts.length} notes for ${PROFILE_MS} ms`);
  await session.post('Profiler.start');
  const until = performance.now() + PROFILE_MS;
  let calls = 0;
  let chars = 0;
  while (performance.now() < until) {
    for (const text of texts) {
      lint(text);
      calls++;
      chars += text.length;
    }
  }
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `lint-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const hot = hotFunctions(profile);
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const row = (f: HotFunction): string =>
    `${f.selfMs.toFixed(0).padStart(7)} ${((f.selfMs / totalMs) * 100).toFixed(1).padStart(5)}% ${f.totalMs.toFixed(0).padStart(7)} ${((f.totalMs / totalMs) * 100).toFixed(1).padStart(5)}%  ${f.name}  ${f.location}`;
  const head = '   self ms  self%  total ms total%  function  location';
  const own = hot.filter((f) => f.location.startsWith('src/')).sort((a, b) => b.totalMs - a.totalMs);
  const byFile = new Map<string, number>();
  for (const f of hot) {
    const file = f.location.replace(/:\d+$/, '');
    byFile.set(file, (byFile.get(file) ?? 0) + f.selfMs);
  }
  const files = [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
  return [
    `CPU profile: ${calls} lint calls, ${(chars / 1e6).toFixed(1)} M chars in ${totalMs.toFixed(0)} ms (${((chars / totalMs) * 1000 / 1e6).toFixed(1)} M chars/s); written to ${relative(ROOT, file)}`,
    '',
    `Top ${TOP} by self time`,
    head,
    ...hot.slice(0, TOP).map(row),
    '',
    `Top ${TOP} project functions by total time (callees included)`,
    head,
    ...own.slice(0, TOP).map(row),
    '',
    'Self time by file',
    ...files.map(([file, selfMs]) => `${selfMs.toFixed(0).padStart(7)} ${((selfMs / totalMs) * 100).toFixed(1).padStart(5)}%  ${file}`),
  ].join('\n');
}

/** Self and total (inclusive, each function counted once per stack) time per function, by self time. */
export function hotFunctions(profile: CpuProfile): HotFunction[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (frame: CallFrame): string => `${frame.functionName || '(anonymous)'}\t${location(frame)}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const leaf = byId.get(id);
    if (!leaf) return;
    const leafKey = keyOf(leaf.callFrame);
    self.set(leafKey, (self.get(leafKey) ?? 0) + ms);
    const onStack = new Set<string>();
    for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) onStack.add(keyOf(node.callFrame));
    for (const key of onStack) total.set(key, (total.get(key) ?? 0) + ms);
  });
  return [...total.entries()]
    .map(([key, totalMs]) => {
      const [name, where] = key.split('\t') as [string, string];
      return { name, location: where, selfMs: self.get(key) ?? 0, totalMs };
    })
    .sort((a, b) => b.selfMs - a.selfMs);
}

function location(frame: CallFrame): string {
  if (!frame.url) return '(native)';
  const path = frame.url.startsWith('file://') ? relative(ROOT, fileURLToPath(frame.url)) : frame.url;
  let line = frame.lineNumber + 1;
  try {
    const entry = findSourceMap(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber ?? 0) as { originalLine?: number } | undefined;
    if (entry && typeof entry.originalLine === 'number') line = entry.originalLine + 1;
  } catch {
    // No source map for this file: keep the transpiled position.
  }
  return `${path}:${line}`;
}
