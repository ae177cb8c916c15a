/**
 * Firefox beyond the highlights: an administrator's site profile from managed storage (the note
 * fields, and the diagnosis codes the page lists beside the note), the popup opened as a page, the
 * badge read back through the extension API, and the card of a textarea mark by pointer and keyboard.
 *
 * What Firefox automation cannot reach, and why: the toolbar popup as such (WebDriver cannot click
 * browser chrome, so the popup page is opened in a window with `?tabId=`), and the badge as drawn
 * on the toolbar button (browser chrome again: its text is read with `browserAction.getBadgeText`).
 * Everything else here is driven as a user would: typing and hovering are real input events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/messaging/protocol.ts';
import { startPageServer, type PageServer } from '../e2e/support/server.ts';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox.ts';
import { eventually, KEY, sleep, type Tab } from './support/tab.ts';

const NOTE = 'Patient feels weak.';

let server: PageServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  server = await startPageServer();
  firefox = await launchFirefoxWithExtension([server.origin], {
    siteProfiles: {
      [server.origin]: { noteFields: ['#progress', '#addendum'], ignoreFields: ['#quick-search'], diagnosisCodes: ['#dx td.code', '#chips .chip'] },
    },
  });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** The page's tab id as the extension knows it: the active tab of the other window. */
async function tabIdOf(popup: Tab): Promise<number> {
  const ids = await popup.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: { tabs: { getCurrent(): Promise<{ id: number }>; query(q: object): Promise<Array<{ id: number }>> } } }).browser;
    const own = await ext.tabs.getCurrent();
    return (await ext.tabs.query({ active: true })).map((t) => t.id).filter((id) => id !== own.id);
  });
  if (ids.length !== 1) throw new Error(`expected one other active tab, got ${JSON.stringify(ids)}`);
  return ids[0]!;
}

function tabState(popup: Tab, tabId: number): Promise<TabState> {
  return popup.evaluate(
    (id) =>
      (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<TabState> } } }).browser.runtime.sendMessage({
        type: 'get-tab-state',
        tabId: id,
      }),
    tabId,
  );
}

describe('Firefox: a managed site profile, the popup, the badge and the hover card', () => {
  it('reads the page’s diagnosis codes, shows them in the popup data with their source, badges the errors and shows the card', async () => {
    const page = await firefox.openTab(`${server.origin}/encounter.html`);
    await page.click('#quick-search');
    await page.type('weakness');
    await page.click('#progress');
    await page.type(NOTE);

    const popup = await firefox.openExtensionPage('popup.html');
    const tabId = await tabIdOf(popup);
    const state = await eventually(
      () => tabState(popup, tabId),
      (s) => s.fields.length === 1 && s.fields[0]!.text === NOTE && s.codes.length === 2,
    );
    expect(state.codes).toEqual([
      { code: 'M62.81', source: 'page' },
      { code: 'R53.1', source: 'page' },
    ]);
    expect(state.siteManaged).toBe(true);
    const field = state.fields[0]!;
    expect(field.label).toBe('Progress note');
    expect(field.result.codes.map((c) => `${c.code}:${c.source}`)).toEqual(['M62.81:page', 'R53.1:page']);
    const errors = field.result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);

    // The badge: the number of errors on the tab.
    const badge = await popup.evaluate(
      (id) =>
        (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }).browser.browserAction.getBadgeText({
          tabId: id,
        }),
      tabId,
    );
    expect(badge).toBe(String(errors.length));

    // The popup, opened as a page for that tab, renders the tab's codes.
    await popup.evaluate((id) => location.assign(`/popup.html?tabId=${id}`), tabId);
    const rendered = await eventually(
      () => popup.evaluate(() => document.querySelector('main')?.textContent ?? '').catch(() => ''),
      (text) => text.includes('M62.81') && text.includes('R53.1'),
    );
    expect(rendered).toContain('M62.81');

    // The hover card over the textarea's mark (in note-lint's own shadow UI over the textarea).
    const marks = await eventually(
      () => page.mirrorMarks(),
      (m) => m.some((x) => x.text === 'feels weak'),
    );
    const [box] = await page.boxesOf(marks.filter((m) => m.text === 'feels weak'));
    await page.hover((box!.left + box!.right) / 2, (box!.top + box!.bottom) / 2);
    const card = await eventually(
      () => page.uiText('card'),
      (text) => text.length > 0,
    );
    const onSpan = field.result.diagnostics.filter((d) => NOTE.slice(d.start, d.end) === 'feels weak');
    for (const d of onSpan) expect(card).toContain(d.message);
    expect(card).toContain('Rule page: ');

    // The same card from the keyboard: caret into "weak", Alt+Shift+L, Escape gives the caret back.
    await page.hover(2, 2);
    await eventually(() => page.uiText('card'), (text) => text === '');
    await page.click('#progress');
    await page.chord(KEY.Control, KEY.Home);
    for (let i = 0; i < 15; i++) await page.type(KEY.ArrowRight);
    await page.combo([KEY.Alt, KEY.Shift], 'L');
    const byKeyboard = await eventually(() => page.uiText('card'), (text) => text.length > 0);
    expect(byKeyboard).toContain('Esc: close');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('NOTE-LINT-UI');
    await page.type(KEY.Escape);
    await eventually(() => page.uiText('card'), (text) => text === '');
    await sleep(100);
    expect(await page.evaluate(() => [document.activeElement?.id, (document.activeElement as HTMLTextAreaElement).selectionStart])).toEqual(['progress', 15]);
    expect(await page.evaluate(() => (document.querySelector('#progress') as HTMLTextAreaElement).value)).toBe(NOTE);
    await popup.close();
    await page.close();
  });
});
