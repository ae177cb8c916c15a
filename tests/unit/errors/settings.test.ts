/**
 * Invalid settings in the extension: a settings file with a bad value is refused whole with every
 * problem named; settings read back from storage (another version, a hand-edited profile) are
 * sanitised so that linting with them never throws, since a throw there would silently stop the
 * extension from linting any note.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { importSettingsFile } from '../../../src/settings/file.ts';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../../src/settings/settings.ts';
import { toLintOptions } from '../../../src/settings/lint-options.ts';

const NOTE = 'HPI: feels weak x 3 weeks.\nExam: strength 4/5 proximal.\nLabs: K 3.1 (L)\nAssessment: M62.81';

describe('importing a settings file with invalid values', () => {
  it.each([
    { name: 'not JSON', text: '{ "version": 1,', names: [/not JSON/] },
    { name: 'no version', text: JSON.stringify({ setting: 'inpatient' }), names: [/version/] },
    { name: 'unknown rule id', text: JSON.stringify({ version: 1, rules: { 'no-such-rule': 'off' } }), names: [/no-such-rule/, /unknown rule/] },
    { name: 'unknown rule level', text: JSON.stringify({ version: 1, rules: { 'strength-detail': 'loud' } }), names: [/strength-detail/, /loud/] },
    { name: 'invalid care setting', text: JSON.stringify({ version: 1, setting: 'icu' }), names: [/setting/, /icu/] },
    { name: 'lab bound not a number', text: JSON.stringify({ version: 1, labRanges: { potassium: { low: '3.5' } } }), names: [/potassium/, /low/, /number/] },
    { name: 'lab range reversed', text: JSON.stringify({ version: 1, labRanges: { potassium: { low: 6, high: 3 } } }), names: [/potassium/, /below/] },
    { name: 'unknown analyte', text: JSON.stringify({ version: 1, labRanges: { potasium: { low: 3.5 } } }), names: [/potasium/, /unknown analyte/] },
    { name: 'unknown key', text: JSON.stringify({ version: 1, theme: 'dark' }), names: [/theme/, /unknown key/] },
  ])('$name: refused, naming the problem', ({ text, names }) => {
    const imported = importSettingsFile(text, DEFAULT_SETTINGS);
    expect(imported.ok).toBe(false);
    const errors = imported.ok ? '' : imported.errors.join('\n');
    for (const name of names) expect(errors).toMatch(name);
  });

  it('a valid file is applied (control)', () => {
    const imported = importSettingsFile(JSON.stringify({ version: 1, setting: 'inpatient', rules: { 'strength-detail': 'off' } }), DEFAULT_SETTINGS);
    expect(imported.ok && imported.settings.setting).toBe('inpatient');
  });
});

describe('settings read back from storage', () => {
  it.each([
    { name: 'a rule id this version does not have (from an older or newer version)', raw: { rules: { 'retired-rule': 'off' } } },
    { name: 'an analyte this version does not have', raw: { labRanges: { unobtainium: { low: 1, high: 2 } } } },
    { name: 'an invalid level', raw: { rules: { 'strength-detail': 'loud' } } },
    { name: 'an invalid care setting', raw: { setting: 'icu' } },
    { name: 'lab bounds that are strings', raw: { labRanges: { potassium: { low: '3.5', high: 'x' } } } },
    { name: 'wrong types everywhere', raw: { enabledSites: 'x', rules: [], labRanges: 7, setting: null } },
    { name: 'null', raw: null },
    { name: 'an array', raw: [1, 2, 3] },
  ])('$name: linting with them never throws', ({ raw }) => {
    const options = toLintOptions(sanitizeSettings(raw));
    expect(() => lint(NOTE, options)).not.toThrow();
  });
});
