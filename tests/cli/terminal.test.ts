/**
 * Behaviour on a real terminal: the CLI runs under a pseudo-terminal (util-linux `script`), so
 * stdout and stderr are TTYs. Colours and the progress bar appear there and nowhere else.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgressBar, wantsProgress } from '../../src/cli/progress.ts';
import { BIN, ensureCliBuilt, removeTempDirs, runCli, tempDir } from './helpers.ts';

beforeAll(ensureCliBuilt, 120_000);
afterAll(removeTempDirs);

const dir = tempDir('tty');
for (let n = 0; n < 12; n++) writeFileSync(join(dir, `note-${n}.txt`), `Visit ${n}. Patient feels weak.\n`);

function runOnTerminal(args: string, env: Record<string, string | undefined> = {}): Promise<string> {
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args}`;
  const merged: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return new Promise((resolve, reject) => {
    execFile('script', ['-qec', command, '/dev/null'], { cwd: dir, env: merged as NodeJS.ProcessEnv }, (error, stdout) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve(stdout);
    });
  });
}

describe('on a terminal', () => {
  it('draws a progress bar for a batch, erases it, and colours the output', async () => {
    const out = await runOnTerminal('--workers 2 .');
    expect(out).toMatch(/\r\[#*-*\] \d+\/12 files/);
    expect(out).toContain('\r\u001b[2K');
    expect(out).toContain('\u001b[');
    expect(out).toMatch(/12 notes/);
  });

  it('respects NO_COLOR', async () => {
    const out = await runOnTerminal('note-0.txt', { NO_COLOR: '1' });
    expect(out).not.toContain('\u001b[');
  });

  it('shows no progress bar for a few files', async () => {
    const out = await runOnTerminal('note-0.txt note-1.txt note-2.txt');
    expect(out).not.toMatch(/files +\d+\/s/);
  });
});

describe('when piped', () => {
  it('prints neither colours nor progress', async () => {
    const run = await runCli(['--workers', '2', '.'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('FORCE_COLOR turns colours on', async () => {
    const run = await runCli(['--code', 'M62.81', 'note-0.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(run.stdout).toContain('\u001b[');
  });
});

describe('ProgressBar', () => {
  it('wants a terminal and more than a few files', () => {
    expect(wantsProgress({ isTTY: true, write: () => true }, 4)).toBe(true);
    expect(wantsProgress({ isTTY: true, write: () => true }, 3)).toBe(false);
    expect(wantsProgress({ isTTY: false, write: () => true }, 400)).toBe(false);
    expect(wantsProgress({ write: () => true }, 400)).toBe(false);
  });

  it('draws the first and the last update and clears the line', () => {
    const chunks: string[] = [];
    const bar = new ProgressBar({ isTTY: true, write: (chunk: string) => chunks.push(chunk) });
    bar.update(1, 10);
    bar.update(2, 10);
    bar.update(10, 10);
    bar.clear();
    expect(chunks).toHaveLength(3);
    expect(chunks[0]).toMatch(/^\r\[###-{27}\] 1\/10 files/);
    expect(chunks[1]).toMatch(/^\r\[#{30}\] 10\/10 files/);
    expect(chunks[2]).toBe('\r\u001b[2K');
  });
});
