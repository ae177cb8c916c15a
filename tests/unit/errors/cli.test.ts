/**
 * The CLI given input it cannot lint: a clear message naming the input and the problem on stderr,
 * exit code 2, never a stack trace, and never a silent partial result (every readable note in a
 * batch is still reported, every unreadable one is named in the output and on stderr).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureCliBuilt, parseJson, removeTempDirs, runCli, tempDir, type CliRun } from '../../cli/helpers.ts';

const STACK = /\n\s+at .+:\d+:\d+|\bat (async )?[\w.<>]+ \(/;
const NOTE = 'HPI: feels weak x 3 weeks.\nExam: strength 4/5 proximal.\nAssessment: M62.81\n';

function expectRefused(run: CliRun, ...names: RegExp[]): void {
  expect(run.code, `exit code; stderr: ${run.stderr}`).toBe(2);
  expect(run.stderr).not.toMatch(STACK);
  expect(run.stdout).not.toMatch(STACK);
  for (const name of names) expect(run.stderr).toMatch(name);
}

let dir: string;

/**
 * Like runCli, but tolerates the CLI closing standard input early: it stops reading once the input
 * passes the size limit, so the rest of our write fails with EPIPE, which is not the CLI's error.
 */
function runWithLargeStdin(input: Buffer): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--stdin'], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

beforeAll(() => {
  ensureCliBuilt();
  dir = tempDir('errors');
}, 120_000);

afterAll(() => removeTempDirs());

function seededBytes(length: number, seed: number, avoidNul = false): Buffer {
  const out = Buffer.alloc(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = avoidNul ? 0x80 | (s >>> 25) : s >>> 24;
  }
  return out;
}

describe('unreadable input files', () => {
  it.each([
    { name: 'binary with NUL bytes', bytes: () => seededBytes(4096, 1), problem: /binary/ },
    { name: 'bytes that are not UTF-8', bytes: () => seededBytes(4096, 2, true), problem: /UTF-8/ },
    { name: 'text full of control characters', bytes: () => Buffer.from('\u0001\u0002\u0003weak\u0004\u0005\u0006'.repeat(200)), problem: /binary|control/ },
    { name: 'a PNG header saved as .txt', bytes: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), seededBytes(500, 3)]), problem: /binary|UTF-8/ },
  ])('$name: exit 2, the file and the problem named', async ({ name, bytes, problem }) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, bytes());
    const run = await runCli([file]);
    expectRefused(run, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), problem);
    const json = parseJson(await runCli(['--format', 'json', file]));
    expect(json.results).toHaveLength(1);
    expect(json.results[0]!.error).toMatch(problem);
    expect(json.results[0]!.findings).toEqual([]);
  });

  it('a 50 MB file: refused by size before it is read, exit 2', async () => {
    const file = join(dir, 'huge.txt');
    const fd = openSync(file, 'w');
    writeSync(fd, NOTE);
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const run = await runCli([file]);
    expectRefused(run, /huge\.txt/, /too large/, /50 MB/);
  }, 60_000);

  it('50 MB on standard input: refused, exit 2', async () => {
    const run = await runWithLargeStdin(Buffer.alloc(50 * 1024 * 1024, 'weak 4/5 '));
    expectRefused(run, /stdin/, /too large/);
  }, 60_000);

  it('a path that does not exist: exit 2, named', async () => {
    expectRefused(await runCli([join(dir, 'missing.txt')]), /missing\.txt/, /no such file/);
  });

  it('an empty folder: exit 2, says there is nothing to lint', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expectRefused(await runCli([empty]), /empty/);
  });
});

