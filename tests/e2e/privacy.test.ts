/**
 * Privacy and hostile pages, in real Chromium: the extension makes no network request, keeps no
 * note text in persistent storage or its logs, drops a tab's state when the tab closes, and a page
 * script cannot drive it (window messages, DOM events) or inject markup through a note.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage } from 'playwright-core';
import { lint } from '../../src/engine/index.ts';
import type { TabState } from '../../src/messaging/protocol.ts';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.ts';
import { startPageServer, type PageServer } from './support/server.ts';
import { eventually, openEnabled, waitForField } from './support/session.ts';

const NOTE = 'Patient feels weak after the zoster outbreak.\nAssessment: generalized weakness.\nDx: M62.81';

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
    await browser.send({ type: 'add-code', tabId, code: 'R53.1' });
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
  /**
   * A note with a marker no code, lexicon or page contains, so finding it anywhere proves it came
   * from the note. Linted in a page, shown in the popup, its query draft copied; then every place an
   * extension can keep data is read back: storage.local, storage.sync, storage.session, IndexedDB,
   * Cache Storage and localStorage of the extension origin, the extension's files in the profile on
   * disk, and every console message of the worker, the popup and the page.
   */
  const MARKER = 'ZEBRA-MARKER-71';
  const MARKER_NOTE = `HPI: ${MARKER} feels weak since the canoe trip.\nAssessment: Muscle weakness (M62.81)`;

  it('leaves no note text, finding text or query draft in storage, IndexedDB, caches, the profile or logs; drops tab state on close', async () => {
    const consoleLines: string[] = [];
    const keepPageConsole = (message: ConsoleMessage) => consoleLines.push(`${message.type()}: ${message.text()}`);
    browser.context.on('console', keepPageConsole);
    const requestsBefore = browser.requests.length;

    const page = await openEnabled(browser, `${server.origin}/textarea.html`);
    await page.click('#note');
    await page.keyboard.type(MARKER_NOTE);
    const field = await waitForField(browser, page, 'textarea', (f) => f.result.length === MARKER_NOTE.length && f.result.diagnostics.some((d) => d.query));
    const tabId = await browser.tabIdOf(page);
    // The tab state carries diagnostics, not findings: the engine gives the finding texts of the same note.
    const evidence = field.result.diagnostics.flatMap((d) => d.evidence.map((e) => e.text));
    const findingTexts = [...new Set([...lint(MARKER_NOTE).findings.map((f) => f.text), ...evidence].filter((t) => t.length >= 6))];
    const queries: string[] = field.result.diagnostics.flatMap((d) => (d.query ? [d.query] : []));
    expect(findingTexts.length, 'the note yields findings to look for').toBeGreaterThan(0);
    expect(queries.length, 'the note yields a query draft to look for').toBeGreaterThan(0);

    // The popup shows the note's flags and copies a query draft, as a user would.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const copy = popup.getByRole('button', { name: /^Copy query draft/ }).first();
    await copy.waitFor();
    await copy.click();
    await popup.getByRole('status').filter({ hasText: /Query draft copied|Could not copy/ }).waitFor();

    const secrets = [MARKER, 'canoe trip', ...findingTexts, ...queries, ...queries.map((q) => q.slice(0, 60))];
    const expectAbsent = (where: string, haystack: string) => {
      for (const secret of secrets) expect(haystack.includes(secret), `${where} contains ${JSON.stringify(secret)}`).toBe(false);
    };

    const fromWorker = await browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: any }).chrome;
      const databases = await indexedDB.databases();
      return JSON.stringify({
        local: await c.storage.local.get(null),
        sync: await c.storage.sync.get(null),
        session: await c.storage.session.get(null),
        databases,
        caches: await caches.keys(),
      });
    });
    const fromExtensionPage = await popup.evaluate(async () => {
      const dump = async (name: string) =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open(name);
          open.onerror = () => resolve(`cannot open ${name}`);
          open.onsuccess = () => {
            const db = open.result;
            const stores = [...db.objectStoreNames];
            if (stores.length === 0) return resolve({});
            const tx = db.transaction(stores, 'readonly');
            const out: Record<string, unknown> = {};
            for (const store of stores) tx.objectStore(store).getAll().onsuccess = (e) => (out[store] = (e.target as IDBRequest).result);
            tx.oncomplete = () => resolve(out);
          };
        });
      const databases = await indexedDB.databases();
      const contents: Record<string, unknown> = {};
      for (const db of databases) if (db.name) contents[db.name] = await dump(db.name);
      const local: Record<string, string | null> = {};
      for (let i = 0; i < localStorage.length; i++) local[localStorage.key(i)!] = localStorage.getItem(localStorage.key(i)!);
      const cached: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
      return JSON.stringify({ databases, contents, localStorage: local, sessionStorage: { ...sessionStorage }, cached });
    });
    // The content script shares the EHR page's storage and DOM: it must write neither (the field's own value aside).
    const fromEhrPage = await page.evaluate(async () => {
      const local: Record<string, string | null> = {};
      for (let i = 0; i < localStorage.length; i++) local[localStorage.key(i)!] = localStorage.getItem(localStorage.key(i)!);
      const session: Record<string, string | null> = {};
      for (let i = 0; i < sessionStorage.length; i++) session[sessionStorage.key(i)!] = sessionStorage.getItem(sessionStorage.key(i)!);
      const attributes = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
      return JSON.stringify({ local, session, cookie: document.cookie, databases: await indexedDB.databases(), attributes, title: document.title });
    });
    expectAbsent('the EHR page storage, cookies and attributes', fromEhrPage);
    expectAbsent('extension storage (worker view)', fromWorker);
    expectAbsent('extension origin IndexedDB, localStorage, caches (popup view)', fromExtensionPage);
    const worker = JSON.parse(fromWorker) as { databases: unknown[]; caches: unknown[] };
    expect(worker.databases, 'the extension keeps no IndexedDB').toEqual([]);
    expect(worker.caches, 'the extension keeps no Cache Storage').toEqual([]);

    // Everything the extension wrote under the profile: its storage areas, IndexedDB and worker caches.
    const files = extensionFiles(await profileDir(browser), browser.extensionId);
    expect(files.length, 'the extension has files in the profile (its settings at least)').toBeGreaterThan(0);
    for (const file of files) expectAbsent(`profile file ${file}`, readFileSync(file).toString('latin1'));

    await page.close();
    const after = await eventually(
      popup,
      () => browser.send<TabState>({ type: 'get-tab-state', tabId }),
      (s) => s.fields.length === 0,
    ).catch(async () => browser.send<TabState>({ type: 'get-tab-state', tabId }));
    expect(after.fields, 'tab state is dropped when the tab closes').toEqual([]);
    const sessionAfter = await browser.worker.evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: any }).chrome.storage.session.get(null)));
    expectAbsent('storage.session after the tab closed', sessionAfter);
    expect(sessionAfter.includes(String(tabId)) && sessionAfter.includes(MARKER), 'no session entry for the closed tab').toBe(false);
    await popup.close();

    expectAbsent('console messages of the pages and popup', consoleLines.join('\n'));
    expectAbsent('console messages of the service worker', logs.join('\n'));
    const extensionRequests = browser.requests.slice(requestsBefore).filter((r) => r.from.startsWith('chrome-extension://') || !r.url.startsWith(server.origin));
    expect(extensionRequests, 'no network request other than the test page itself').toEqual([]);

    // Control: the same probes do see a marker that is put there, so the absences above mean something.
    const CONTROL = 'CONTROL-MARKER-93';
    await browser.worker.evaluate(async (marker) => {
      console.log(marker);
      await (globalThis as unknown as { chrome: any }).chrome.storage.local.set({ privacyControl: marker });
    }, CONTROL);
    const control = await browser.extensionPage();
    await control.evaluate((marker) => console.log(marker), CONTROL);
    const stored = await browser.worker.evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: any }).chrome.storage.local.get(null)));
    expect(stored).toContain(CONTROL);
    await eventually(control, async () => extensionFiles(await profileDir(browser), browser.extensionId).some((f) => readFileSync(f).toString('latin1').includes(CONTROL)), (found) => found);
    expect(logs.join('\n')).toContain(CONTROL);
    expect(consoleLines.join('\n')).toContain(CONTROL);
    await browser.worker.evaluate(async () => (globalThis as unknown as { chrome: any }).chrome.storage.local.remove('privacyControl'));
    browser.context.off('console', keepPageConsole);
  });
});

