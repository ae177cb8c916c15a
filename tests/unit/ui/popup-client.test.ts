import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { parsePopupToBackground } from '../../../src/messaging/protocol.ts';
import { createRuntimeClient, resolveTabId } from '../../../src/ui/popup/popup-client.ts';
import { tabState } from './fixtures.ts';

beforeEach(() => fakeBrowser.reset());

describe('resolveTabId', () => {
  it('takes the tabId query parameter', async () => {
    expect(await resolveTabId('?tabId=42')).toBe(42);
  });

  it.each(['?tabId=abc', '?tabId=-1', '?tabId=1.5', '?tabId='])('rejects %s', async (search) => {
    await expect(resolveTabId(search)).rejects.toThrow(/Invalid tabId/);
  });

  it('falls back to the active tab of the current window', async () => {
    await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://ehr.example.org/chart', active: true });
    expect(await resolveTabId('')).toBe(tab.id);
  });
});

describe('createRuntimeClient', () => {
  /** Records what reaches the background and answers like it; every message must pass the background's validator. */
  function background(reply: (message: unknown) => unknown) {
    const received: unknown[] = [];
    // Chrome-style listener (sendResponse + true): the fake runtime only relays replies that way.
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
      expect(parsePopupToBackground(message)).toEqual(message);
      received.push(message);
      sendResponse(reply(message));
      return true;
    });
    return received;
  }

  it('sends each popup request as a valid protocol message for its tab', async () => {
    const state = tabState({ tabId: 9 });
    const received = background((message) => ((message as { type: string }).type.endsWith('site') || (message as { type: string }).type === 'reveal' ? { ok: true } : state));
    const client = createRuntimeClient(9);
    expect(await client.getTabState()).toEqual(state);
    await client.addCode('M62.81');
    await client.removeCode('M62.81');
    expect(await client.reveal('0:f1', { start: 3, end: 8 })).toEqual({ ok: true });
    await client.lintReadonly();
    expect(await client.enableSite('https://ehr.example.org')).toEqual({ ok: true });
    expect(received).toEqual([
      { type: 'get-tab-state', tabId: 9 },
      { type: 'add-code', tabId: 9, code: 'M62.81' },
      { type: 'remove-code', tabId: 9, code: 'M62.81' },
      { type: 'reveal', tabId: 9, fieldKey: '0:f1', start: 3, end: 8 },
      { type: 'lint-readonly', tabId: 9 },
      { type: 'enable-site', origin: 'https://ehr.example.org' },
    ]);
  });

  it('fails clearly when the background answers with something else', async () => {
    background(() => ({ unexpected: true }));
    const client = createRuntimeClient(9);
    await expect(client.getTabState()).rejects.toThrow('The extension did not answer with the tab state.');
    await expect(client.enableSite('https://ehr.example.org')).rejects.toThrow('The extension did not answer.');
  });

  it.each([
    ['https://ehr.example.org/chart/1', 'https://ehr.example.org'],
    ['chrome://extensions/', null],
  ])('reads the origin of a tab at %s', async (url, origin) => {
    const tab = await fakeBrowser.tabs.create({ url });
    expect(await createRuntimeClient(tab.id!).tabOrigin()).toBe(origin);
  });
});

describe('send', () => {
  it('turns an error reply of the background into an error naming why', async () => {
    fakeBrowser.runtime.onMessage.addListener((_message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
      sendResponse({ type: 'error', error: 'malformed', message: 'malformed add-code: code' });
      return true;
    });
    await expect(createRuntimeClient(9).addCode('M62.81')).rejects.toThrow('The extension refused the request: malformed add-code: code');
  });
});
