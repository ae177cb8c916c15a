// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '../../../src/settings/index.ts';
import { OptionsApp } from '../../../src/ui/options/OptionsApp.tsx';
import { extensionStore, type OptionsStore } from '../../../src/ui/options/options-store.ts';
import type { RuleInfo } from '../../../src/ui/options/RulesSection.tsx';
import { buttonByText, click, mount, settle, submit, type, type Mounted } from './render.ts';

const RULES: RuleInfo[] = [
  { id: 'objective-strength-required', kind: 'lacking-evidence', severity: 'error', description: 'M62.81 needs a measured strength reduction.' },
  { id: 'treatment-plan', kind: 'lacking-evidence', severity: 'warning', description: 'M62.81 needs a treatment plan.' },
];
const ANALYTES = [{ id: 'potassium', label: 'Potassium', unit: 'mEq/L', refLow: 3.5, refHigh: 5.1 }];
const PACKS = [
  { id: 'weakness', title: 'Weakness and fatigue', description: 'M62.81, R53.1 and their causes.', ruleCount: 2 },
  { id: 'electrolytes', title: 'electrolytes', description: '', ruleCount: 1 },
];

/** The real storage-backed store, with an administrator policy that pre-enables one origin. */
const store: OptionsStore = {
  ...extensionStore,
  getManagedSites: async () => ['https://managed.example.org'],
  getManagedSiteProfiles: async () => ({ 'https://managed.example.org': { noteFields: ['#note'], ignoreFields: [], diagnosisCodes: ['.dx-code'] } }),
};

let mounted: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => mounted?.unmount());

async function open() {
  mounted = await mount(<OptionsApp store={store} rules={RULES} analytes={ANALYTES} packs={PACKS} />);
  return mounted.container;
}

