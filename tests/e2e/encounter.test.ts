/**
 * The encounter around the note: hidden helper fields are never notes, fields are named from the
 * page and listed in page order, a site profile picks the notes and reads the diagnosis codes the
 * page shows beside them (source "page"), and codes added in the popup belong to the page's
 * encounter (every field, across a reload, gone on another page or when the tab closes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TabState } from '../../src/messaging/protocol.ts';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.ts';
import { startPageServer, type PageServer } from './support/server.ts';
import { eventually, openEnabled, patchSettings } from './support/session.ts';

const PROGRESS = 'Patient feels weak.\nAssessment: generalized weakness.';
const ADDENDUM = 'Addendum: strength 4/5 proximal legs.';

let server: PageServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text);
}

async function tabState(page: Page): Promise<TabState> {
  return browser.send<TabState>({ type: 'get-tab-state', tabId: await browser.tabIdOf(page) });
}

/** Waits until the tab state satisfies `ok` (fields linted, codes read) and returns it. */
function stateWhere(page: Page, ok: (state: TabState) => boolean): Promise<TabState> {
  return eventually(page, () => tabState(page), ok, 20_000);
}

const linted = (state: TabState, text: string) => state.fields.some((f) => f.text === text);
const codesOfField = (state: TabState, text: string) =>
  state.fields.find((f) => f.text === text)?.result.codes.map((c) => `${c.code}:${c.source}`) ?? [];

describe('fields on an EHR chart page without a profile', () => {
  it('lints only fields a person can see and use, names them from the page and lists them in page order', async () => {
    await patchSettings(browser, { siteProfiles: {} });
    const page = await openEnabled(browser, `${server.origin}/encounter.html`);
    // Typed in the reverse of page order: the list must follow the page, not the typing.
    await typeInto(page, '#addendum', ADDENDUM);
    await typeInto(page, '#progress', PROGRESS);
    const state = await stateWhere(page, (s) => linted(s, PROGRESS) && linted(s, ADDENDUM));
    await page.waitForTimeout(1000); // time for any hidden helper to be (wrongly) linted
    const after = await tabState(page);
    expect(after.fields.map((f) => [f.kind, f.label, f.text])).toEqual([
      ['textarea', 'Progress note', PROGRESS],
      ['contenteditable', 'Addendum', ADDENDUM],
    ]);
    expect(state.fields.every((f) => f.text !== 'Patient feels weak. M62.81')).toBe(true);
    // The hidden fields carry no marks or counts either.
    for (const id of ['measure', 'disabled', 'offscreen', 'zero', 'transparent', 'under-hidden', 'hidden-editable']) {
      expect(await page.getAttribute(`#${id}`, 'data-note-lint'), id).toBeNull();
    }
    // Without a profile nothing of the page outside the notes is read: no page codes.
    expect(after.codes).toEqual([]);
    await page.close();
  });
});

