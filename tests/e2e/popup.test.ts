/**
 * The popup in real Chromium with the built extension: opened for a tab (popup.html?tabId=N, the
 * way the toolbar popup resolves its tab), it enables the site like a user, shows the flags for the
 * note's codes, follows edits of the note and of the chosen codes, reveals evidence in the page,
 * lints a read-only note on request, and is usable from the keyboard.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.ts';
import { startPageServer, type PageServer } from './support/server.ts';

const WEAK_NOTE = 'HPI: Patient feels weak.\nAssessment: Muscle weakness (M62.81)';
const GOOD_NOTE =
  'HPI: Generalized muscle weakness (4/5 strength in all extremities), persistent >2 weeks, CK elevated to 500 U/L.\n' +
  'Assessment: Muscle weakness (M62.81)';

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

async function openNotePage(path: string): Promise<{ page: Page; popup: Page }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${path}`);
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return { page, popup };
}

async function enableFromPopup(popup: Page): Promise<void> {
  await popup.getByRole('heading', { name: 'note-lint is not enabled on this site' }).waitFor();
  await popup.getByRole('button', { name: 'Enable on this site' }).click();
  await popup.getByRole('status').filter({ hasText: `note-lint is now enabled on ${server.origin}.` }).waitFor();
}

/** The text of the ranges the page currently flashes (waits until there are some). */
async function flashedText(page: Page): Promise<string[]> {
  const flashed = await page.waitForFunction(() => {
    const flash = CSS.highlights.get('note-lint-flash');
    return flash && flash.size > 0 ? [...flash].map((range) => (range as Range).toString()) : null;
  });
  return (await flashed.jsonValue()) as string[];
}

/** The rendered diagnostic of a rule, in the group of its severity. */
function diagnosticOf(popup: Page, severity: 'error' | 'warning' | 'info', ruleId: string): Locator {
  return popup.locator(`.severity-group.severity-${severity} .diagnostic`).filter({
    has: popup.locator('.rule-id', { hasText: new RegExp(`^${ruleId.replace(/\./g, '\\.')}$`) }),
  });
}

describe('popup for a textarea note', () => {
  it('enables the site, then shows the flags for the note codes and follows fixes', async () => {
    const { page, popup } = await openNotePage('textarea.html');
    await expect(popup.locator('.origin').textContent()).resolves.toBe(server.origin);
    await enableFromPopup(popup);

    await page.locator('#note').fill(WEAK_NOTE);
    const strength = diagnosticOf(popup, 'error', 'objective-strength-required');
    await strength.waitFor();
    expect(await strength.locator('.code-id').first().textContent()).toBe('M62.81');
    const code = popup.locator('.codes > li').filter({ hasText: 'M62.81' });
    expect(await code.textContent()).toContain('in the note');
    const checklist = popup.locator('.checklist').filter({ has: popup.locator('h3 .code-id', { hasText: 'M62.81' }) });
    await checklist.waitFor();
    expect(await checklist.locator('.item.missing').count()).toBeGreaterThan(0);

    // The query draft goes to the clipboard, as written by the engine.
    const withQuery = popup.locator('.diagnostic').filter({ has: popup.getByRole('button', { name: /^Copy query draft/ }) }).first();
    await withQuery.getByRole('button', { name: /^Copy query draft/ }).click();
    await popup.getByRole('status').filter({ hasText: 'Query draft copied to the clipboard.' }).waitFor();
    // Read the system clipboard back the way a user would: paste it (into the popup's own code box).
    const box = popup.getByLabel('Add a code');
    await box.focus();
    await popup.keyboard.press('ControlOrMeta+V');
    const copied = await box.inputValue();
    await box.fill('');
    expect(copied).toMatch(/clinically undetermined/i);
    expect(copied).not.toMatch(/reimburse|payment|DRG/i);

    // Fixing the note (a graded strength exam) clears the flag without reopening the popup.
    await page.locator('#note').fill(GOOD_NOTE);
    await strength.waitFor({ state: 'detached' });
    expect(await popup.locator('.severity-error .rule-id', { hasText: 'objective-strength-required' }).count()).toBe(0);
  });

  it('adds a code the user chose, flags the Excludes1 pair, and removes it again', async () => {
    const { page, popup } = await openNotePage('textarea.html');
    await enableFromPopup(popup);
    await page.locator('#note').fill(WEAK_NOTE);
    await popup.locator('.codes > li', { hasText: 'M62.81' }).waitFor();

    await popup.getByLabel('Add a code').fill('x');
    await popup.getByLabel('Add a code').press('Enter');
    await popup.locator('.add-code [role=alert]').waitFor();

    await popup.getByLabel('Add a code').fill('r53.1');
    await popup.getByLabel('Add a code').press('Enter');
    const added = popup.locator('.codes > li', { hasText: 'R53.1' });
    await added.waitFor();
    expect(await added.textContent()).toContain('added by you');
    const conflict = diagnosticOf(popup, 'error', 'excludes1-conflict');
    await conflict.waitFor();

    await popup.getByRole('button', { name: 'Remove R53.1' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await popup.locator('.codes > li', { hasText: 'R53.1' }).count()).toBe(0);
  });

  it('renders markup typed into the note as text', async () => {
    const { page, popup } = await openNotePage('textarea.html');
    await enableFromPopup(popup);
    const dialogs: string[] = [];
    popup.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page
      .locator('#note')
      .fill(`HPI: Patient feels weak <img src=x onerror=alert(1)> </script><script>alert(2)</script> [x](javascript:alert(3))\nAssessment: (M62.81)`);
    await diagnosticOf(popup, 'error', 'objective-strength-required').waitFor();
    expect(await popup.locator('main img, main script, main a, main iframe').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

describe('popup for a read-only note', () => {
  it('says when there is no note field, lints the note on request, and reveals evidence in the page', async () => {
    const { page, popup } = await openNotePage('readonly.html');
    await enableFromPopup(popup);
    await popup.getByRole('heading', { name: 'No note field found on this page' }).waitFor();

    await popup.getByRole('button', { name: 'Lint this note' }).click();
    await popup.locator('details.field summary', { hasText: 'Read-only note' }).waitFor();
    const strength = diagnosticOf(popup, 'error', 'objective-strength-required');
    await strength.waitFor();

    // "Show in note" on the flag flashes its span in the page (CSS Custom Highlight API): the code it is about.
    await strength.getByRole('button', { name: /^Show in note:/ }).click();
    expect(await flashedText(page)).toEqual(['M62.81']);

    // A quoted piece of evidence flashes exactly that text.
    const quote = popup.locator('.quote').first();
    const quoted = (await quote.textContent())!.replace(/^“|”$/g, '');
    await page.evaluate(() => CSS.highlights.delete('note-lint-flash'));
    await quote.click();
    expect(await flashedText(page)).toEqual([quoted]);
    expect(await popup.getByRole('status').textContent()).not.toMatch(/could not/i);
  });
});

describe('popup keyboard access', () => {
  it('enables the site with the keyboard alone and moves focus visibly', async () => {
    const { popup } = await openNotePage('readonly.html');
    await popup.getByRole('heading', { name: 'note-lint is not enabled on this site' }).waitFor();
    const focusedNames: string[] = [];
    for (let i = 0; i < 4; i++) {
      await popup.keyboard.press('Tab');
      focusedNames.push(await popup.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
      if (focusedNames.at(-1) === 'Enable on this site') break;
    }
    expect(focusedNames).toContain('Enable on this site');
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'No note field found on this page' }).waitFor();
  });
});