async function change(element: Element | null, update: (el: HTMLInputElement & HTMLSelectElement) => void) {
  if (!element) throw new Error('no element');
  await act(async () => {
    update(element as HTMLInputElement & HTMLSelectElement);
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('options: sites', () => {
  it('lists user and administrator sites; only user sites can be removed', async () => {
    await updateSettings((s) => ({ ...s, enabledSites: ['https://ehr.example.org'] }));
    const root = await open();
    const items = [...root.querySelectorAll('.site-list li')].map((li) => li.textContent);
    expect(items).toEqual(['https://managed.example.org set by your administrator', 'https://ehr.example.org Remove']);
    await click(root.querySelector('[aria-label="Remove https://ehr.example.org"]'));
    expect((await getSettings()).enabledSites).toEqual([]);
    expect(root.querySelector('[aria-label="Remove https://managed.example.org"]')).toBeNull();
  });

  it('adds a site typed as a host or a URL, stored as its origin', async () => {
    const root = await open();
    await type(root.querySelector('#add-site'), 'ehr.example.org/chart/9');
    await submit(root.querySelector('#add-site')!.closest('form'));
    expect((await getSettings()).enabledSites).toEqual(['https://ehr.example.org']);
    expect(root.querySelector('.site-list')?.textContent).toContain('https://ehr.example.org');
  });

  it.each([
    ['file:///tmp/note.html', 'Only http:// and https:// sites can be enabled.'],
    ['https://managed.example.org', 'https://managed.example.org is already enabled.'],
  ])('refuses %j', async (input, message) => {
    const root = await open();
    await type(root.querySelector('#add-site'), input);
    await submit(root.querySelector('#add-site')!.closest('form'));
    expect(root.querySelector('#add-site-error')?.textContent).toBe(message);
    expect((await getSettings()).enabledSites).toEqual([]);
  });
});

describe('options: condition packs', () => {
  it('lists each pack with its title, description and rule count, all on by default', async () => {
    const root = await open();
    const section = root.querySelector('[aria-labelledby="packs-heading"]')!;
    expect(section.querySelector('label[for="pack-on-weakness"]')?.textContent).toBe('Weakness and fatigue');
    expect(section.querySelector('#pack-explanation-weakness')?.textContent).toBe('M62.81, R53.1 and their causes. 2 rules.');
    expect(section.querySelector('#pack-explanation-electrolytes')?.textContent).toBe('1 rule.');
    expect((root.querySelector('#pack-on-weakness') as HTMLInputElement).checked).toBe(true);
  });

  it('switches a pack off and on again, storing only what is off', async () => {
    const root = await open();
    await change(root.querySelector('#pack-on-weakness'), (el) => (el.checked = false));
    expect((await getSettings()).packs).toEqual({ weakness: false });
    expect((root.querySelector('#pack-on-weakness') as HTMLInputElement).checked).toBe(false);
    await change(root.querySelector('#pack-on-weakness'), (el) => (el.checked = true));
    expect((await getSettings()).packs).toEqual({});
  });

  it('shows the administrator’s switch, which the user cannot change', async () => {
    mounted = await mount(<OptionsApp store={{ ...store, getManagedPacks: async () => ({ electrolytes: false }) }} rules={RULES} analytes={ANALYTES} packs={PACKS} />);
    const checkbox = mounted.container.querySelector('#pack-on-electrolytes') as HTMLInputElement;
    expect(checkbox.checked).toBe(false);
    expect(checkbox.disabled).toBe(true);
    expect(checkbox.parentElement?.textContent).toContain('set by your administrator');
  });
});

describe('options: rules, setting, lab ranges', () => {
  it('turns a rule off and on again', async () => {
    const root = await open();
    await change(root.querySelector('#rule-on-treatment-plan'), (el) => (el.checked = false));
    expect((await getSettings()).rules).toEqual({ 'treatment-plan': 'off' });
    expect((root.querySelector('#rule-severity-treatment-plan') as HTMLSelectElement).disabled).toBe(true);
    await change(root.querySelector('#rule-on-treatment-plan'), (el) => (el.checked = true));
    expect((await getSettings()).rules).toEqual({});
  });

  it('changes a severity, and choosing the default removes the override', async () => {
    const root = await open();
    await change(root.querySelector('#rule-severity-objective-strength-required'), (el) => (el.value = 'warning'));
    expect((await getSettings()).rules).toEqual({ 'objective-strength-required': 'warning' });
    await change(root.querySelector('#rule-severity-objective-strength-required'), (el) => (el.value = 'error'));
    expect((await getSettings()).rules).toEqual({});
  });

  it('shows each rule with its id, description and default severity', async () => {
    const root = await open();
    const row = root.querySelector('#rule-on-treatment-plan')!.closest('tr')!;
    expect(row.textContent).toContain('treatment-plan');
    expect(row.textContent).toContain('M62.81 needs a treatment plan.');
    expect(row.querySelector('option[value=warning]')?.textContent).toBe('warning (default)');
  });

  it('switches the care setting', async () => {
    const root = await open();
    expect((root.querySelector('#setting-outpatient') as HTMLInputElement).checked).toBe(true);
    await change(root.querySelector('#setting-inpatient'), (el) => (el.checked = true));
    expect((await getSettings()).setting).toBe('inpatient');
  });

  it('sets and removes a lab range override', async () => {
    const root = await open();
    await type(root.querySelector('#lab-analyte'), 'potassium');
    await type(root.querySelector('#lab-low'), '3.4');
    await type(root.querySelector('#lab-high'), '5.2');
    await submit(root.querySelector('#lab-analyte')!.closest('form'));
    expect((await getSettings()).labRanges).toEqual({ potassium: { low: 3.4, high: 5.2 } });
    expect(root.querySelector('.lab-ranges tbody')?.textContent).toContain('Potassium (built-in 3.5–5.1 mEq/L)');
    await click(root.querySelector('[aria-label="Remove the Potassium range"]'));
    expect((await getSettings()).labRanges).toEqual({});
  });

  it('explains a bad lab range instead of saving it', async () => {
    const root = await open();
    await type(root.querySelector('#lab-analyte'), 'potassium');
    await type(root.querySelector('#lab-low'), '6');
    await type(root.querySelector('#lab-high'), '3');
    await submit(root.querySelector('#lab-analyte')!.closest('form'));
    expect(root.querySelector('.field-error')?.textContent).toBe('The low bound must be below the high bound.');
    expect((await getSettings()).labRanges).toEqual({});
  });

  it('follows settings changed elsewhere (the popup enabling a site)', async () => {
    const root = await open();
    await act(async () => {
      await updateSettings((s) => ({ ...s, enabledSites: ['https://other.example.org'] }));
    });
    await settle();
    expect(root.querySelector('.site-list')?.textContent).toContain('https://other.example.org');
  });
});

describe('options: settings file', () => {
  async function importFile(root: HTMLElement, text: string) {
    const input = root.querySelector('#import-settings') as HTMLInputElement;
    const file = new File([text], 'note-lint.config.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
  }

  it('exports the CLI config format', async () => {
    await updateSettings((s) => ({ ...s, setting: 'inpatient', rules: { 'treatment-plan': 'off' }, labRanges: { ck: { high: 250 } } }));
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:settings';
    });
    const anchorClick = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const root = await open();
    await click(buttonByText(root, 'Export settings'));
    expect(anchorClick).toHaveBeenCalledOnce();
    expect(JSON.parse(await blobs[0]!.text())).toEqual({
      version: 1,
      setting: 'inpatient',
      rules: { 'treatment-plan': 'off' },
      labRanges: { ck: { high: 250 } },
      packs: {},
      pageDisplay: 'errors-and-warnings',
      evidenceView: false,
      siteProfiles: {},
    });
    createObjectURL.mockRestore();
    anchorClick.mockRestore();
  });

  it('imports a valid file and keeps the enabled sites', async () => {
    await updateSettings((s) => ({ ...s, enabledSites: ['https://ehr.example.org'] }));
    const root = await open();
    await importFile(root, JSON.stringify({ version: 1, setting: 'inpatient', rules: { 'treatment-plan': 'info' } }));
    const settings = await getSettings();
    expect(settings).toMatchObject({ enabledSites: ['https://ehr.example.org'], setting: 'inpatient', rules: { 'treatment-plan': 'info' } });
    expect(root.querySelector('[role=status]')?.textContent).toBe('Imported note-lint.config.json.');
    expect((root.querySelector('#setting-inpatient') as HTMLInputElement).checked).toBe(true);
  });

  it.each([
    ['not JSON', '{version: 1', /not JSON: /],
    ['an unknown rule id', JSON.stringify({ version: 1, rules: { 'no-such-rule': 'off' } }), /rules\.no-such-rule: unknown rule id/],
    ['a wrong version', JSON.stringify({ version: 2 }), /version: expected 1/],
    ['an unknown key', JSON.stringify({ version: 1, enabledSites: ['https://x.org'] }), /enabledSites: unknown key/],
  ])('rejects a file with %s, says why and changes nothing', async (_name, text, error) => {
    const root = await open();
    await importFile(root, text);
    const alert = root.querySelector('.card [role=alert]');
    expect(alert?.textContent).toContain('The file was not imported');
    expect(alert?.textContent).toMatch(error);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

/** Types into a textarea (render.ts's `type` takes inputs). */
async function typeLines(textarea: Element | null, value: string) {
  if (!(textarea instanceof HTMLTextAreaElement)) throw new Error('Not a textarea');
  await act(async () => {
    textarea.value = value;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('options: site profiles', () => {
  const profileForm = (root: HTMLElement) => root.querySelector<HTMLFormElement>('form[aria-label="Site profile"]');

  it('saves a profile from one selector per line, and removes it', async () => {
    const root = await open();
    await type(root.querySelector('#profile-origin'), 'ehr.example.org/chart');
    await typeLines(root.querySelector('#profile-noteFields'), '#progress\n  .addendum textarea  \n');
    await typeLines(root.querySelector('#profile-diagnosisCodes'), '#dx td.code');
    await submit(profileForm(root));
    expect((await getSettings()).siteProfiles).toEqual({
      'https://ehr.example.org': { noteFields: ['#progress', '.addendum textarea'], ignoreFields: [], diagnosisCodes: ['#dx td.code'] },
    });
    expect(root.querySelector('.profile-list')?.textContent).toContain('#dx td.code');
    await click(root.querySelector('[aria-label="Remove the profile of https://ehr.example.org"]'));
    expect((await getSettings()).siteProfiles).toEqual({});
  });

  it('refuses an invalid selector, a profile with none, and the administrator’s site, saying why', async () => {
    const root = await open();
    await type(root.querySelector('#profile-origin'), 'https://ehr.example.org');
    await typeLines(root.querySelector('#profile-ignoreFields'), 'td[[[');
    await submit(profileForm(root));
    expect(root.querySelector('.profile-form [role=alert]')?.textContent).toContain('ignoreFields[0]: not a valid CSS selector');
    await typeLines(root.querySelector('#profile-ignoreFields'), '');
    await submit(profileForm(root));
    expect(root.querySelector('.profile-form [role=alert]')?.textContent).toContain('Give at least one selector.');
    await type(root.querySelector('#profile-origin'), 'https://managed.example.org');
    await typeLines(root.querySelector('#profile-noteFields'), '#note');
    await submit(profileForm(root));
    expect(root.querySelector('.profile-form [role=alert]')?.textContent).toContain('set by your administrator');
    expect((await getSettings()).siteProfiles).toEqual({});
  });

  it('shows the administrator’s profile, not editable', async () => {
    const root = await open();
    const managed = [...root.querySelectorAll('.profile-list li')].find((li) => li.textContent?.includes('managed.example.org'));
    expect(managed?.textContent).toContain('set by your administrator');
    expect(managed?.textContent).toContain('.dx-code');
    expect(managed?.querySelector('button')).toBeNull();
  });
});

describe('options: in the page', () => {
  it('sets what the page marks and the evidence view', async () => {
    const root = await open();
    expect((root.querySelector('#page-display-errors-and-warnings') as HTMLInputElement).checked).toBe(true);
    await change(root.querySelector('#page-display-errors'), (el) => (el.checked = true));
    await change(root.querySelector('#evidence-view'), (el) => (el.checked = true));
    expect(await getSettings()).toMatchObject({ pageDisplay: 'errors', evidenceView: true });
  });
});
