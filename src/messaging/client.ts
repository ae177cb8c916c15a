/**
 * Typed senders for extension pages (popup, options) and the content script. Replies are plain data;
 * the background's replies are trusted (same extension), page data never reaches these.
 */
import { browser } from 'wxt/browser';
import type {
  CodeEditMessage,
  ContentToBackground,
  GetTabStateMessage,
  LintFieldMessage,
  LintReadonlyRequestMessage,
  LintReply,
  OkReply,
  PopupToBackground,
  RevealRequestMessage,
  SiteToggleMessage,
  TabState,
} from './protocol.ts';

/** Popup/options -> background. The reply type follows from the message type. */
export function askBackground(message: GetTabStateMessage | CodeEditMessage | LintReadonlyRequestMessage): Promise<TabState>;
export function askBackground(message: RevealRequestMessage | SiteToggleMessage): Promise<OkReply>;
export function askBackground(message: PopupToBackground): Promise<TabState | OkReply> {
  return browser.runtime.sendMessage(message);
}

/** Content script -> background. */
export function tellBackground(message: LintFieldMessage): Promise<LintReply | undefined>;
export function tellBackground(message: ContentToBackground): Promise<unknown>;
export function tellBackground(message: ContentToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}
