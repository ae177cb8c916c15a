/** Shared steps of the browser tests: open a page with the site enabled, wait for lint results. */
import type { Page } from 'playwright-core';
import type { FieldKind, FieldState, TabState } from '../../../src/messaging/protocol.ts';
import type { ExtensionBrowser } from './browser.ts';

export async function openEnabled(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const ok = await browser.send<{ ok: boolean }>({ type: 'enable-site', origin: new URL(url).origin });
  if (!ok.ok) throw new Error(`could not enable ${url}`);
  return page;
}

/**
 * How long a poll waits before it gives up. A bound on liveness, not a speed claim (speed is `npm run
 * bench`): the tests must pass on a shared 2-core machine with other CPU-heavy jobs beside them.
 */
export const LIVENESS_MS = 60_000;

/** Polls the background's tab state (what the popup shows) until a field of `kind` satisfies `done`. */
export async function waitForField(
  browser: ExtensionBrowser,
  page: Page,
  kind: FieldKind,
  done: (field: FieldState) => boolean,
  timeoutMs = LIVENESS_MS,
): Promise<FieldState> {
  const tabId = await browser.tabIdOf(page);
  const deadline = Date.now() + timeoutMs;
  let last: TabState | null = null;
  while (Date.now() < deadline) {
    last = await browser.send<TabState>({ type: 'get-tab-state', tabId });
    const field = last.fields.find((f) => f.kind === kind && done(f));
    if (field) return field;
    await page.waitForTimeout(150);
  }
  const seen = last?.fields.map((f) => `${f.kind} rev ${f.revision} len ${f.textLength} rules [${f.result.diagnostics.map((d) => d.ruleId)}]`);
  throw new Error(`no ${kind} field matched within ${timeoutMs} ms; fields: ${JSON.stringify(seen)}`);
}

/** Polls until `read` returns a value that `ok` accepts; returns it, or throws with the last value. */
export async function eventually<T>(page: Page, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = LIVENESS_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await page.waitForTimeout(150);
    value = await read();
  }
  return value;
}

/**
 * Changes the extension's settings the way the options page does (one read-modify-write of the
 * `settings` item in storage.local), from the service worker.
 */
export async function patchSettings(browser: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  const worker = await browser.currentWorker();
  await worker.evaluate(async (change) => {
     
    const storage = (globalThis as unknown as { chrome: any }).chrome.storage.local;
    const { settings } = await storage.get('settings');
    await storage.set({ settings: { ...(settings ?? {}), ...change } });
  }, patch);
}
