/**
 * Real Chromium with the built extension, driven by playwright-core. Every test gets a fresh
 * profile. Chromium missing is a test failure with the install command, never a skip.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import type { PopupToBackground, TabState } from '../../../src/messaging/protocol.ts';
import { chromiumArgs } from '../../../scripts/chromium-args.ts';

/** The extension API inside evaluated functions (they run in the browser, not in Node). */
declare const chrome: any;

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. The browser tests need it: run \`apt-get install -y chromium\` ` +
        '(or set CHROME_PATH to a Chromium/Chrome binary).',
    );
  }
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every http(s)/ws request made while recording, with the URL of the page or worker that made it. */
  requests: Array<{ url: string; from: string }>;
  /** An extension page (popup.html) used to send protocol messages the way the popup does. */
  extensionPage(): Promise<Page>;
  send<T = TabState>(message: PopupToBackground): Promise<T>;
  /** The extension's service worker now (Chrome stops it when idle and starts a new one). */
  currentWorker(): Promise<Worker>;
  /** Stops the service worker the way Chrome does when it is idle; the next event starts a fresh one. */
  stopWorker(): Promise<void>;
  /** The tab id of a page, as the background knows it. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<ExtensionBrowser> {
  const executablePath = chromiumPath();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'note-lint-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    viewport: { width: 1100, height: 800 },
    args: chromiumArgs(EXTENSION_DIR),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const requests: ExtensionBrowser['requests'] = [];
  const record = (request: Request) => {
    if (!/^(?:https?|wss?):/.test(request.url())) return;
    let from: string;
    try {
      from = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      from = request.serviceWorker()?.url() ?? 'service-worker';
    }
    requests.push({ url: request.url(), from });
  };
  context.on('request', record);

  let extensionPage: Page | null = null;
  const browser: ExtensionBrowser = {
    context,
    worker,
    extensionId,
    requests,
    async extensionPage() {
      if (!extensionPage || extensionPage.isClosed()) {
        extensionPage = await context.newPage();
        await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
      }
      return extensionPage;
    },
    async send<T>(message: PopupToBackground) {
      const page = await browser.extensionPage();
      return page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
    },
    async currentWorker() {
      const running = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      return running.at(-1) ?? (await context.waitForEvent('serviceworker'));
    },
    async stopWorker() {
      const page = await browser.extensionPage();
      const cdp = await context.newCDPSession(page);
      try {
        const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
        const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
        if (!target) throw new Error('no extension service worker to stop');
        await cdp.send('Target.closeTarget', { targetId: target.targetId });
      } finally {
        await cdp.detach();
      }
    },
    async tabIdOf(page: Page) {
      await page.bringToFront();
      const url = page.url();
      // Without the "tabs" permission tab URLs are hidden: identify the page as the active tab.
      const id = await (await browser.currentWorker()).evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (typeof id !== 'number') throw new Error(`no tab found for ${url}`);
      return id;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}
