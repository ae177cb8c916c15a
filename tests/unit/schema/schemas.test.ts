/**
 * Every schema of settings, the config file, managed storage and messages, fed bad input: a wrong
 * type, an unknown key, an unknown rule id, a bad severity. Strict schemas (files a user gives)
 * refuse with one `path: problem` line naming the field; lenient ones (storage, policy) drop the bad
 * part and keep the rest; message schemas drop the message.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/config/schema.ts';
import { validateSiteProfile } from '../../../src/config/site-profiles.ts';
import { checkWith, closedObject, describeValue, issueMessages, oneOf } from '../../../src/schema/issues.ts';
import { importSettingsFile } from '../../../src/settings/file.ts';
import { MANAGED_PACKS_KEY, MANAGED_PROFILES_KEY, MANAGED_SITES_KEY, readManagedPolicy } from '../../../src/settings/managed.ts';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../../src/settings/settings.ts';
import { parseBackgroundToContent, parseContentToBackground, parsePopupToBackground } from '../../../src/messaging/protocol.ts';

describe('issue lines', () => {
  const Schema = closedObject({ sites: v.array(closedObject({ selector: v.string('expected string') }, 'an object')) }, 'an object');

  it.each([
    ['an array item and its key', { sites: [{ selector: 'a' }, { selector: 'b' }, { selector: 7 }] }, {}, ['sites[2].selector: expected string']],
    ['the file first', { sites: [{ selector: 7 }] }, { file: 'settings.json' }, ['settings.json: sites[0].selector: expected string']],
    ['the root by its name', [], { root: 'config' }, ['config: expected an object, got an array']],
    ['a path prefix', { sites: [{ selector: 7 }] }, { path: 'profile' }, ['profile.sites[0].selector: expected string']],
    ['an unknown key', { sites: [], extra: 1 }, {}, ['extra: unknown key (expected sites)']],
    ['a missing key', {}, {}, ['sites: required, got nothing']],
  ])('%s', (_name, input, format, errors) => {
    expect(checkWith(Schema, input, format)).toEqual({ ok: false, errors });
  });

  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [[1], 'an array'],
    ['x', '"x"'],
    [{}, 'an object'],
    [2, 'number 2'],
    [false, 'boolean false'],
  ])('describes %j as %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  it('names the vocabulary of a closed value', () => {
    const result = v.safeParse(oneOf(['off', 'on']), 'loud');
    expect(result.success || issueMessages(result.issues)).toEqual(['expected one of off, on, got "loud"']);
  });
});

describe('config file (strict)', () => {
  it.each([
    ['a wrong type', { version: 1, evidenceView: 'yes' }, ['evidenceView: expected true or false, got "yes"']],
    ['an unknown key', { version: 1, rulez: {} }, [expect.stringMatching(/^rulez: unknown key \(expected version, setting, rules/)]],
    ['an unknown rule id', { version: 1, rules: { 'strength-detial': 'off' } }, ['rules.strength-detial: unknown rule id']],
    ['a bad severity', { version: 1, rules: { 'strength-detail': 'fatal' } }, ['rules.strength-detail: expected one of off, error, warning, info, got "fatal"']],
    ['a site profile of the wrong type', { version: 1, siteProfiles: { 'https://ehr.example.org': ['#note'] } }, ['siteProfiles.https://ehr.example.org: expected an object {noteFields, ignoreFields, diagnosisCodes}, got an array']],
  ])('%s is refused naming the field', (_name, config, errors) => {
    expect(validateConfig(config)).toEqual({ ok: false, errors });
  });

  it('prefixes every line with the file when told which', () => {
    expect(validateConfig({ version: 1, rules: { foo: 'off' } }, { file: '.note-lint.json' })).toEqual({ ok: false, errors: ['.note-lint.json: rules.foo: unknown rule id'] });
  });
});

describe('settings file import (strict, names the file)', () => {
  it.each([
    ['a wrong type', { version: 1, setting: 3 }, 'settings.json: setting: expected one of outpatient, inpatient, got number 3'],
    ['an unknown key', { version: 1, enabledSites: [] }, 'settings.json: enabledSites: unknown key'],
    ['an unknown rule id', { version: 1, rules: { nope: 'off' } }, 'settings.json: rules.nope: unknown rule id'],
    ['a bad severity', { version: 1, rules: { 'invalid-code': 'critical' } }, 'settings.json: rules.invalid-code: expected one of off, error, warning, info, got "critical"'],
    ['a selector of the wrong type', { version: 1, siteProfiles: { 'https://ehr.example.org': { noteFields: ['#a', 5] } } }, 'settings.json: siteProfiles.https://ehr.example.org.noteFields[1]: expected a CSS selector string, got number 5'],
  ])('%s', (_name, file, line) => {
    const imported = importSettingsFile(JSON.stringify(file), DEFAULT_SETTINGS, 'settings.json');
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.errors[0]).toContain(line);
  });

  it('names the file when it is no JSON', () => {
    expect(importSettingsFile('{', DEFAULT_SETTINGS, 'settings.json')).toEqual({ ok: false, errors: [expect.stringMatching(/^settings\.json: not JSON/)] });
  });
});

describe('site profile form (strict)', () => {
  it.each([
    ['a wrong type', 'not an object', ['profile: expected an object {noteFields, ignoreFields, diagnosisCodes}, got "not an object"']],
    ['an unknown key', { noteField: ['#n'] }, ['profile.noteField: unknown key (expected noteFields, ignoreFields, diagnosisCodes)']],
    ['selectors of the wrong type', { noteFields: '#n' }, ['profile.noteFields: expected an array of CSS selectors, got "#n"']],
  ])('%s', (_name, raw, errors) => {
    const problems: string[] = [];
    validateSiteProfile('profile', raw, problems);
    expect(problems).toEqual(errors);
  });
});

describe('stored settings (lenient: the bad part is dropped, the rest kept)', () => {
  it.each([
    ['a wrong type', { setting: 7, evidenceView: true }, { evidenceView: true }],
    ['an unknown key', { colour: 'red', evidenceView: true }, { evidenceView: true }],
    ['a rule id that is no id', { rules: { 'Not An Id': 'off', 'invalid-code': 'off' } }, { rules: { 'invalid-code': 'off' } }],
    ['a bad severity', { rules: { 'invalid-code': 'fatal', 'age-range': 'info' } }, { rules: { 'age-range': 'info' } }],
    ['a range with an unknown key', { labRanges: { potassium: { low: 3, min: 1 }, sodium: { low: 130 } } }, { labRanges: { sodium: { low: 130 } } }],
  ])('%s', (_name, raw, kept) => {
    expect(sanitizeSettings(raw)).toEqual({ ...DEFAULT_SETTINGS, ...kept });
  });
});

describe('managed storage (lenient)', () => {
  it.each([
    ['no policy', undefined, { enabledSites: [], siteProfiles: {}, packs: {} }],
    ['a wrong type', { enabledSites: 'https://ehr.example.org', siteProfiles: [] }, { enabledSites: [], siteProfiles: {}, packs: {} }],
    ['an unknown key', { enabledSite: ['https://a.org'] }, { enabledSites: [], siteProfiles: {}, packs: {} }],
    ['a pack switch that is no boolean', { packs: { weakness: 'off', other: false } }, { enabledSites: [], siteProfiles: {}, packs: { other: false } }],
    [
      'one bad profile among good ones',
      { enabledSites: ['https://a.org/x', 5], siteProfiles: { 'https://a.org': { noteFields: ['#n'] }, 'https://b.org': { noteFields: 3 } } },
      { enabledSites: ['https://a.org'], siteProfiles: { 'https://a.org': { noteFields: ['#n'], ignoreFields: [], diagnosisCodes: [] } }, packs: {} },
    ],
  ])('%s', (_name, raw, policy) => {
    expect(readManagedPolicy(raw)).toEqual(policy);
  });

  it('reads the keys the Chrome policy schema declares', () => {
    const policy = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(policy.properties).sort()).toEqual(Object.keys(readManagedPolicy({})).sort());
    expect(Object.keys(policy.properties)).toEqual(expect.arrayContaining([MANAGED_SITES_KEY, MANAGED_PROFILES_KEY, MANAGED_PACKS_KEY]));
  });
});

describe('messages (dropped when malformed)', () => {
  const lint = { type: 'lint', fieldId: 'f1', kind: 'textarea', revision: 1, text: 'x', label: '', order: 0 };
  const highlight = { ruleId: 'workup-plan', severity: 'warning', code: 'R53.1', message: 'm', fix: null, start: 0, end: 1 };
  const result = { type: 'lint-result', fieldId: 'f1', revision: 1, diagnostics: [highlight] };
  it.each([
    ['content: a wrong type', parseContentToBackground, { ...lint, revision: '1' }],
    ['content: an unknown type', parseContentToBackground, { ...lint, type: 'lint-all' }],
    ['content: a rule page id that is no rule id', parseContentToBackground, { type: 'open-rule-doc', ruleId: 'Workup Plan' }],
    ['background: a bad severity', parseBackgroundToContent, { ...result, diagnostics: [{ ...highlight, severity: 'fatal' }] }],
    ['background: a span that ends before it starts', parseBackgroundToContent, { ...result, diagnostics: [{ ...highlight, start: 5, end: 1 }] }],
    ['popup: a wrong type', parsePopupToBackground, { type: 'get-tab-state', tabId: '3' }],
    ['popup: a code that is no code', parsePopupToBackground, { type: 'add-code', tabId: 3, code: 'RR3.1' }],
  ])('%s', (_name, parse: (x: unknown) => unknown, message) => {
    expect(parse(message)).toBeNull();
  });

  it('controls: the same messages well formed pass', () => {
    expect(parseContentToBackground(lint)).toEqual(lint);
    expect(parseBackgroundToContent(result)).toEqual(result);
    expect(parsePopupToBackground({ type: 'add-code', tabId: 3, code: 'R53.1' })).toEqual({ type: 'add-code', tabId: 3, code: 'R53.1' });
  });
});
