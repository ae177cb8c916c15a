/** Settings: sanitising what storage holds, engine options, the settings file, and storage itself. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  disableSite,
  enableSite,
  exportSettingsFile,
  getManagedSiteProfiles,
  getManagedSites,
  getSettings,
  profileFor,
  setEvidenceView,
  setPageDisplay,
  setSiteProfile,
  importSettingsFile,
  isOriginEnabled,
  normalizeOrigin,
  sanitizeSettings,
  setCareSetting,
  setLabRange,
  setRuleLevel,
  settingsItem,
  toLintOptions,
  watchSettings,
} from '../../../src/settings/index.ts';

describe('normalizeOrigin', () => {
  it.each([
    ['https://ehr.example.org', 'https://ehr.example.org'],
    ['https://ehr.example.org/chart/123?x#y', 'https://ehr.example.org'],
    ['  http://127.0.0.1:8080/ ', 'http://127.0.0.1:8080'],
    ['HTTPS://EHR.Example.org:443', 'https://ehr.example.org'],
    ['file:///tmp/note.html', null],
    ['chrome://settings', null],
    ['javascript:alert(1)', null],
    ['ehr.example.org', null],
    ['', null],
  ])('%j -> %j', (input, origin) => {
    expect(normalizeOrigin(input)).toBe(origin);
  });

  it('an origin is enabled by the user or the administrator', () => {
    expect(isOriginEnabled('https://a.org', ['https://a.org'], [])).toBe(true);
    expect(isOriginEnabled('https://b.org', [], ['https://b.org'])).toBe(true);
    expect(isOriginEnabled('https://c.org', ['https://a.org'], ['https://b.org'])).toBe(false);
  });
});

describe('sanitizeSettings', () => {
  it('gives the defaults for garbage', () => {
    for (const raw of [null, undefined, 42, 'x', [], {}]) expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid entries and drops invalid ones', () => {
    expect(
      sanitizeSettings({
        enabledSites: ['https://ehr.example.org/x', 'https://ehr.example.org', 'file:///x', 7],
        rules: { 'objective-strength-required': 'warning', 'objective-weakness-on-r53.1': 'off', 'Bad Id': 'error', x: 'loud' },
        labRanges: { potassium: { low: 3.5, high: 5.1 }, ck: { high: 200 }, sodium: { low: 150, high: 140 }, 'BAD': { low: 1 }, empty: {} },
        setting: 'inpatient',
        extra: true,
      }),
    ).toEqual({
      enabledSites: ['https://ehr.example.org'],
      rules: { 'objective-strength-required': 'warning', 'objective-weakness-on-r53.1': 'off' },
      labRanges: { potassium: { low: 3.5, high: 5.1 }, ck: { high: 200 } },
      packs: {},
      setting: 'inpatient',
      pageDisplay: 'errors-and-warnings',
      evidenceView: false,
      siteProfiles: {},
    });
  });

  it.each([
    ['errors', 'errors'],
    ['all', 'all'],
    ['everything', 'errors-and-warnings'],
    [3, 'errors-and-warnings'],
  ])('keeps pageDisplay %j as %j', (raw, expected) => {
    expect(sanitizeSettings({ pageDisplay: raw }).pageDisplay).toBe(expected);
  });

  it.each([
    [true, true],
    ['true', false],
    [1, false],
  ])('keeps evidenceView %j only when it is true itself', (raw, expected) => {
    expect(sanitizeSettings({ evidenceView: raw }).evidenceView).toBe(expected);
  });

  it('keeps each valid site profile and drops invalid ones whole', () => {
    const good = { noteFields: ['#note'], diagnosisCodes: ['#dx td.code'] };
    expect(
      sanitizeSettings({
        siteProfiles: {
          'https://ehr.example.org': good,
          'https://ehr.example.org/chart': good, // a URL, not an origin
          'https://bad.example.org': { noteFields: ['#note'], diagnosisCodes: [''] },
          'https://typo.example.org': { notes: ['#note'] },
          'https://empty.example.org': {},
        },
      }).siteProfiles,
    ).toEqual({ 'https://ehr.example.org': { noteFields: ['#note'], ignoreFields: [], diagnosisCodes: ['#dx td.code'] } });
  });
});

describe('profileFor', () => {
  const user = { noteFields: ['#mine'], ignoreFields: [], diagnosisCodes: [] };
  const admin = { noteFields: ['#policy'], ignoreFields: [], diagnosisCodes: ['.dx'] };
  it.each([
    ['the administrator’s wins', 'https://a.org', { 'https://a.org': user }, { 'https://a.org': admin }, admin],
    ['the user’s when there is no policy for the site', 'https://a.org', { 'https://a.org': user }, { 'https://b.org': admin }, user],
    ['none for another site', 'https://c.org', { 'https://a.org': user }, { 'https://b.org': admin }, null],
  ])('%s', (_name, origin, users, managed, expected) => {
    expect(profileFor(origin, users, managed)).toEqual(expected);
  });
});

describe('toLintOptions', () => {
  it('carries setting, rule levels and lab ranges, as copies', () => {
    const settings = sanitizeSettings({ rules: { 'invalid-code': 'off' }, labRanges: { potassium: { low: 3 } }, setting: 'inpatient' });
    const options = toLintOptions(settings);
    expect(options).toEqual({ setting: 'inpatient', rules: { 'invalid-code': 'off' }, labRanges: { potassium: { low: 3 } }, packs: {} });
    options.labRanges!.potassium!.low = 9;
    expect(settings.labRanges.potassium!.low).toBe(3);
  });
});

describe('settings file (note-lint.config.json)', () => {
  const current = sanitizeSettings({ enabledSites: ['https://ehr.example.org'], rules: { 'invalid-code': 'off' }, setting: 'inpatient' });

  it('exports the CLI config format without sites, and imports it back', () => {
    const text = exportSettingsFile(current);
    expect(JSON.parse(text)).toEqual({
      version: 1,
      setting: 'inpatient',
      rules: { 'invalid-code': 'off' },
      labRanges: {},
      packs: {},
      pageDisplay: 'errors-and-warnings',
      evidenceView: false,
      siteProfiles: {},
    });
    expect(text).not.toContain('ehr.example.org');
    expect(importSettingsFile(text, DEFAULT_SETTINGS)).toEqual({ ok: true, settings: { ...current, enabledSites: [] } });
  });

  it('carries site profiles and what the page shows, both ways', () => {
    const withProfiles = sanitizeSettings({
      ...current,
      pageDisplay: 'errors',
      evidenceView: true,
      siteProfiles: { 'https://ehr.example.org': { noteFields: ['#note'], ignoreFields: ['#search'], diagnosisCodes: ['.dx-chip'] } },
    });
    const text = exportSettingsFile(withProfiles);
    expect(JSON.parse(text).siteProfiles).toEqual(withProfiles.siteProfiles);
    expect(importSettingsFile(text, DEFAULT_SETTINGS)).toEqual({ ok: true, settings: { ...withProfiles, enabledSites: [] } });
  });

  it('keeps what the file does not mention, including enabled sites', () => {
    const imported = importSettingsFile('{"version": 1, "setting": "outpatient"}', current);
    expect(imported).toEqual({ ok: true, settings: { ...current, setting: 'outpatient' } });
  });

  it.each([
    ['not JSON', '{version: 1', /not JSON/],
    ['an unknown rule id', '{"version": 1, "rules": {"no-such-rule": "off"}}', /no-such-rule/],
    ['a bad level', '{"version": 1, "rules": {"invalid-code": "loud"}}', /invalid-code/],
    ['an unknown key', '{"version": 1, "sites": []}', /sites/],
    ['a missing version', '{"setting": "inpatient"}', /version/],
    ['a bad page display', '{"version": 1, "pageDisplay": "loud"}', /pageDisplay: expected one of errors, errors-and-warnings, all/],
    ['an evidence view that is not a boolean', '{"version": 1, "evidenceView": "yes"}', /evidenceView/],
    ['a profile keyed by a URL', '{"version": 1, "siteProfiles": {"https://ehr.example.org/chart": {"noteFields": ["#n"]}}}', /siteProfiles\.https:\/\/ehr\.example\.org\/chart: expected an origin/],
    ['a profile with an unknown key', '{"version": 1, "siteProfiles": {"https://ehr.example.org": {"codes": ["#dx"]}}}', /siteProfiles\.https:\/\/ehr\.example\.org\.codes: unknown key/],
    ['a profile selector that is not a string', '{"version": 1, "siteProfiles": {"https://ehr.example.org": {"noteFields": [7]}}}', /noteFields\[0\]: expected a CSS selector string/],
    ['an empty profile selector', '{"version": 1, "siteProfiles": {"https://ehr.example.org": {"noteFields": [" "]}}}', /noteFields\[0\]: an empty selector/],
    ['an empty profile', '{"version": 1, "siteProfiles": {"https://ehr.example.org": {}}}', /give noteFields, ignoreFields or diagnosisCodes/],
  ])('rejects %s with an error naming it', (_name, text, pattern) => {
    const imported = importSettingsFile(text, current);
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.errors.join('\n')).toMatch(pattern);
  });
});

describe('settings in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with the defaults, stored as a versioned item', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await enableSite('https://ehr.example.org/chart');
    expect(await settingsItem.getMeta()).toEqual({ v: 1 });
  });

  it('enables and disables sites by origin, and rejects what is not an http(s) origin', async () => {
    expect(await enableSite('https://ehr.example.org/chart/1')).toBe(true);
    expect(await enableSite('http://127.0.0.1:5173')).toBe(true);
    expect(await enableSite('https://ehr.example.org')).toBe(true);
    expect(await enableSite('file:///note.html')).toBe(false);
    expect((await getSettings()).enabledSites).toEqual(['http://127.0.0.1:5173', 'https://ehr.example.org']);
    expect(await disableSite('https://ehr.example.org/other')).toBe(true);
    expect((await getSettings()).enabledSites).toEqual(['http://127.0.0.1:5173']);
  });

  it('sets and clears rule levels, lab ranges and the care setting', async () => {
    await setRuleLevel('invalid-code', 'off');
    await setLabRange('potassium', { low: 3.4, high: 5 });
    await setCareSetting('inpatient');
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      rules: { 'invalid-code': 'off' },
      labRanges: { potassium: { low: 3.4, high: 5 } },
      setting: 'inpatient',
    });
    await setRuleLevel('invalid-code', undefined);
    await setLabRange('potassium', undefined);
    expect(await getSettings()).toMatchObject({ rules: {}, labRanges: {} });
  });

  it('sanitises whatever storage holds', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabledSites: ['nonsense'], setting: 'icu' } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes', async () => {
    const seen: string[][] = [];
    const unwatch = watchSettings((s) => seen.push(s.enabledSites));
    await enableSite('https://ehr.example.org');
    await new Promise((r) => setTimeout(r, 0));
    unwatch();
    expect(seen).toEqual([['https://ehr.example.org']]);
  });

  it('reads administrator-enabled origins from managed storage, and none when there is no policy', async () => {
    expect(await getManagedSites()).toEqual([]);
    await fakeBrowser.storage.managed.set({ enabledSites: ['https://ehr.example.org/chart', 'not a url', 3] });
    expect(await getManagedSites()).toEqual(['https://ehr.example.org']);
  });

  it('reads the administrator’s site profiles, keeping only valid ones', async () => {
    expect(await getManagedSiteProfiles()).toEqual({});
    await fakeBrowser.storage.managed.set({
      siteProfiles: {
        'https://ehr.example.org': { diagnosisCodes: ['#dx td.code'] },
        'https://bad.example.org': { diagnosisCodes: 'td.code' },
      },
    });
    expect(await getManagedSiteProfiles()).toEqual({ 'https://ehr.example.org': { noteFields: [], ignoreFields: [], diagnosisCodes: ['#dx td.code'] } });
  });

  it('sets what the page shows and site profiles', async () => {
    await setPageDisplay('errors');
    await setEvidenceView(true);
    await setSiteProfile('https://ehr.example.org', { noteFields: ['#note'], ignoreFields: [], diagnosisCodes: [] });
    expect(await getSettings()).toMatchObject({
      pageDisplay: 'errors',
      evidenceView: true,
      siteProfiles: { 'https://ehr.example.org': { noteFields: ['#note'] } },
    });
    await setSiteProfile('https://ehr.example.org', undefined);
    expect((await getSettings()).siteProfiles).toEqual({});
  });
});