/** The profile folder of the running browser, as chrome://version reports it. */
async function profileDir(b: ExtensionBrowser): Promise<string> {
  const page = await b.context.newPage();
  await page.goto('chrome://version');
  const path = (await page.locator('#profile_path').textContent())?.trim();
  await page.close();
  if (!path || !existsSync(path)) throw new Error(`no profile path on chrome://version (got ${JSON.stringify(path)})`);
  return path;
}

/** Files under the profile that belong to the extension: its storage areas, IndexedDB, caches, worker storage. */
function extensionFiles(profile: string, extensionId: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, all: boolean) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const mine = all || entry.name.includes(extensionId);
      if (entry.isDirectory()) walk(path, mine);
      else if (mine && entry.isFile()) out.push(path);
    }
  };
  for (const area of ['Local Extension Settings', 'Sync Extension Settings', 'Managed Extension Settings', 'IndexedDB', 'Service Worker', 'File System', 'Storage']) {
    walk(join(profile, area), false);
  }
  // localStorage of every origin shares one database: read it whole (the test page writes none).
  walk(join(profile, 'Local Storage'), true);
  walk(join(profile, 'Extension State'), true);
  return out;
}

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
    await hostile.click('#note');
    await hostile.keyboard.type(NOTE.slice(0, 20));
    await eventually(hostile, () => hostile.evaluate(() => document.querySelector('note-lint-ui') !== null), (present) => present);
    // note-lint's own UI (mirror, hover card with messages) is a closed shadow root: not readable by the page.
    expect(await hostile.evaluate(() => document.querySelector('note-lint-ui')!.shadowRoot)).toBeNull();
    await hostile.waitForTimeout(800);

    const victimState = await browser.send<TabState>({ type: 'get-tab-state', tabId: victimTab });
    const after = victimState.fields.find((f) => f.fieldKey === victimField.fieldKey)!;
    expect(victimState.codes).toEqual([]);
    expect(after.result.codes.filter((c) => c.source === 'session' || c.source === 'page')).toEqual([]);
    expect(after.revision).toBe(victimField.revision);
    const hostileState = await browser.send<TabState>({ type: 'get-tab-state', tabId: hostileTab });
    // Only what was typed into the page's own field was linted, never the text the page posted.
    expect(hostileState.fields.map((f) => f.text)).toEqual([NOTE.slice(0, 20)]);
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
