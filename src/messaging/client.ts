/**
 * The content script's sender to the background. (The popup has its own client in src/ui, built on
 * the same protocol types.) Replies are validated by the caller.
 */
import { browser } from 'wxt/browser';
import type { ContentToBackground } from './protocol.ts';

export function tellBackground(message: ContentToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}
