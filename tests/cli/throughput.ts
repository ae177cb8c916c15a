/**
 * CLI throughput on the MTSamples transcriptions: notes per second with 1 and 2 worker threads.
 * The transcriptions are written to a temporary folder (removed afterwards, never into the repo) and
 * linted by the built CLI as a user would. Usage: npx tsx tests/cli/throughput.ts [--runs N] [--json]
 * Skips with a message when ../shared is absent.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ensureCliBuilt, ROOT } from './helpers.ts';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'mtsamples-partial.csv');

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function timeCli(args: string[]): Promise<{ ms: number; code: number | null }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code }));
  });
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`skipped: ${CORPUS} is absent`);
    return;
  }
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
  ensureCliBuilt();
  const [header, ...rows] = parseCsv(readFileSync(CORPUS, 'utf8'));
  const column = header!.indexOf('transcription');
  const notes = rows.map((row) => row[column] ?? '').filter((text) => text.trim().length > 0);
  const dir = mkdtempSync(join(tmpdir(), 'note-lint-throughput-'));
  try {
    notes.forEach((text, n) => writeFileSync(join(dir, `mtsample-${String(n).padStart(4, '0')}.txt`), text));
    const chars = notes.reduce((sum, text) => sum + text.length, 0);
    // Interleaved runs, best of each: on a shared machine, load that comes and goes hits both alike.
    const times: Record<number, number[]> = { 1: [], 2: [] };
    for (let run = 0; run < runs; run++) {
      for (const workers of [1, 2]) times[workers]!.push((await timeCli(['--format', 'json', '--workers', String(workers), dir])).ms);
    }
    const results: Record<string, { best_ms: number; notes_per_s: number }> = {};
    for (const [workers, list] of Object.entries(times)) {
      const best = Math.min(...list);
      results[`workers_${workers}`] = { best_ms: Math.round(best), notes_per_s: Math.round((notes.length / best) * 1000) };
    }
    const summary = { notes: notes.length, chars, cores: availableParallelism(), runs, ...results };
    if (process.argv.includes('--json')) console.log(JSON.stringify(summary));
    else {
      console.log(`${notes.length} MTSamples notes (${(chars / 1e6).toFixed(2)} M chars), best of ${runs} runs, whole CLI process incl. start-up:`);
      for (const [key, value] of Object.entries(results)) console.log(`  ${key.replace('_', ' ')}: ${value.best_ms} ms, ${value.notes_per_s} notes/s`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
