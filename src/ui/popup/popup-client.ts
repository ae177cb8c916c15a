/**
 * What the popup asks of the extension. The popup component depends on this interface, not on
 * `browser`, so it renders the same in unit tests (a fake client) and in the extension
 * (`createRuntimeClient`).
 */
import { browser } from 'wxt/browser';
import type { Span } from '../../engine/types.ts';
import type { OkReply, TabState } from '../../messaging/protocol.ts';
import { isErrorReply, PAGE_REPLY_GUARDS, type PageRequestType, type Requests } from '../../messaging/requests.ts';
import { normalizeOrigin } from '../../settings/sites.ts';
import { setEvidenceView } from '../../settings/store.ts';

export interface PopupClient {
  getTabState(): Promise<TabState>;
  /** Adds a code to the encounter: every note field of the tab's page, until the browser closes. */
  addCode(code: string): Promise<TabState>;
  removeCode(code: string): Promise<TabState>;
  reveal(fieldKey: string, span: Span): Promise<OkReply>;
  /** "Lint this note" for a read-only note view. */
  lintReadonly(): Promise<TabState>;
  enableSite(origin: string): Promise<OkReply>;
  disableSite(origin: string): Promise<OkReply>;
  /** Turns the evidence view (recognised findings marked in the page) on or off: a setting. */
  setEvidenceView(on: boolean): Promise<void>;
  /** The tab's origin from the browser when no content script could tell it (may be null). */
  tabOrigin(): Promise<string | null>;
  copyText(text: string): Promise<void>;
  openOptions(): Promise<void>;
}

/**
 * The tab the popup is about: `?tabId=N` when the popup page is opened for a given tab (tests, the
 * demo), else the active tab of the current window (the toolbar popup).
 */
export async function resolveTabId(search: string): Promise<number> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    const tabId = Number(param);
    if (!/^\d+$/.test(param) || !Number.isSafeInteger(tabId)) throw new Error(`Invalid tabId parameter: ${param}`);
    return tabId;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab.');
  return tab.id;
}

const ANSWERS_WITH_TAB_STATE = new Set<PageRequestType>(['get-tab-state', 'lint-readonly', 'add-code', 'remove-code']);

/**
 * Sends a request to the background and checks the reply against the guard of its type
 * (`Requests` in src/messaging/requests.ts): the reply type follows from the request.
 */
export async function send<K extends PageRequestType>(message: Requests[K]['request'] & { type: K }): Promise<Requests[K]['reply']> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (isErrorReply(reply)) throw new Error(`The extension refused the request: ${reply.message}`);
  const guard = PAGE_REPLY_GUARDS[message.type] as (x: unknown) => x is Requests[K]['reply'];
  if (!guard(reply)) throw new Error(`The extension did not answer${ANSWERS_WITH_TAB_STATE.has(message.type) ? ' with the tab state' : ''}.`);
  return reply;
}

export function createRuntimeClient(tabId: number): PopupClient {
  return {
    getTabState: () => send({ type: 'get-tab-state', tabId }),
    addCode: (code) => send({ type: 'add-code', tabId, code }),
    removeCode: (code) => send({ type: 'remove-code', tabId, code }),
    reveal: (fieldKey, span) => send({ type: 'reveal', tabId, fieldKey, start: span.start, end: span.end }),
    lintReadonly: () => send({ type: 'lint-readonly', tabId }),
    enableSite: (origin) => send({ type: 'enable-site', origin }),
    disableSite: (origin) => send({ type: 'disable-site', origin }),
    async setEvidenceView(on) {
      await setEvidenceView(on);
    },
    async tabOrigin() {
      try {
        const url = (await browser.tabs.get(tabId)).url;
        return url ? normalizeOrigin(url) : null;
      } catch {
        return null;
      }
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    openOptions: () => browser.runtime.openOptionsPage(),
  };
}
