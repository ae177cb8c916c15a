import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli } from './helpers.ts';

beforeAll(ensureCliBuilt, 120_000);

describe('note-lint usage', () => {
  it('prints help with every option of the contract and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const option of ['--stdin', '--code', '--age', '--format', '--setting', '--config', '--rule', '--pack', '--no-pack', '--max-warnings', '--quiet', '--workers', '--glob', '--ignore']) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stdout).toMatch(/Folders are searched recursively/);
  });

  it('prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  const badUsage: { args: string[]; message: RegExp }[] = [
    { args: ['--code', '1234', 'feels-weak.txt'], message: /--code "1234" is not an ICD-10-CM code/ },
    { args: ['--code', 'R5', 'feels-weak.txt'], message: /--code "R5" is not an ICD-10-CM code/ },
    { args: ['--code', 'R53.12345', 'feels-weak.txt'], message: /--code "R53.12345"/ },
    { args: ['--code', 'RR3.1', 'feels-weak.txt'], message: /--code "RR3.1" is not an ICD-10-CM code/ },
    { args: ['--code', 'R53.', 'feels-weak.txt'], message: /--code "R53." is not an ICD-10-CM code/ },
    { args: ['--format', 'xml', 'feels-weak.txt'], message: /--format "xml" is not one of stylish, json, html, csv/ },
    { args: ['--rule', 'no-such-rule:off', 'feels-weak.txt'], message: /unknown rule id "no-such-rule"/ },
    { args: ['--rule', 'strength-detail:loud', 'feels-weak.txt'], message: /--rule "loud" is not one of off, error, warning, info/ },
    { args: ['--rule', 'strength-detail', 'feels-weak.txt'], message: /must be id:level/ },
    { args: ['--setting', 'icu', 'feels-weak.txt'], message: /--setting "icu" is not one of outpatient, inpatient/ },
    { args: ['--age', '-3', 'feels-weak.txt'], message: /--age/ },
    { args: ['--age', 'old', 'feels-weak.txt'], message: /--age expects a whole number/ },
    { args: ['--workers', '0', 'feels-weak.txt'], message: /--workers expects a whole number from 1/ },
    { args: ['--max-warnings', 'many', 'feels-weak.txt'], message: /--max-warnings expects a whole number/ },
    { args: ['--frobnicate', 'feels-weak.txt'], message: /Unknown option '--frobnicate'/ },
    { args: [], message: /no input: give note files or folders, or --stdin/ },
  ];

  it.each(badUsage)('exits 2 with a clear message for $args', async ({ args, message }) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('note-lint --help');
    expect(run.stdout).toBe('');
  });

  const goodCodes = ['R53.1', 'r531', 'M62.81', 'G35.A', 'G72.41', 'R53.81,M62.84'];
  it.each(goodCodes)('accepts --code %s', async (code) => {
    const run = await runCli(['--code', code, '--format', 'json', 'no-weakness.txt']);
    expect(run.stderr).not.toMatch(/not an ICD-10-CM code/);
    expect(run.code).not.toBe(2);
  });
});
