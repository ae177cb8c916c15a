/**
 * Lints a list of files, in this thread or on a pool of worker threads, and returns the reports in
 * input order whatever order the workers finish in, so output is deterministic.
 * A worker that dies (out of memory on a huge note, say) fails only the file it was on; a fresh worker
 * takes over the rest.
 */
import { Worker } from 'node:worker_threads';
import type { LintOptions } from '../engine/types.ts';
import type { InputFile } from './files.ts';
import { lintFile, type NoteReport } from './lint-input.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.ts';

export interface BatchOptions {
  options: LintOptions;
  workers: number;
  /** The bundled worker script (dist/cli-worker.js). */
  workerUrl: URL;
  onFileDone?: (done: number, total: number) => void;
}

function unreadable(file: InputFile, error: string): NoteReport[] {
  return [{ file: file.display, text: null, result: null, error }];
}

async function runInThread(files: readonly InputFile[], batch: BatchOptions): Promise<NoteReport[][]> {
  const out: NoteReport[][] = [];
  for (const file of files) {
    out.push(file.error ? unreadable(file, file.error) : await lintFile(file.display, file.path, batch.options));
    batch.onFileDone?.(out.length, files.length);
  }
  return out;
}

function runOnWorkers(files: readonly InputFile[], batch: BatchOptions): Promise<NoteReport[][]> {
  const out: NoteReport[][] = new Array(files.length);
  let next = 0;
  let done = 0;
  const setup: WorkerSetup = { options: batch.options };

  return new Promise((resolveAll) => {
    const finish = (index: number, reports: NoteReport[]) => {
      out[index] = reports;
      done++;
      batch.onFileDone?.(done, files.length);
      if (done === files.length) resolveAll(out);
    };

    const startWorker = () => {
      const worker = new Worker(batch.workerUrl, { workerData: setup });
      let current = -1;
      const feed = () => {
        while (next < files.length && files[next]!.error) {
          const file = files[next]!;
          finish(next++, unreadable(file, file.error!));
        }
        if (next >= files.length) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        const file = files[current]!;
        const message: ToWorker = { kind: 'lint', index: current, display: file.display, path: file.path };
        worker.postMessage(message);
      };
      worker.on('message', (message: FromWorker) => {
        finish(message.index, message.reports);
        feed();
      });
      worker.on('error', (error) => {
        if (current >= 0) finish(current, unreadable(files[current]!, `lint worker failed: ${error.message}`));
        current = -1;
        if (next < files.length) startWorker();
      });
      feed();
    };

    if (files.length === 0) resolveAll(out);
    const count = Math.min(batch.workers, files.length);
    for (let i = 0; i < count; i++) startWorker();
  });
}

export function runBatch(files: readonly InputFile[], batch: BatchOptions): Promise<NoteReport[][]> {
  return batch.workers > 1 && files.length > 1 ? runOnWorkers(files, batch) : runInThread(files, batch);
}
