/**
 * The popup in real Chromium with the built extension: opened for a tab (popup.html?tabId=N, the
 * way the toolbar popup resolves its tab), it enables the site like a user, shows each chosen code
 * with its status and its evidence checklist, follows edits of the note and of the chosen codes,
 * reveals evidence in the page, lints a read-only note on request, fits the codes in its first
 * 600 px at 400 px wide in both themes, and is usable from the keyboard.
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

/** Where the popup shows a rule's flag: a checklist item or a problem, in the colour of its severity. */
function flagOf(popup: Page, severity: 'error' | 'warning' | 'info', ruleId: string): Locator {
  return popup.locator(`.severity-${severity}[data-rule="${ruleId}"]`);
}

/** The section of a chosen code. */
function sectionOf(popup: Page, code: string): Locator {
  return popup.locator('.code-section').filter({ has: popup.locator('h3 .code-id', { hasText: new RegExp(`^${code.replace(/\./g, '\\.')}$`) }) });
}

describe('popup for a textarea note', () => {
  it('enables the site, then shows the flags for the note codes and follows fixes', async () => {
    const { page, popup } = await openNotePage('textarea.html');
    await expect(popup.locator('.origin').textContent()).resolves.toBe(server.origin);
    await enableFromPopup(popup);

    await page.locator('#note').fill(WEAK_NOTE);
    const strength = flagOf(popup, 'error', 'objective-strength-required');
    await strength.waitFor();
    // The flag is an item of M62.81's evidence checklist, in the code's section, with what to write.
    const section = sectionOf(popup, 'M62.81');
    expect(await section.locator('[data-rule="objective-strength-required"]').count()).toBe(1);
    expect(await strength.locator('.hint').textContent()).toMatch(/\S/);
    expect(await section.locator('.code-meta').textContent()).toContain('from the note');
    expect(await section.locator('.item.missing').count()).toBeGreaterThan(0);
    expect(await popup.locator('.overview-row', { hasText: 'M62.81' }).locator('.tag').textContent()).toBe('gaps');

    // A query draft (its text folded) goes to the clipboard as written by the engine.
    await popup.getByRole('button', { name: /^Copy query draft/ }).first().click();
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
    expect(await popup.locator('[data-rule="objective-strength-required"]').count()).toBe(0);
  });

  it('adds a code the user chose, flags the Excludes1 pair, and removes it again', async () => {
    const { page, popup } = await openNotePage('textarea.html');
    await enableFromPopup(popup);
    await page.locator('#note').fill(WEAK_NOTE);
    await popup.locator('.overview-row', { hasText: 'M62.81' }).waitFor();

    await popup.getByLabel('Add a code').fill('x');
    await popup.getByLabel('Add a code').press('Enter');
    await popup.locator('.add-code [role=alert]').waitFor();

    await popup.getByLabel('Add a code').fill('r53.1');
    await popup.getByLabel('Add a code').press('Enter');
    const added = sectionOf(popup, 'R53.1');
    await added.waitFor();
    expect(await added.locator('.code-meta').textContent()).toContain('added by you');
    // The conflict is said once, above the code sections, and both codes of the pair show it.
    const conflict = popup.locator('.conflicts').locator(flagOf(popup, 'error', 'excludes1-conflict'));
    await conflict.waitFor();
    expect(await popup.locator('[data-rule="excludes1-conflict"]').count()).toBe(1);
    expect(await popup.locator('.overview-row .tag').allTextContents()).toEqual(['conflict', 'conflict']);

    await popup.getByRole('button', { name: 'Remove R53.1' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await popup.locator('.overview-row', { hasText: 'R53.1' }).count()).toBe(0);
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
    await flagOf(popup, 'error', 'objective-strength-required').waitFor();
    for (const summary of await popup.locator('.queries .query summary').all()) await summary.click();
    expect(await popup.locator('main img, main script, main iframe').count()).toBe(0);
    // The only links are the rule pages shipped inside the extension, and they open.
    const hrefs = await popup.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^chrome-extension://${browser.extensionId}/rules/[a-z0-9.-]+\\.html$`));
    const rulePage = await browser.context.newPage();
    expect((await rulePage.goto(hrefs[0]!))?.ok()).toBe(true);
    expect(await rulePage.locator('h1').textContent()).toMatch(/\S/);
    expect(dialogs).toEqual([]);
  });
});

describe('popup on the demo-like note, 400 px wide', () => {
  const NOTE =
    'CLINIC NOTE\nChief complaint: Feeling weak and tired.\n\nHPI: 77 yo woman, feels weak for about a month and gets tired walking the dog. ' +
    'no falls.\nExam: NAD. RRR. Lungs clear.\n\nAssessment and plan:\n1. Muscle weakness, generalized - M62.81\n2. Weakness - R53.1\nRTC 4 wks';

  it.each(['light', 'dark'] as const)('shows every code with its status and problem count in the first 600 px (%s)', async (colorScheme) => {
    const { page, popup } = await openNotePage('textarea.html');
    await popup.emulateMedia({ colorScheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await enableFromPopup(popup);
    await page.locator('#note').fill(NOTE);
    await popup.locator('.code-section').nth(1).waitFor();

    const rows = popup.locator('.overview-row');
    expect(await rows.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const box = (await rows.nth(i).boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(600);
      expect(box.x + box.width).toBeLessThanOrEqual(400);
      expect(await rows.nth(i).locator('.tag').textContent()).toMatch(/^(supported|gaps|conflict|invalid code)$/);
      expect(await rows.nth(i).locator('.muted').textContent()).toMatch(/^(no problems|1 problem|\d+ problems)$/);
    }
    // Nothing wider than the popup: no sideways scrolling.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    // Each theme keeps its own colours (the page follows the browser's colour scheme).
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
    expect(await popup.locator('main').textContent()).not.toMatch(/seed|rules\.md|spec\//i);
  });
});

describe('popup evidence', () => {
  it('reveals a met checklist item\'s quote in the page', async () => {
    const { page, popup } = await openNotePage('contenteditable.html');
    await enableFromPopup(popup);
    await page.locator('#note').fill('HPI: Patient feels weak. Strength 4/5 hip flexors bilaterally.\nAssessment: Muscle weakness (M62.81)');
    const quote = popup.locator('.item.met .quote').first();
    await quote.waitFor();
    const quoted = (await quote.textContent())!.replace(/^“|”$/g, '');
    await quote.click();
    expect(await flashedText(page)).toEqual([quoted]);
  });
});

describe('popup for a read-only note', () => {
  it('says when there is no note field, lints the note on request, and reveals the code in the page', async () => {
    const { page, popup } = await openNotePage('readonly.html');
    await enableFromPopup(popup);
    await popup.getByRole('heading', { name: 'No note field found on this page' }).waitFor();

    await popup.getByRole('button', { name: 'Lint this note' }).click();
    await popup.locator('details.field summary', { hasText: 'Read-only note' }).waitFor();
    await flagOf(popup, 'error', 'objective-strength-required').waitFor();

    // "show" beside the code flashes where the note writes it (CSS Custom Highlight API).
    await popup.getByRole('button', { name: 'Show M62.81 in the note' }).click();
    expect(await flashedText(page)).toEqual(['M62.81']);
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

  it('goes from a code in the overview to its section with the keyboard', async () => {
    const { page, popup } = await openNotePage('textarea.html');
    await enableFromPopup(popup);
    await page.locator('#note').fill(WEAK_NOTE);
    const jump = popup.locator('.overview-jump', { hasText: 'M62.81' });
    await jump.waitFor();
    await jump.focus();
    await popup.keyboard.press('Enter');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('M62.81 Muscle weakness (generalized)');
  });
});