describe('a site profile', () => {
  it('lints only its note fields, ignores its ignored fields and reads the diagnosis codes the page shows', async () => {
    await patchSettings(browser, {
      siteProfiles: {
        [server.origin]: {
          noteFields: ['#progress', '#addendum', '#quick-search'],
          ignoreFields: ['#quick-search'],
          diagnosisCodes: ['#dx td.code', '#chips .chip'],
        },
      },
    });
    const page = await openEnabled(browser, `${server.origin}/encounter.html`);
    await typeInto(page, '#quick-search', 'weakness');
    await typeInto(page, '#progress', PROGRESS);
    let state = await stateWhere(page, (s) => linted(s, PROGRESS) && s.codes.length === 2);
    expect(state.codes).toEqual([
      { code: 'M62.81', source: 'page' },
      { code: 'R53.1', source: 'page' },
    ]);
    expect(state.fields.map((f) => f.text)).toEqual([PROGRESS]);
    // The engine was given the page's codes: R53.1 and M62.81 together break R53.1's Excludes1 note.
    const progress = state.fields[0]!;
    expect(progress.result.codes.map((c) => `${c.code}:${c.source}`)).toEqual(['M62.81:page', 'R53.1:page']);
    expect(progress.result.diagnostics.map((d) => d.ruleId)).toContain('excludes1-conflict');

    // The page changes its list: a chip is added, a row removed, a chip renamed.
    await page.evaluate(() => (window as unknown as { addChip(t: string): void }).addChip('G72.81 Critical illness myopathy'));
    state = await stateWhere(page, (s) => s.codes.some((c) => c.code === 'G72.81'));
    expect(codesOfField(state, PROGRESS)).toContain('G72.81:page');
    await page.evaluate(() => (window as unknown as { removeRow(): void }).removeRow());
    await page.evaluate(() => (window as unknown as { renameChip(t: string): void }).renameChip('R53.83 Other fatigue'));
    state = await stateWhere(page, (s) => s.codes.map((c) => c.code).join() === 'R53.83,G72.81');
    expect(codesOfField(state, PROGRESS)).toEqual(['R53.83:page', 'G72.81:page']);
    await page.close();
    await patchSettings(browser, { siteProfiles: {} });
  });

  it('an invalid stored profile, or a profile of another site, reads nothing', async () => {
    await patchSettings(browser, {
      siteProfiles: {
        // Invalid (a selector that is not CSS): dropped whole when settings are read.
        [server.origin]: { diagnosisCodes: ['#dx td.code', 'td[[['] },
        [server.otherOrigin]: { diagnosisCodes: ['#dx td.code'] },
      },
    });
    const page = await openEnabled(browser, `${server.origin}/encounter.html`);
    await typeInto(page, '#progress', PROGRESS);
    await stateWhere(page, (s) => linted(s, PROGRESS));
    await page.waitForTimeout(600);
    expect((await tabState(page)).codes).toEqual([]);
    await page.close();
    await patchSettings(browser, { siteProfiles: {} });
  });
});

describe('codes added in the popup belong to the encounter', () => {
  it('apply to every field of the page, survive a reload, stay behind on another page and go when the tab closes', async () => {
    const page = await openEnabled(browser, `${server.origin}/encounter.html?encounter=88`);
    await typeInto(page, '#progress', PROGRESS);
    await typeInto(page, '#addendum', ADDENDUM);
    await stateWhere(page, (s) => linted(s, PROGRESS) && linted(s, ADDENDUM));
    const tabId = await browser.tabIdOf(page);
    const added = await browser.send<TabState>({ type: 'add-code', tabId, code: 'm6281' });
    expect(added.codes).toEqual([{ code: 'M62.81', source: 'session' }]);
    for (const text of [PROGRESS, ADDENDUM]) expect(codesOfField(added, text)).toContain('M62.81:session');

    // Reload: the notes are typed again (a real EHR restores its draft), the code is still there.
    await page.reload();
    await typeInto(page, '#progress', PROGRESS);
    const reloaded = await stateWhere(page, (s) => linted(s, PROGRESS));
    expect(reloaded.codes).toEqual([{ code: 'M62.81', source: 'session' }]);
    expect(codesOfField(reloaded, PROGRESS)).toContain('M62.81:session');

    // Another encounter in the same tab: its own (empty) list.
    await page.goto(`${server.origin}/encounter.html?encounter=89`);
    await typeInto(page, '#progress', PROGRESS);
    const other = await stateWhere(page, (s) => linted(s, PROGRESS));
    expect(other.codes).toEqual([]);
    expect(codesOfField(other, PROGRESS)).not.toContain('M62.81:session');

    // Back on encounter 88: its code comes back.
    await page.goto(`${server.origin}/encounter.html?encounter=88`);
    expect((await tabState(page)).codes).toEqual([{ code: 'M62.81', source: 'session' }]);

    const sessionArea = () =>
      browser.currentWorker().then((w) =>
         
        w.evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: any }).chrome.storage.session.get(null))),
      );
    const saved = await sessionArea();
    expect(saved).toContain('M62.81');
    // Kept for the page by a hash: the URL (which can name a patient) is not stored.
    expect(saved).not.toContain('encounter=88');
    expect(saved).not.toContain('127.0.0.1');
    // Nothing about it in storage.local: only settings live there.
    const local = await (await browser.currentWorker()).evaluate(async () =>
       
      JSON.stringify(await (globalThis as unknown as { chrome: any }).chrome.storage.local.get(null)),
    );
    expect(local).not.toContain('M62.81');

    await page.close();
    await eventually(await browser.extensionPage(), sessionArea, (s) => !s.includes('M62.81'));
  });
});
