/**
 * The content script's sender to the background. (The popup has its own client in src/ui, built on
 * the same request map.) Replies cross from the background and are validated by the caller.
 */
import { browser } from 'wxt/browser';
import type { ContentRequestType, Requests } from './requests.ts';

export function tellBackground<K extends ContentRequestType>(message: Requests[K]['request'] & { type: K }): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}
