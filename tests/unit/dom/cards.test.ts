// @vitest-environment happy-dom
/** Only the person at the keyboard opens a card: a page script's synthetic key events do nothing. */
import { describe, expect, it, vi } from 'vitest';
import { Cards, DETAILS_SHORTCUT } from '../../../src/dom/cards.ts';
import type { NoteField } from '../../../src/dom/note-field.ts';

function fakeField() {
  const element = document.createElement('div');
  document.body.append(element);
  const hitAtCaret = vi.fn(() => ({
    hit: { specs: [{ ruleId: 'r', severity: 'error' as const, code: 'M62.81', message: 'm', fix: null, start: 0, end: 4 }], evidence: [] },
    rect: new DOMRect(10, 10, 40, 16),
  }));
  return { field: { doc: document, element, isTextarea: false, hitAtCaret } as unknown as NoteField, hitAtCaret };
}

function shortcut(trusted: boolean): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'L', code: DETAILS_SHORTCUT.code, altKey: true, shiftKey: true, bubbles: true, cancelable: true });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('Cards.key', () => {
  it.each([
    ['a page script’s synthetic shortcut', false, 0],
    ['the user’s shortcut', true, 1],
  ])('%s opens %s card(s)', (_name, trusted, opened) => {
    const { field, hitAtCaret } = fakeField();
    const cards = new Cards(() => [field]);
    const event = shortcut(trusted);
    cards.key(document, event);
    expect(hitAtCaret).toHaveBeenCalledTimes(opened);
    expect(event.defaultPrevented).toBe(opened === 1);
  });

  it.each([
    ['without Alt', { altKey: false }],
    ['with Control', { ctrlKey: true }],
    ['another key', { code: 'KeyK' }],
  ])('ignores the shortcut %s', (_name, change) => {
    const { field, hitAtCaret } = fakeField();
    const cards = new Cards(() => [field]);
    const event = new KeyboardEvent('keydown', { key: 'L', code: 'KeyL', altKey: true, shiftKey: true, ...change });
    Object.defineProperty(event, 'isTrusted', { value: true });
    cards.key(document, event);
    expect(hitAtCaret).not.toHaveBeenCalled();
  });
});
