import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/eval-cases.ts';

const root = mkdtempSync(join(tmpdir(), 'eval-cases-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

const POOR = '---\ncodes: [M62.81]\nexpect: [objective-strength-required, unsupported-weakness, functional-impact, treatment-plan, weakness-etiology]\nwhy: the seed\'s poor example\n---\nPatient feels weak.\n';
const QUIET = '---\nexpect: []\nwhy: nothing here\n---\nAnkle sprain, RICE.\n';
const WRONG = '---\ncodes: [R53.1]\nexpect: []\nwhy: expects silence that will not come\n---\nPatient feels weak.\n';

describe('eval:cases command', () => {
  const good = folder('good', { 'a/poor.txt': POOR, 'b/quiet.txt': QUIET, 'b/wrong.txt': WRONG });

  const rows: { name: string; args: string[]; code: number; out?: RegExp; err?: RegExp }[] = [
    { name: 'measures and exits 0 even with wrong cases', args: ['--cases', good], code: 0, out: /3 notes[\s\S]*Wrong cases \(1\)[\s\S]*b\/wrong\.txt[\s\S]*unexpected: /, err: /^$/ },
    {
      name: '--verbose shows the reasoning and every diagnostic under a wrong case',
      args: ['--cases', good, '--verbose'],
      code: 0,
      out: /b\/wrong\.txt[\s\S]*why: expects silence that will not come[\s\S]*fired workup-plan \(R53\.1\): R53\.1 \(weakness\) has no workup/,
    },
    { name: 'without --verbose no reasoning is printed', args: ['--cases', good], code: 0, out: /^(?![\s\S]*why: )/ },
    { name: '--category filters', args: ['--cases', good, '--category', 'a'], code: 0, out: /eval:cases: 1 notes/ },
    { name: '--file filters by path', args: ['--cases', good, '--file', 'quiet'], code: 0, out: /eval:cases: 1 notes[\s\S]*fully right: 1\/1/ },
    { name: 'unknown category is a usage error', args: ['--cases', good, '--category', 'nope'], code: 2, err: /--category "nope": no such category \(known: a, b\)/ },
    { name: 'unknown flag is a usage error', args: ['--cases', good, '--loud'], code: 2, err: /eval:cases: .*'--loud'/ },
    { name: 'missing folder', args: ['--cases', join(root, 'absent')], code: 2, err: /no cases folder/ },
    {
      name: 'a malformed case names file and field',
      args: ['--cases', folder('bad', { 'x/ok.txt': QUIET, 'x/bad.txt': '---\nexpect: [no-such-rule]\nwhy: w\n---\nNote.\n' })],
      code: 2,
      err: /x\/bad\.txt: field "expect\[0\]": unknown rule id "no-such-rule"/,
    },
  ];
  it.each(rows)('$name', ({ args, code, out, err }) => {
    const r = run(args);
    expect(r.code).toBe(code);
    if (out) expect(r.stdout).toMatch(out);
    if (err) expect(r.stderr).toMatch(err);
  });

  it('--json prints one object with every figure', () => {
    const r = run(['--cases', good, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['version', 'cases', 'overall', 'rules', 'categories', 'packs', 'suggestions', 'wrong']);
    expect(json.cases).toBe(3);
    expect(json.overall).toMatchObject({ cases: 3, fullyRight: 2, fn: 0 });
    expect(Object.keys(json.categories)).toEqual(['a', 'b']);
    expect(json.rules['objective-strength-required']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(json.wrong.map((w: { file: string }) => w.file)).toEqual(['b/wrong.txt']);
  });
});
