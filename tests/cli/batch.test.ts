import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, parseJson, removeTempDirs, runCli, tempDir } from './helpers.ts';

beforeAll(ensureCliBuilt, 120_000);
afterAll(removeTempDirs);

/** Deterministic variety: complaint, exam, assessment code and plan vary with the note number. */
function generatedNote(n: number): string {
  const complaints = ['feels weak', 'reports generalized weakness for 3 weeks', 'is tired all the time', 'has trouble climbing stairs', 'denies weakness'];
  const exams = ['Strength 5/5 throughout.', 'Strength 4/5 in bilateral hip flexors.', 'Gait steady.', 'Grip strength reduced on the right.', ''];
  const codes = ['R53.1', 'M62.81', 'R53.83', 'R54', 'E87.6', 'R53.1, M62.81'];
  const plans = ['PT referral.', 'CBC, CMP and TSH ordered.', 'Follow up in 2 weeks.', ''];
  return [
    `Visit ${n}`,
    '',
    `Subjective: ${n % 7 === 0 ? 'Patient' : 'The patient'} ${complaints[n % complaints.length]}.`,
    `Exam: ${exams[n % exams.length]}`,
    '',
    `Assessment: weakness (${codes[n % codes.length]}).`,
    `Plan: ${plans[n % plans.length]}`,
    '',
  ].join(n % 3 === 0 ? '\r\n' : '\n');
}

describe('a batch of 210 notes in nested folders', () => {
  const dir = tempDir('batch');
  const expected: string[] = [];
  for (let n = 0; n < 210; n++) {
    const folder = join(dir, `clinic-${n % 4}`, `day-${String(n % 9).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const name = `note-${String(n).padStart(3, '0')}.txt`;
    writeFileSync(join(folder, name), generatedNote(n));
    expected.push(`clinic-${n % 4}/day-${String(n % 9).padStart(2, '0')}/${name}`);
  }
  expected.sort();
  writeFileSync(join(dir, 'clinic-0', 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x00]));

  it('lints every note on 2 workers, in a deterministic order, reporting the binary file and exiting 2', async () => {
    const run = await runCli(['--format', 'json', '--workers', '2', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('note-lint: clinic-0/scan.txt: binary file (contains NUL bytes), not a text note\n');
    const files = parseJson(run).results.map((r) => r.file);
    expect(files).toEqual([...expected, 'clinic-0/scan.txt'].sort());
  });

  it('gives byte-identical output with 1 and 2 workers, in every format', async () => {
    for (const format of ['json', 'csv', 'stylish', 'html']) {
      const [one, two] = await Promise.all([
        runCli(['--format', format, '--workers', '1', '--ignore', 'scan.txt', '.'], { cwd: dir }),
        runCli(['--format', format, '--workers', '2', '--ignore', 'scan.txt', '.'], { cwd: dir }),
      ]);
      expect(two.stdout).toBe(one.stdout);
      expect(two.code).toBe(one.code);
      expect([0, 1]).toContain(one.code);
    }
  });

  it('gives the same output with more workers than cores', async () => {
    const args = ['--format', 'json', '--ignore', 'scan.txt', '.'];
    const [one, four] = await Promise.all([runCli(['--workers', '1', ...args], { cwd: dir }), runCli(['--workers', '4', ...args], { cwd: dir })]);
    expect(four.stdout).toBe(one.stdout);
  });

  it('prints a summary over all notes and no progress bar when stderr is not a terminal', async () => {
    const run = await runCli(['--ignore', 'scan.txt', '.'], { cwd: dir });
    expect(run.stdout).toMatch(/in 210 notes\n$/);
    expect(run.stderr).toBe('');
  });
});
