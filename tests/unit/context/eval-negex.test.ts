/**
 * `npm run eval:negex` (contract in architecture.md): run as a process on our own sample TSV (the
 * targets on the shared dev file live in tests/reference/negex-dev.test.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const script = join(root, 'scripts/eval-negex.ts');
const sample = join(root, 'tests/fixtures/negex-sample.tsv');

function run(...args: string[]) {
  const r = spawnSync(tsx, [script, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('eval:negex on the sample file', () => {
  it('prints one JSON object with the negated-class scores at the top level and every class under classes', () => {
    const out = execFileSync(tsx, [script, sample, '--json'], { cwd: root, encoding: 'utf8' });
    expect(out.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(out);
    expect(json).toEqual({
      n: 12,
      tp: 5,
      fp: 0,
      fn: 0,
      tn: 7,
      precision: 1,
      recall: 1,
      f1: 1,
      accuracy: 1,
      unlocated: 1,
      historical: expect.objectContaining({ n: 12, accuracy: 1, tp: 2 }),
      experiencer: expect.objectContaining({ n: 12, accuracy: 1, tp: 1 }),
      classes: {
        negated: expect.objectContaining({ n: 12, tp: 5, f1: 1 }),
        historical: expect.objectContaining({ n: 12, tp: 2, fp: 0, fn: 0, f1: 1 }),
        hypothetical: expect.objectContaining({ n: 12, tp: 0, fp: 0, fn: 0 }),
        experiencer: expect.objectContaining({ n: 12, tp: 1, f1: 1 }),
      },
    });
  });

  it('prints a readable summary without --json', () => {
    const { status, stdout } = run(sample);
    expect(status).toBe(0);
    expect(stdout).toMatch(/12 conditions \(1 not located/);
    expect(stdout).toMatch(/negated +precision 1\.000 {2}recall 1\.000 {2}F1 1\.000 {2}accuracy 1\.000/);
    expect(stdout).toMatch(/historical +precision 1\.000 {2}recall 1\.000 {2}F1 1\.000 {2}accuracy 1\.000 {2}\(gold 2 of 12/);
    expect(stdout).toMatch(/hypothetical +precision 0\.000 {2}recall 0\.000 {2}F1 0\.000 {2}accuracy 1\.000 {2}\(gold 0 of 12/);
    expect(stdout).toMatch(/experiencer +precision 1\.000 {2}recall 1\.000 {2}F1 1\.000 {2}accuracy 1\.000 {2}\(gold 1 of 12/);
  });

  describe('bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'negex-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('exits 2 with a clear error for a missing file', () => {
      const { status, stderr } = run(join(dir, 'missing.tsv'), '--json');
      expect(status).toBe(2);
      expect(stderr).toMatch(/cannot read .*missing\.tsv: ENOENT/);
    });

    it('exits 2 without a file argument', () => {
      const { status, stderr } = run('--json');
      expect(status).toBe(2);
      expect(stderr).toMatch(/usage: npm run eval:negex -- <file\.tsv>/);
    });

    it('exits 2 when the header lacks a required column', () => {
      const file = join(dir, 'no-negation.tsv');
      writeFileSync(file, 'condition\tsentence\nfever\tNo fever.\n');
      const { status, stderr } = run(file);
      expect(status).toBe(2);
      expect(stderr).toMatch(/must name condition, sentence and negation/);
    });

    it('scores a file without temporality and experiencer columns', () => {
      const file = join(dir, 'minimal.tsv');
      writeFileSync(file, 'sentence\tnegation\tcondition\r\nNo fever.\tNegated\tfever\r\nFever to 39.\tAffirmed\tfever\r\n');
      const json = JSON.parse(run(file, '--json').stdout);
      expect(json).toMatchObject({ n: 2, f1: 1, accuracy: 1 });
      expect(json).not.toHaveProperty('historical');
      expect(json).not.toHaveProperty('experiencer');
      expect(Object.keys(json.classes)).toEqual(['negated']);
    });
  });
});
