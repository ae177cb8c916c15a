/** Who a message comes from decides what it may do: pages and content scripts never pass as the popup. */
import { describe, expect, it } from 'vitest';
import { contentSender, isExtensionPage } from '../../../src/messaging/senders.ts';

const ID = 'abcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('isExtensionPage', () => {
  it.each([
    ['the popup', { id: ID, url: `${BASE}popup.html` }, true],
    ['the popup opened in a tab', { id: ID, url: `${BASE}popup.html?tab=3`, tab: { id: 3 } }, true],
    ['a content script', { id: ID, url: 'https://ehr.example.org/note', tab: { id: 3 } }, false],
    ['another extension', { id: 'zzzz', url: `chrome-extension://zzzz/popup.html` }, false],
    ['another extension claiming our URL', { id: 'zzzz', url: `${BASE}popup.html` }, false],
    ['no URL', { id: ID }, false],
  ])('%s: %s', (_name, sender, expected) => {
    expect(isExtensionPage(sender, ID, BASE)).toBe(expected);
  });
});

describe('contentSender', () => {
  it('takes the tab, frame, origin and URLs from the sender', () => {
    expect(contentSender({ id: ID, url: 'https://ehr.example.org/a?b', tab: { id: 5 }, frameId: 2 }, ID, BASE)).toEqual({
      tabId: 5,
      frameId: 2,
      origin: 'https://ehr.example.org',
      url: 'https://ehr.example.org/a?b',
      tabUrl: null,
    });
    expect(contentSender({ id: ID, url: 'https://ehr.example.org/f', tab: { id: 5, url: 'https://ehr.example.org/chart' }, frameId: 2 }, ID, BASE)?.tabUrl).toBe(
      'https://ehr.example.org/chart',
    );
  });

  it('prefers the sender origin (about:blank frames report the parent origin there)', () => {
    expect(contentSender({ id: ID, url: 'about:blank', origin: 'https://ehr.example.org', tab: { id: 5 }, frameId: 9 }, ID, BASE)?.origin).toBe(
      'https://ehr.example.org',
    );
  });

  it.each([
    ['an extension page', { id: ID, url: `${BASE}popup.html`, tab: { id: 5 } }],
    ['another extension', { id: 'zzzz', url: 'https://ehr.example.org/', tab: { id: 5 } }],
    ['no tab', { id: ID, url: 'https://ehr.example.org/' }],
    ['a negative tab id', { id: ID, url: 'https://ehr.example.org/', tab: { id: -1 } }],
  ])('is null for %s', (_name, sender) => {
    expect(contentSender(sender, ID, BASE)).toBeNull();
  });
});
