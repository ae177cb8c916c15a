/**
 * The options page in real Chromium with the built extension: what it stores reaches the content
 * script and the background (sites enabled there are linted, rule and pack switches and severities
 * change what the page and the popup show), and a bad settings file is refused with a reason.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.ts';
import { startPageServer, type PageServer } from './support/server.ts';

const WEAK_NOTE = 'HPI: Patient feels weak.\nAssessment: Muscle weakness (M62.81)';

let server: PageServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
});
afterAll(async () => {
  await server?.close();
});
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser?.close();
});

async function openOptions(): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Enabled sites' }).waitFor();
  return options;
}

async function addSite(options: Page, origin: string): Promise<void> {
  await options.getByLabel('Add a site').fill(origin);
  await options.getByLabel('Add a site').press('Enter');
  await options.locator('.site-list li', { hasText: origin }).waitFor();
}

async function popupFor(page: Page): Promise<Page> {
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

describe('options page', () => {
  it('enables a site for the content script, and rule switches change what the popup shows', async () => {
    const options = await openOptions();
    await addSite(options, server.origin);

    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/textarea.html`);
    await page.locator('#note').fill(WEAK_NOTE);
    // The field is linted on a site enabled from the options page: it carries its counts.
    await page.waitForFunction(() => /^[1-9]\d*,\d+,\d+$/.test(document.querySelector('#note')?.getAttribute('data-note-lint') ?? ''));

    const popup = await popupFor(page);
    // The popup colours a flag (a checklist item or a problem) by its severity and names its rule.
    const rule = (severity: string) => popup.locator(`.severity-${severity}[data-rule="objective-strength-required"]`);
    await rule('error').waitFor();

    // Lower its severity: the flag turns info.
    await options.bringToFront();
    await options.locator('[id="rule-severity-objective-strength-required"]').selectOption('info');
    await rule('info').waitFor();
    expect(await rule('error').count()).toBe(0);

    // Switch it off: the flag disappears; the other rules still report.
    await options.locator('[id="rule-on-objective-strength-required"]').uncheck();
    await rule('info').waitFor({ state: 'detached' });
    expect(await popup.locator('.rule-id').count()).toBeGreaterThan(0);

    // Remove the site: the popup offers to enable it again.
    await options.getByRole('button', { name: `Remove ${server.origin}` }).click();
    await popup.getByRole('heading', { name: 'note-lint is not enabled on this site' }).waitFor();
  });

  it('a condition pack switched off silences all of its rules in the page and the popup, and on again brings them back', async () => {
    const options = await openOptions();
    await addSite(options, server.origin);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/textarea.html`);
    await page.locator('#note').fill(WEAK_NOTE);
    const counts = () => page.locator('#note').getAttribute('data-note-lint');
    await page.waitForFunction(() => /^[1-9]\d*,\d+,\d+$/.test(document.querySelector('#note')?.getAttribute('data-note-lint') ?? ''));

    const popup = await popupFor(page);
    await popup.locator('.severity-error[data-rule="objective-strength-required"]').waitFor();

    // The weakness pack off: the field carries no problem at all and the popup names no rule.
    await options.bringToFront();
    await options.locator('#pack-on-weakness').uncheck();
    await page.waitForFunction(() => document.querySelector('#note')?.getAttribute('data-note-lint') === '0,0,0');
    await popup.waitForFunction(() => document.querySelectorAll('[data-rule]').length === 0);

    // On again: the error is back.
    await options.locator('#pack-on-weakness').check();
    await page.waitForFunction(() => /^[1-9]\d*,\d+,\d+$/.test(document.querySelector('#note')?.getAttribute('data-note-lint') ?? ''));
    expect(await counts()).not.toBe('0,0,0');
  });

  it('refuses a bad settings file with the reason, and applies a good one', async () => {
    const options = await openOptions();
    await options.locator('#import-settings').setInputFiles({
      name: 'note-lint.config.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, rules: { 'no-such-rule': 'off' }, setting: 'ward' })),
    });
    const alert = options.locator('.card [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('rules.no-such-rule: unknown rule id');
    expect(await alert.textContent()).toContain('setting: expected one of outpatient, inpatient');
    expect(await options.locator('#setting-outpatient').isChecked()).toBe(true);

    await options.locator('#import-settings').setInputFiles({
      name: 'note-lint.config.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, setting: 'inpatient', rules: { 'treatment-plan': 'off' } })),
    });
    await options.getByRole('status').filter({ hasText: 'Imported note-lint.config.json.' }).waitFor();
    expect(await options.locator('#setting-inpatient').isChecked()).toBe(true);
    expect(await options.locator('[id="rule-on-treatment-plan"]').isChecked()).toBe(false);

    // It survives a reload: the settings were stored, not only shown.
    await options.reload();
    await options.getByRole('heading', { name: 'Enabled sites' }).waitFor();
    expect(await options.locator('#setting-inpatient').isChecked()).toBe(true);
  });
});
