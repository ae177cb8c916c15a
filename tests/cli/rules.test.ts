/**
 * The CLI end to end with the real engine: rule ids, severities and exit codes the rulebook defines,
 * and the switches that change them (--rule, --quiet, --max-warnings, config files).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_FIXTURES, ensureCliBuilt, parseJson, removeTempDirs, runCli, tempDir, type JsonOutput } from './helpers.ts';

beforeAll(ensureCliBuilt, 120_000);
afterAll(removeTempDirs);

const ruleIds = (json: JsonOutput) => json.results.flatMap((r) => r.diagnostics.map((d) => d.ruleId));
const severityOf = (json: JsonOutput, ruleId: string) => json.results.flatMap((r) => r.diagnostics).find((d) => d.ruleId === ruleId)?.severity;
const hasError = (json: JsonOutput) => json.results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));

describe('rules through the CLI', () => {
  it('"Patient feels weak." coded M62.81: objective-strength-required error and unsupported-weakness, exit 1', async () => {
    const run = await runCli(['--format', 'json', '--code', 'M62.81', 'feels-weak.txt']);
    const json = parseJson(run);
    expect(severityOf(json, 'objective-strength-required')).toBe('error');
    expect(ruleIds(json)).toContain('unsupported-weakness');
    expect(json.results[0]!.codes).toContainEqual({ code: 'M62.81', source: 'option' });
    expect(run.code).toBe(1);
  });

  it('stylish shows the rule ids and the summary line for the same note', async () => {
    const run = await runCli(['--code', 'M62.81', 'feels-weak.txt']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^feels-weak\.txt$/m);
    expect(run.stdout).toMatch(/^ {2}1:\d+ +error .+ objective-strength-required$/m);
    expect(run.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?, \d+ infos?\) in 1 note\n$/);
  });

  it('R53.1 with M62.81 from --code: excludes1-conflict', async () => {
    const run = await runCli(['--format', 'json', '--code', 'R53.1', '--code', 'M62.81', 'feels-weak.txt']);
    expect(ruleIds(parseJson(run))).toContain('excludes1-conflict');
    expect(run.code).toBe(1);
  });

  it('R53.1 with M62.81 written in the note: codes from the note and excludes1-conflict', async () => {
    const json = parseJson(await runCli(['--format', 'json', 'weakness-two-codes.txt']));
    expect(json.results[0]!.codes).toEqual([
      { code: 'R53.1', source: 'note' },
      { code: 'M62.81', source: 'note' },
    ]);
    expect(ruleIds(json)).toContain('excludes1-conflict');
  });

  it('--rule switches a rule off or re-levels it, and the exit code follows', async () => {
    const off = parseJson(await runCli(['--format', 'json', '--code', 'M62.81', '--rule', 'objective-strength-required:off', 'feels-weak.txt']));
    expect(ruleIds(off)).not.toContain('objective-strength-required');
    const info = await runCli(['--format', 'json', '--code', 'M62.81', '--rule', 'objective-strength-required:info', 'feels-weak.txt']);
    const json = parseJson(info);
    expect(severityOf(json, 'objective-strength-required')).toBe('info');
    expect(info.code).toBe(hasError(json) ? 1 : 0);
  });

  it('--quiet reports errors only', async () => {
    const run = await runCli(['--quiet', '--format', 'json', '--code', 'M62.81', 'feels-weak.txt']);
    const severities = parseJson(run).results.flatMap((r) => r.diagnostics.map((d) => d.severity));
    expect(severities).toContain('error');
    expect(new Set(severities)).toEqual(new Set(['error']));
  });

  it('--max-warnings fails the run when warnings exceed it', async () => {
    const args = ['--code', 'M62.81', '--rule', 'objective-strength-required:off', 'feels-weak.txt'];
    const json = parseJson(await runCli(['--format', 'json', ...args]));
    expect(severityOf(json, 'unsupported-weakness')).toBe('warning');
    const warnings = json.results.flatMap((r) => r.diagnostics).filter((d) => d.severity === 'warning').length;
    const over = await runCli(['--max-warnings', String(warnings - 1), ...args]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`note-lint found too many warnings: ${warnings} (maximum: ${warnings - 1})`);
    const within = await runCli(['--max-warnings', String(warnings), ...args]);
    expect(within.code).toBe(hasError(json) ? 1 : 0);
  });

  it('stylish positions are line:column of the diagnostic offsets in a CRLF note', async () => {
    const json = parseJson(await runCli(['--format', 'json', 'crlf-note.txt']));
    const text = readFileSync(join(CLI_FIXTURES, 'crlf-note.txt'), 'utf8');
    const stylish = (await runCli(['crlf-note.txt'])).stdout;
    const diagnostics = json.results[0]!.diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      const before = text.slice(0, d.start).split(/\r\n|\n|\r/);
      const where = `${before.length}:${before.at(-1)!.length + 1}`;
      expect(stylish).toMatch(new RegExp(`^ {2}${where} +${d.severity} +.* ${d.ruleId.replace('.', '\\.')}$`, 'm'));
    }
  });
});

describe('config files', () => {
  const dir = tempDir('config');
  writeFileSync(join(dir, 'note.txt'), readFileSync(join(CLI_FIXTURES, 'feels-weak.txt')));

  it('reads note-lint.config.json from the working directory; --rule wins over it', async () => {
    writeFileSync(join(dir, 'note-lint.config.json'), JSON.stringify({ version: 1, rules: { 'objective-strength-required': 'off', 'unsupported-weakness': 'info' } }));
    const json = parseJson(await runCli(['--format', 'json', '--code', 'M62.81', 'note.txt'], { cwd: dir }));
    expect(ruleIds(json)).not.toContain('objective-strength-required');
    expect(severityOf(json, 'unsupported-weakness')).toBe('info');
    const overridden = parseJson(await runCli(['--format', 'json', '--code', 'M62.81', '--rule', 'objective-strength-required:warning', 'note.txt'], { cwd: dir }));
    expect(severityOf(overridden, 'objective-strength-required')).toBe('warning');
    expect(severityOf(overridden, 'unsupported-weakness')).toBe('info');
  });

  const invalid: { name: string; content: string; message: RegExp }[] = [
    { name: 'bad-json.json', content: '{"version": 1,', message: /config .*bad-json\.json is not valid JSON/ },
    { name: 'bad-rule.json', content: '{"version": 1, "rules": {"strenght-detail": "off"}}', message: /config .*bad-rule\.json is invalid:\n {2}rules\.strenght-detail: unknown rule id/ },
    { name: 'bad-setting.json', content: '{"version": 1, "setting": "icu"}', message: /setting: expected one of outpatient, inpatient, got "icu"/ },
  ];
  it.each(invalid)('refuses $name with the problem named, exit 2', async ({ name, content, message }) => {
    writeFileSync(join(dir, name), content);
    const run = await runCli(['--config', name, 'note.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('refuses a --config that does not exist', async () => {
    const run = await runCli(['--config', 'nope.json', 'note.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read config .*nope\.json/);
  });
});
