/**
 * The background's router: the sender decides which requests it may make, the protocol's schema
 * checks the payload, and a refused message gets a typed error reply naming the type or the fields
 * (never their values); anyone who is neither an extension page nor our content script is not answered.
 */
import { describe, expect, it } from 'vitest';
import { routeMessage, type RequestHandlers } from '../../../src/background/router.ts';
import { isErrorReply, PAGE_REPLY_GUARDS } from '../../../src/messaging/requests.ts';
import { tabState } from '../ui/fixtures.ts';

const ID = 'abcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const extension = { id: ID, baseUrl: BASE };
const popup = { id: ID, url: `${BASE}popup.html` };
const content = { id: ID, url: 'https://ehr.example.org/chart', origin: 'https://ehr.example.org', tab: { id: 4, url: 'https://ehr.example.org/chart' }, frameId: 0 };
const page = { id: 'another-extension', url: 'https://evil.example/' };

/** Handlers that record what reached them and answer like the background would. */
function recording() {
  const calls: Array<{ type: string; message: unknown; from?: unknown }> = [];
  const record = (reply: unknown) => async (message: { type: string }, from?: unknown) => {
    calls.push({ type: message.type, message, ...(from ? { from } : {}) });
    return reply;
  };
  const state = tabState({ tabId: 4 });
  const handlers = {
    lint: record(undefined),
    'field-gone': record(undefined),
    'field-order': record(undefined),
    'page-codes': record(undefined),
    'open-rule-doc': record(undefined),
    'get-tab-state': record(state),
    'lint-readonly': record(state),
    'add-code': record(state),
    'remove-code': record(state),
    reveal: record({ ok: true }),
    'enable-site': record({ ok: true }),
    'disable-site': record({ ok: true }),
  } as unknown as RequestHandlers;
  return { calls, handlers };
}

const lint = { type: 'lint', fieldId: 'f1', kind: 'textarea', revision: 1, text: 'Patient feels weak.', label: '', order: 0 };

describe('routeMessage', () => {
  it.each([
    ['a popup request from the popup', popup, { type: 'get-tab-state', tabId: 4 }],
    ['a code edit from the popup', popup, { type: 'add-code', tabId: 4, code: 'M62.81' }],
    ['a lint request from a content script', content, lint],
    ['page codes from a content script', content, { type: 'page-codes', codes: ['R53.1'] }],
  ])('hands %s to the handler of its type', async (_name, sender, message) => {
    const { calls, handlers } = recording();
    await routeMessage(message, sender, extension, handlers);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ type: message.type, message });
  });

  it('tells the content handler which tab and frame sent it, from the sender', async () => {
    const { calls, handlers } = recording();
    await routeMessage({ ...lint, tabId: 99 }, content, extension, handlers);
    expect(calls[0]!.from).toMatchObject({ tabId: 4, frameId: 0, origin: 'https://ehr.example.org' });
    expect(calls[0]!.message).toEqual(lint);
  });

  it.each([
    ['an unknown type from the popup', popup, { type: 'lint-everything', tabId: 4 }, 'unknown-type', /lint-everything/],
    ['no type at all', popup, { tabId: 4 }, 'unknown-type', /without a type/],
    ['not an object', content, 'lint', 'unknown-type', /without a type/],
    ['a popup request from a content script', content, { type: 'get-tab-state', tabId: 1 }, 'unknown-type', /get-tab-state/],
    ['a content request from the popup', popup, lint, 'unknown-type', /"lint"/],
    ['a malformed code edit', popup, { type: 'add-code', tabId: -1, code: 'RR3.1' }, 'malformed', /^malformed add-code: tabId, code$/],
    ['a malformed lint request', content, { ...lint, revision: 'one', kind: 'iframe' }, 'malformed', /^malformed lint: kind, revision$/],
    ['a span that ends before it starts', popup, { type: 'reveal', tabId: 1, fieldKey: '0:f1', start: 9, end: 2 }, 'malformed', /malformed reveal/],
  ])('answers %s with a typed error and calls no handler', async (_name, sender, message, error, text) => {
    const { calls, handlers } = recording();
    const reply = await routeMessage(message, sender, extension, handlers);
    expect(isErrorReply(reply)).toBe(true);
    expect(reply).toMatchObject({ type: 'error', error, message: expect.stringMatching(text) });
    expect(calls).toEqual([]);
  });

  it('never echoes a refused value (it may be note text)', async () => {
    const { handlers } = recording();
    const reply = await routeMessage({ ...lint, fieldId: 'Patient has <b>hypokalemia</b>' }, content, extension, handlers);
    expect(JSON.stringify(reply)).not.toContain('hypokalemia');
  });

  it('drops, unanswered, a message from anyone else', () => {
    const { calls, handlers } = recording();
    expect(routeMessage({ type: 'get-tab-state', tabId: 4 }, page, extension, handlers)).toBeUndefined();
    expect(routeMessage(lint, { id: ID, url: `${BASE}popup.html`.replace(ID, 'zzz') }, extension, handlers)).toBeUndefined();
    expect(calls).toEqual([]);
  });
});

describe('reply guards', () => {
  it('take the tab state and ok replies, and refuse error replies and other shapes', () => {
    expect(PAGE_REPLY_GUARDS['get-tab-state'](tabState({ tabId: 1 }))).toBe(true);
    expect(PAGE_REPLY_GUARDS['get-tab-state']({ fields: [] })).toBe(false);
    expect(PAGE_REPLY_GUARDS['enable-site']({ ok: true })).toBe(true);
    expect(PAGE_REPLY_GUARDS['enable-site']({ type: 'error', error: 'malformed', message: 'x' })).toBe(false);
  });
});
