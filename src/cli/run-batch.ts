/**
 * Lints a list of files on N lanes, the main thread plus N-1 worker threads, all taking the next file
 * from one queue, and returns the reports in input order whatever order the lanes finish in, so
 * output is deterministic. The main thread lints too because a worker's start-up (loading the bundle,
 * compiling the lexicon) costs as much as linting a few hundred notes: the main thread gets going at
 * once while the workers start.
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
  /** Lanes in all, the main thread included. */
  workers: number;
  /** The bundled worker script (dist/cli-worker.js). */
  workerUrl: URL;
  onFileDone?: (done: number, total: number) => void;
}

function unreadable(file: InputFile, error: string): NoteReport[] {
  return [{ file: file.display, text: null, result: null, error }];
}

export function runBatch(files: readonly InputFile[], batch: BatchOptions): Promise<NoteReport[][]> {
  const out: NoteReport[][] = new Array(files.length);
  let next = 0;
  let done = 0;
  const setup: WorkerSetup = { options: batch.options };
  const workers = new Set<Worker>();

  return new Promise((resolveAll) => {
    const finish = (index: number, reports: NoteReport[]) => {
      out[index] = reports;
      done++;
      batch.onFileDone?.(done, files.length);
      if (done < files.length) return;
      // A worker still starting up has nothing left to do; do not let it hold the process open.
      for (const worker of workers) void worker.terminate();
      resolveAll(out);
    };

    /** The next file to lint, or -1; files that already failed (missing, say) are finished on the way. */
    const take = (): number => {
      while (next < files.length && files[next]!.error !== undefined) {
        const file = files[next]!;
        finish(next++, unreadable(file, file.error!));
      }
      return next < files.length ? next++ : -1;
    };

    const runMainLane = async () => {
      for (let index = take(); index >= 0; index = take()) {
        const file = files[index]!;
        finish(index, await lintFile(file.display, file.path, batch.options));
      }
    };

    /**
     * A worker asks for its first file when it is ready, so no file waits on a worker's start-up.
     * One that fails before it is ready is not replaced: the main lane carries on alone.
     */
    const startWorker = () => {
      const worker = new Worker(batch.workerUrl, { workerData: setup });
      workers.add(worker);
      let ready = false;
      let current = -1;
      const feed = () => {
        current = take();
        if (current < 0) {
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        const file = files[current]!;
        const message: ToWorker = { kind: 'lint', index: current, display: file.display, path: file.path };
        worker.postMessage(message);
      };
      worker.on('message', (message: FromWorker) => {
        if (message.kind === 'ready') ready = true;
        else finish(message.index, message.reports);
        feed();
      });
      worker.on('error', (error) => {
        workers.delete(worker);
        if (current >= 0) finish(current, unreadable(files[current]!, `lint worker failed: ${error.message}`));
        current = -1;
        if (ready && next < files.length) startWorker();
      });
    };

    if (files.length === 0) {
      resolveAll(out);
      return;
    }
    const workerThreads = Math.min(batch.workers, files.length) - 1;
    for (let i = 0; i < workerThreads; i++) startWorker();
    void runMainLane();
  });
}
