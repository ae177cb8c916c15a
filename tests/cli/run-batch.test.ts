/**
 * The lane pool on its own, with stand-in worker scripts: a worker that cannot start leaves the main
 * lane to finish the batch; a worker that dies on a file fails only that file; order is kept.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { InputFile } from '../../src/cli/files.ts';
import { runBatch } from '../../src/cli/run-batch.ts';
import { CLI_FIXTURES, removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const dir = tempDir('lanes');
function workerScript(name: string, body: string): URL {
  const path = join(dir, name);
  writeFileSync(path, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(path);
}

const names = ['feels-weak.txt', 'no-weakness.txt', 'crlf-note.txt', 'weakness-two-codes.txt', 'hostile-markup.txt'];
const files: InputFile[] = [
  ...names.map((name) => ({ display: name, path: join(CLI_FIXTURES, name) })),
  { display: 'missing.txt', path: join(CLI_FIXTURES, 'missing.txt'), error: 'no such file or folder' },
];

describe('runBatch', () => {
  it('finishes on the main lane when workers cannot start', async () => {
    const broken = workerScript('broken.mjs', "throw new Error('cannot start');");
    const reports = (await runBatch(files, { options: {}, workers: 3, workerUrl: broken })).map((r) => r[0]!);
    expect(reports.map((r) => r.file)).toEqual([...names, 'missing.txt']);
    expect(reports.slice(0, 5).every((r) => r.result !== null && r.error === undefined)).toBe(true);
    expect(reports[5]!.error).toBe('no such file or folder');
  });

  it('keeps input order whichever lane lints a file, and fails only the file a worker died on', async () => {
    const flaky = workerScript(
      'flaky.mjs',
      `parentPort.on('message', (m) => {
        if (m.display === 'crlf-note.txt') throw new Error('died on it');
        parentPort.postMessage({ kind: 'done', index: m.index, reports: [{ file: m.display, text: null, result: null, error: 'from worker' }] });
      });
      parentPort.postMessage({ kind: 'ready' });`,
    );
    const many = Array.from({ length: 40 }, (_, i) => files[i % 5]!).map((f, i) => ({ ...f, display: i === 17 ? 'crlf-note.txt' : `${i}-${f.display}` }));
    const reports = (await runBatch(many, { options: {}, workers: 2, workerUrl: flaky })).map((r) => r[0]!);
    expect(reports.map((r) => r.file)).toEqual(many.map((f) => f.display));
    for (const report of reports) {
      if (report.error === undefined) expect(report.result).not.toBeNull();
      else expect(report.error).toMatch(/^(from worker|lint worker failed: died on it)$/);
    }
    expect(reports.filter((r) => r.error?.startsWith('lint worker failed')).map((r) => r.file)).toEqual(
      reports[17]!.error === undefined ? [] : ['crlf-note.txt'],
    );
  });
});