describe('a folder of mixed files', () => {
  it('lints every note, names every unreadable file, skips files the globs exclude, exit 2', async () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(join(mixed, 'sub'), { recursive: true });
    writeFileSync(join(mixed, 'a-good.txt'), NOTE);
    writeFileSync(join(mixed, 'b-binary.txt'), seededBytes(2048, 5));
    writeFileSync(join(mixed, 'c-empty.txt'), '');
    writeFileSync(join(mixed, 'd-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTE, 'utf16le')]));
    writeFileSync(join(mixed, 'e-picture.png'), seededBytes(1024, 6));
    writeFileSync(join(mixed, 'f-not-fhir.json'), '{"hello": "world"}');
    writeFileSync(join(mixed, 'g-broken.json'), '{"resourceType": "Bundle", ');
    writeFileSync(join(mixed, 'sub', 'h-nested.txt'), 'Fatigue x 2 months.\nAssessment: R53.83\n');
    const run = await runCli(['--format', 'json', mixed]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK);
    const json = parseJson(run);
    const byName = new Map(json.results.map((r) => [r.file.split(/[\\/]/).pop()!, r]));
    expect([...byName.keys()].sort()).toEqual(['a-good.txt', 'b-binary.txt', 'c-empty.txt', 'd-utf16.txt', 'f-not-fhir.json', 'g-broken.json', 'h-nested.txt']);
    expect(byName.get('a-good.txt')!.error).toBeUndefined();
    expect(byName.get('a-good.txt')!.diagnostics.length).toBeGreaterThan(0);
    expect(byName.get('h-nested.txt')!.error).toBeUndefined();
    expect(byName.get('h-nested.txt')!.findings.length).toBeGreaterThan(0);
    expect(byName.get('c-empty.txt')!.error).toBeUndefined();
    expect(byName.get('d-utf16.txt')!.error).toBeUndefined();
    expect(byName.get('d-utf16.txt')!.findings.map((f) => f.text)).toEqual(byName.get('a-good.txt')!.findings.map((f) => f.text));
    for (const bad of ['b-binary.txt', 'f-not-fhir.json', 'g-broken.json']) {
      expect(byName.get(bad)!.error, bad).toMatch(/\w{4,}/);
      expect(run.stderr).toContain(bad);
    }
  }, 60_000);
});

describe('bad usage and bad settings', () => {
  it.each([
    { args: ['--setting', 'icu', '--stdin'], names: [/setting/, /icu/] },
    { args: ['--rule', 'no-such-rule:off', '--stdin'], names: [/no-such-rule/] },
    { args: ['--rule', 'strength-detail:loud', '--stdin'], names: [/loud/] },
    { args: ['--age', '-3', '--stdin'], names: [/age/] },
    { args: ['--age', 'old', '--stdin'], names: [/age/, /old/] },
    // the oldest age is the lexicon's (lexicon/values.yaml age.maxYears, 125)
    { args: ['--age', '126', '--stdin'], names: [/--age expects a whole number from 0 to 125, got "126"/] },
    { args: ['--code', '5R3.1', '--stdin'], names: [/code/, /5R3\.1/] },
    { args: ['--format', 'xml', '--stdin'], names: [/format/, /xml/] },
    { args: ['--no-such-flag', '--stdin'], names: [/no-such-flag/] },
    { args: [], names: [/no input/] },
  ])('note-lint $args: exit 2 naming the problem', async ({ args, names }) => {
    expectRefused(await runCli(args, { input: NOTE }), ...names);
  });

  it.each(['0', '125'])('--age %s (a bound of the lexicon) is accepted', async (age) => {
    const run = await runCli(['--age', age, '--stdin', '--format', 'json'], { input: NOTE });
    expect(run.code, run.stderr).not.toBe(2);
    expect(run.stderr).toBe('');
  });

  it.each([
    { name: 'unknown rule id', config: { version: 1, rules: { 'no-such-rule': 'off' } }, names: [/no-such-rule/] },
    { name: 'invalid setting', config: { version: 1, setting: 'icu' }, names: [/setting/, /icu/] },
    { name: 'lab range with a string', config: { version: 1, labRanges: { potassium: { low: 'abc' } } }, names: [/potassium/, /abc/] },
    { name: 'unknown key', config: { version: 1, colour: 'red' }, names: [/colour/] },
    { name: 'not JSON', config: '{ version: 1,', names: [/not valid JSON/] },
  ])('a config file with $name: exit 2 naming the problem', async ({ name, config, names }) => {
    const file = join(dir, `config-${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
    expectRefused(await runCli(['--config', file, '--stdin'], { input: NOTE }), ...names);
  });
});
