/**
 * Pack switches through the CLI: --pack ID (only these packs), --no-pack ID (all but these) and the
 * config's "packs". A pack that is off reports nothing; an unknown pack id is bad usage (exit 2)
 * naming the known packs. The weakness pack is the only one today: "Patient feels weak." coded
 * M62.81 is a weakness-pack error when it is on and clean when it is off.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, parseJson, removeTempDirs, runCli, tempDir } from './helpers.ts';

beforeAll(ensureCliBuilt, 120_000);
afterAll(removeTempDirs);

const NOTE = 'Pt is a 68 yo M. c/o feeling weak.\nPlan: recheck 1 mo\n';
const ids = (stdout: string) => parseJson({ code: 0, stdout, stderr: '' }).results.flatMap((r) => r.diagnostics.map((d) => d.ruleId));

describe('--pack and --no-pack', () => {
  it.each([
    ['no switch', [], true],
    ['--pack weakness', ['--pack', 'weakness'], true],
    ['--no-pack weakness', ['--no-pack', 'weakness'], false],
  ])('%s', async (_name, switches, reports) => {
    const run = await runCli(['--format', 'json', '--code', 'M62.81', ...switches, '--stdin'], { input: NOTE });
    if (reports) {
      expect(ids(run.stdout)).toContain('objective-strength-required');
      expect(run.code).toBe(1);
    } else {
      expect(ids(run.stdout)).toEqual([]);
      expect(run.code).toBe(0);
    }
  });

  it.each([
    [['--pack', 'dermatology'], /--pack: unknown pack id "dermatology"\. Known packs: .*weakness/],
    [['--no-pack', 'Weakness'], /--no-pack: unknown pack id "Weakness"/],
    [['--pack', 'weakness', '--no-pack', 'weakness'], /cannot be combined/],
  ])('%j is bad usage', async (switches, message) => {
    const run = await runCli([...switches, '--stdin'], { input: NOTE });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('"packs" in the config file', () => {
  const dir = tempDir('packs-config');

  it('switches a pack off, and --pack switches it back on', async () => {
    writeFileSync(join(dir, 'note-lint.config.json'), JSON.stringify({ version: 1, packs: { weakness: false } }));
    const off = await runCli(['--format', 'json', '--code', 'M62.81', '--stdin'], { cwd: dir, input: NOTE });
    expect(ids(off.stdout)).toEqual([]);
    const on = await runCli(['--format', 'json', '--code', 'M62.81', '--pack', 'weakness', '--stdin'], { cwd: dir, input: NOTE });
    expect(ids(on.stdout)).toContain('objective-strength-required');
  });

  it('refuses an unknown pack id, naming the field', async () => {
    const file = join(dir, 'bad-pack.json');
    writeFileSync(file, JSON.stringify({ version: 1, packs: { dermatology: false } }));
    const run = await runCli(['--config', file, '--stdin'], { input: NOTE });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/packs\.dermatology: unknown pack id \(expected one of .*weakness/);
  });
});
