/** Messages between the CLI's main thread and its lint workers. */
import type { LintOptions } from '../engine/types.ts';
import type { NoteReport } from './lint-input.ts';

export interface WorkerSetup {
  options: LintOptions;
}

export type ToWorker = { kind: 'lint'; index: number; display: string; path: string };

export type FromWorker = { kind: 'ready' } | { kind: 'done'; index: number; reports: NoteReport[] };
