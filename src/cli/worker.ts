/** Worker thread entry (bundled as dist/cli-worker.js): lints the files the main thread sends, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { lint } from '../engine/index.ts';
import { lintFile } from './lint-input.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('cli-worker.js runs only as a worker thread of note-lint');
const { options } = workerData as WorkerSetup;

port.on('message', (message: ToWorker) => {
  if (message.kind !== 'lint') return;
  void lintFile(message.display, message.path, options).then((reports) => {
    const reply: FromWorker = { kind: 'done', index: message.index, reports };
    port.postMessage(reply);
  });
});

// Compile the lexicon before asking for work, so the first file is not held up by it.
lint('', options);
const ready: FromWorker = { kind: 'ready' };
port.postMessage(ready);
