/**
 * Privacy and hostile pages, in real Chromium: the extension makes no network request, keeps no
 * note text in persistent storage or its logs, drops a tab's state when the tab closes, and a page
 * script cannot drive it (window messages, DOM events) or inject markup through a note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage } from 'playwright-core';
import type { TabState } from '../../src/messaging/protocol.ts';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.ts';
import { startPageServer, type PageServer } from './support/server.ts';
import { eventually, openEnabled, waitForField } from './support/session.ts';

const NOTE = 'Patient feels weak after the zoster outbreak.\nAssessment: generalized weakness.\nDx: M62.81';
/** Words of the note that must never show up in storage or logs. */
const NOTE_WORDS = ['zoster outbreak', 'feels weak', 'generalized weakness'];

let server: PageServer;
let browser: ExtensionBrowser;
const logs: string[] = [];

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchWithExtension();
  const keep = (message: ConsoleMessage) => logs.push(message.text());
  browser.worker.on('console', keep);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('no network', () => {
  it('makes no request of its own while linting, adding codes, revealing and linting read-only notes', async () => {
    const visited = new Set<string>();
    const page = await openEnabled(browser, `${server.origin}/textarea.html`);
    visited.add(page.url());
    const since = browser.requests.length;
    await page.click('#note');
    await page.keyboard.type(NOTE);
    const field = await waitForField(browser, page, 'textarea', (f) => f.result.length === NOTE.length);
    const tabId = await browser.tabIdOf(page);
    await browser.send({ type: 'add-code', tabId, fieldKey: field.fieldKey, code: 'R53.1' });
    await browser.send({ type: 'reveal', tabId, fieldKey: field.fieldKey, start: 0, end: 7 });
    await page.goto(`${server.origin}/readonly.html`);
    visited.add(page.url());
    await browser.send({ type: 'lint-readonly', tabId: await browser.tabIdOf(page) });
    await page.waitForTimeout(500);
    const extensionRequests = browser.requests
      .slice(since)
      .filter((r) => !visited.has(r.url) && !r.url.endsWith('/favicon.ico'));
    expect(extensionRequests).toEqual([]);
    expect(browser.requests.filter((r) => r.from.startsWith('chrome-extension://'))).toEqual([]);

    await page.close();
  });

  it('cannot make one: the extension CSP blocks requests from its worker and pages before they leave', async () => {
    const probe = `${server.origin}/probe`;
    const fromWorker = await browser.worker.evaluate((url) => fetch(url).then(() => 'sent', () => 'blocked'), probe);
    const extensionPage = await browser.extensionPage();
    const fromPage = await extensionPage.evaluate((url) => fetch(url).then(() => 'sent', () => 'blocked'), probe);
    expect([fromWorker, fromPage]).toEqual(['blocked', 'blocked']);
    expect(browser.requests.filter((r) => r.url === probe)).toEqual([]);
  });
});

describe('patient data', () => {
  it('keeps no note text in storage.local, storage.sync, storage.session, IndexedDB or logs; drops tab state on close', async () => {
    const page = await openEnabled(browser, `${server.origin}/textarea.html`);
    await page.click('#note');
    await page.keyboard.type(NOTE);
    const field = await waitForField(browser, page, 'textarea', (f) => f.result.length === NOTE.length);
    expect(field.result.diagnostics.length).toBeGreaterThan(0);
    const tabId = await browser.tabIdOf(page);

    const stored = await browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: any }).chrome;
      const databases = await indexedDB.databases();
      return JSON.stringify({
        local: await c.storage.local.get(null),
        sync: await c.storage.sync.get(null),
        session: await c.storage.session.get(null),
        databases,
      });
    });
    for (const words of NOTE_WORDS) expect(stored).not.toContain(words);
    for (const d of field.result.diagnostics) expect(stored).not.toContain(d.message);
    expect(JSON.parse(stored).databases).toEqual([]);
    for (const words of NOTE_WORDS) expect(logs.join('\n')).not.toContain(words);

    await page.close();
    const after = await eventually(
      page,
      () => browser.send<TabState>({ type: 'get-tab-state', tabId }),
      (s) => s.fields.length === 0,
    ).catch(async () => browser.send<TabState>({ type: 'get-tab-state', tabId }));
    expect(after.fields).toEqual([]);
  });
});

describe('hostile pages', () => {
  it('cannot enable sites, read results, add codes or lint other tabs through window messages or DOM events', async () => {
    const victim = await openEnabled(browser, `${server.origin}/textarea.html`);
    await victim.click('#note');
    await victim.keyboard.type(NOTE);
    const victimField = await waitForField(browser, victim, 'textarea', (f) => f.result.length === NOTE.length);
    const victimTab = await browser.tabIdOf(victim);

    const hostile = await openEnabled(browser, `${server.origin}/hostile.html`);
    const hostileTab = await browser.tabIdOf(hostile);
    const result = await hostile.evaluate(
      ([origin, tabId]) => (window as unknown as { attack(o: string, t: number): { extensionApi: boolean } }).attack(origin, tabId),
      [server.otherOrigin, victimTab] as [string, number],
    );
    expect(result.extensionApi).toBe(false);
    await hostile.waitForTimeout(800);

    const victimState = await browser.send<TabState>({ type: 'get-tab-state', tabId: victimTab });
    const after = victimState.fields.find((f) => f.fieldKey === victimField.fieldKey)!;
    expect(after.addedCodes).toEqual([]);
    expect(after.revision).toBe(victimField.revision);
    const hostileState = await browser.send<TabState>({ type: 'get-tab-state', tabId: hostileTab });
    expect(hostileState.fields.every((f) => f.textLength === 0)).toBe(true);
    const sites = await browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: any }).chrome;
      return (await c.storage.local.get('settings')).settings?.enabledSites ?? [];
    });
    expect(sites).not.toContain(server.otherOrigin);
    await victim.close();
    await hostile.close();
  });

  it('renders markup typed into a note as inert text in the mirror and the hover card', async () => {
    const page = await openEnabled(browser, `${server.origin}/textarea.html`);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.click('#note');
    await page.keyboard.type('<img src=x onerror=alert(1)> </script><script>alert(2)</script> [link](javascript:alert(3))\n' + NOTE);
    await waitForField(browser, page, 'textarea', (f) => f.result.diagnostics.length > 0);
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: unknown };
    const tags = new Set<string>();
    const visit = (node: { nodeName: string; children?: unknown[]; shadowRoots?: unknown[] }, inUi: boolean) => {
      if (inUi) tags.add(node.nodeName);
      const nowInUi = inUi || node.nodeName === 'NOTE-LINT-UI';
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child as typeof node, nowInUi);
    };
    visit(root as Parameters<typeof visit>[0], false);
    await cdp.detach();
    expect([...tags].filter((t) => !['DIV', 'SPAN', '#text', '#document-fragment'].includes(t))).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    await page.close();
  });
});
