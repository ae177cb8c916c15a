/**
 * Pack switches through every front end but the CLI (tests/cli/packs.test.ts): the config file, the
 * settings and their file, managed storage. Each, with the weakness pack off, gives the engine options
 * under which no weakness-pack rule reports; with it on (or not mentioned) the same note reports. An
 * unknown pack id is an error in files the user gives, and dropped from stored values.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { configToLintOptions, validateConfig } from '../../../src/config/index.ts';
import { lint, type LintOptions } from '../../../src/engine/index.ts';
import {
  DEFAULT_SETTINGS,
  exportSettingsFile,
  getManagedPacks,
  getSettings,
  importSettingsFile,
  sanitizeSettings,
  setPackEnabled,
  toLintOptions,
} from '../../../src/settings/index.ts';

const NOTE = 'Subjective: "I just feel weak", tired too. No falls.\nAssessment/Plan: generalized weakness M62.81 - labs next visit';
const reported = (options: LintOptions) => lint(NOTE, { ...options, codes: ['M62.81'] }).diagnostics.map((d) => d.ruleId);

describe('config file "packs"', () => {
  it.each([
    [{ weakness: false }, false],
    [{ weakness: true }, true],
    [undefined, true],
  ])('packs %j: the weakness rules report: %s', (packs, reports) => {
    const checked = validateConfig({ version: 1, ...(packs ? { packs } : {}) });
    expect(checked.ok).toBe(true);
    const ids = checked.ok ? reported(configToLintOptions(checked.config)) : [];
    if (reports) expect(ids).toContain('objective-strength-required');
    else expect(ids).toEqual([]);
  });

  it.each([
    ['an unknown pack id', { dermatology: false }, /^packs\.dermatology: unknown pack id \(expected one of .*weakness/],
    ['a switch that is no boolean', { weakness: 'off' }, /^packs\.weakness: expected true or false, got "off"$/],
    ['packs as a list', ['weakness'], /^packs: expected an object of pack id to true or false, got an array$/],
  ])('%s is an error naming the field', (_name, packs, message) => {
    const checked = validateConfig({ version: 1, packs });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors).toEqual([expect.stringMatching(message)]);
  });
});

describe('settings', () => {
  it('a pack switched off in the settings reaches the engine', () => {
    expect(reported(toLintOptions(sanitizeSettings({ packs: { weakness: false } })))).toEqual([]);
    expect(reported(toLintOptions(sanitizeSettings({ packs: { weakness: true } })))).toContain('objective-strength-required');
  });

  it('the administrator’s switch wins over the user’s', () => {
    const user = sanitizeSettings({ packs: { weakness: true } });
    expect(reported(toLintOptions(user, { weakness: false }))).toEqual([]);
    expect(reported(toLintOptions(sanitizeSettings({ packs: { weakness: false } }), { weakness: true }))).toContain('objective-strength-required');
  });

  it('a pack this version does not have is dropped, so linting never throws', () => {
    const options = toLintOptions(sanitizeSettings({ packs: { 'retired-pack': false, weakness: true } }), { 'policy-pack': false });
    expect(options.packs).toEqual({ weakness: true });
    expect(() => lint(NOTE, options)).not.toThrow();
  });

  it('the settings file carries pack switches both ways', () => {
    const settings = sanitizeSettings({ packs: { weakness: false } });
    const text = exportSettingsFile(settings);
    expect(JSON.parse(text).packs).toEqual({ weakness: false });
    expect(importSettingsFile(text, DEFAULT_SETTINGS)).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, packs: { weakness: false } } });
  });

  it('importing an unknown pack id refuses the file, naming file and field', () => {
    const imported = importSettingsFile(JSON.stringify({ version: 1, packs: { dermatology: false } }), DEFAULT_SETTINGS, 'settings.json');
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.errors[0]).toMatch(/^settings\.json: packs\.dermatology: unknown pack id/);
  });
});

describe('storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('switches a pack off and back on', async () => {
    await setPackEnabled('weakness', false);
    expect((await getSettings()).packs).toEqual({ weakness: false });
    await setPackEnabled('weakness', undefined);
    expect((await getSettings()).packs).toEqual({});
  });

  it('reads the administrator’s pack switches, keeping only booleans', async () => {
    expect(await getManagedPacks()).toEqual({});
    await fakeBrowser.storage.managed.set({ packs: { weakness: false, other: 'no' } });
    expect(await getManagedPacks()).toEqual({ weakness: false });
    expect(reported(toLintOptions(DEFAULT_SETTINGS, await getManagedPacks()))).toEqual([]);
  });
});
