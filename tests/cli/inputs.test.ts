import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_FIXTURES, ensureCliBuilt, FHIR_FIXTURES, parseJson, removeTempDirs, runCli, tempDir } from './helpers.ts';

beforeAll(ensureCliBuilt, 120_000);
afterAll(removeTempDirs);

const NOTE = 'Patient feels weak.\n';

describe('note-lint inputs', () => {
  it('lints a plain-text file and exits 0 when nothing is an error', async () => {
    const run = await runCli(['--format', 'json', 'no-weakness.txt']);
    expect(run.code).toBe(0);
    expect(parseJson(run).results.map((r) => r.file)).toEqual(['no-weakness.txt']);
  });

  it('reports a missing file by name, still lints the rest, and exits 2', async () => {
    const run = await runCli(['--format', 'json', 'missing.txt', 'no-weakness.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('note-lint: missing.txt: no such file or folder');
    const results = parseJson(run).results;
    expect(results.map((r) => [r.file, r.error])).toEqual([
      ['missing.txt', 'no such file or folder'],
      ['no-weakness.txt', undefined],
    ]);
  });

  describe('unreadable content', () => {
    const dir = tempDir('bad-inputs');
    const bad: { name: string; bytes: Buffer; reason: RegExp }[] = [
      { name: 'scan.txt', bytes: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x41]), reason: /binary file \(contains NUL bytes\)/ },
      { name: 'latin1.txt', bytes: Buffer.from('Patient feels weak, caf\xe9 au lait.\n', 'latin1'), reason: /not valid UTF-8 text/ },
      { name: 'controls.txt', bytes: Buffer.from('ab\u0001\u0002\u0003\u0004cd\u0005\u0006\u0007\u0008ef'), reason: /binary data \(\d+% control characters\)/ },
      { name: 'odd-utf16.txt', bytes: Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]), reason: /not valid UTF-16LE text/ },
    ];
    for (const { name, bytes } of bad) writeFileSync(join(dir, name), bytes);

    it.each(bad)('refuses $name with a reason', async ({ name, reason }) => {
      const run = await runCli(['--format', 'json', name], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`note-lint: ${name}: ${reason.source}`));
      expect(parseJson(run).results[0]!.error).toMatch(reason);
    });

    it('refuses a 50 MB file before reading it, without crashing', async () => {
      const big = join(dir, 'huge.txt');
      writeFileSync(big, NOTE.repeat(Math.ceil((50 * 1024 * 1024) / NOTE.length)));
      const run = await runCli(['huge.txt', join(CLI_FIXTURES, 'no-weakness.txt')], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/note-lint: huge\.txt: file too large: 52\.4 MB \(note-lint reads files up to 50 MB\)/);
      expect(run.stdout).toMatch(/1 note/);
    });
  });

  it('reads UTF-16 files with a byte-order mark and UTF-8 files with one', async () => {
    const dir = tempDir('bom');
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTE, 'utf16le')]));
    writeFileSync(join(dir, 'utf8-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NOTE)]));
    const run = await runCli(['--format', 'json', 'utf16.txt', 'utf8-bom.txt'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).not.toBe(2);
    expect(parseJson(run).results.map((r) => r.error)).toEqual([undefined, undefined]);
  });

  describe('folders', () => {
    const dir = tempDir('folder');
    mkdirSync(join(dir, 'clinic', 'visits'), { recursive: true });
    mkdirSync(join(dir, 'clinic', 'archive'), { recursive: true });
    mkdirSync(join(dir, '.cache'), { recursive: true });
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    mkdirSync(join(dir, 'empty'), { recursive: true });
    writeFileSync(join(dir, 'clinic', 'b.txt'), NOTE);
    writeFileSync(join(dir, 'clinic', 'visits', 'a.txt'), NOTE);
    writeFileSync(join(dir, 'clinic', 'visits', 'readme.md'), NOTE);
    writeFileSync(join(dir, 'clinic', 'archive', 'old.txt'), NOTE);
    copyFileSync(join(FHIR_FIXTURES, 'document-reference-base64.json'), join(dir, 'clinic', 'visits', 'doc.json'));
    writeFileSync(join(dir, '.cache', 'hidden.txt'), NOTE);
    writeFileSync(join(dir, 'node_modules', 'dep.txt'), NOTE);

    const cases: { args: string[]; files: string[] }[] = [
      { args: ['clinic'], files: ['clinic/archive/old.txt', 'clinic/b.txt', 'clinic/visits/a.txt', 'clinic/visits/doc.json'] },
      { args: ['.'], files: ['clinic/archive/old.txt', 'clinic/b.txt', 'clinic/visits/a.txt', 'clinic/visits/doc.json'] },
      { args: ['clinic', '--ignore', 'archive'], files: ['clinic/b.txt', 'clinic/visits/a.txt', 'clinic/visits/doc.json'] },
      { args: ['clinic', '--ignore', 'visits/*.json'], files: ['clinic/archive/old.txt', 'clinic/b.txt', 'clinic/visits/a.txt'] },
      { args: ['clinic', '--glob', '*.md'], files: ['clinic/visits/readme.md'] },
      { args: ['clinic', '--glob', 'visits/**/*.{txt,md}'], files: ['clinic/visits/a.txt', 'clinic/visits/readme.md'] },
      { args: ['clinic/visits/readme.md', 'clinic/b.txt'], files: ['clinic/visits/readme.md', 'clinic/b.txt'] },
    ];
    it.each(cases)('recurses with $args', async ({ args, files }) => {
      const run = await runCli(['--format', 'json', ...args], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(parseJson(run).results.map((r) => r.file)).toEqual(files);
    });

    it('reports a folder with nothing to lint and exits 2', async () => {
      const run = await runCli(['empty', 'clinic/b.txt'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('note-lint: empty: folder has no files matching *.txt, *.json');
    });
  });

  describe('standard input', () => {
    it('lints text from --stdin as <stdin>', async () => {
      const run = await runCli(['--stdin', '--format', 'json'], { input: 'Chief complaint: cough.\n' });
      expect(run.code).toBe(0);
      expect(parseJson(run).results.map((r) => r.file)).toEqual(['<stdin>']);
    });

    it('recognises FHIR JSON on --stdin', async () => {
      const run = await runCli(['--stdin', '--format', 'json'], { input: readFileSync(join(FHIR_FIXTURES, 'document-reference-base64.json')) });
      expect(parseJson(run).results[0]!.fhir).toEqual({ documentReference: 'note-weak-1', patient: 'pat-17', encounter: 'enc-17' });
    });

    it('refuses binary data on --stdin', async () => {
      const run = await runCli(['--stdin'], { input: Buffer.from([0x41, 0x00, 0x42]) });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/note-lint: <stdin>: binary file/);
    });
  });
});
