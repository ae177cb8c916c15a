/**
 * Who sent a runtime message. The background decides what a message may do from its sender, never
 * from the message: a content script speaks only for its own tab and frame; only the extension's
 * own pages (popup, options) may read tab state, change codes or settings.
 */

/** The parts of `runtime.MessageSender` this module reads (structural, so tests can build senders). */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface ContentSender {
  tabId: number;
  frameId: number;
  /** The sending frame's origin when it is an http(s) origin, else null (about:blank, srcdoc). */
  origin: string | null;
  /** The sending frame's URL as the browser reports it (never from the message). */
  url: string | null;
  /** The tab's URL when the browser shares it with the extension, else null. */
  tabUrl: string | null;
}

function httpOrigin(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** True for the extension's own pages (popup, options), whether in the action popup or a tab. */
export function isExtensionPage(sender: SenderLike, extensionId: string, extensionBaseUrl: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionBaseUrl);
}

/** The content script's tab and frame, or null when the sender is not one of our content scripts. */
export function contentSender(sender: SenderLike, extensionId: string, extensionBaseUrl: string): ContentSender | null {
  if (sender.id !== extensionId || isExtensionPage(sender, extensionId, extensionBaseUrl)) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  return {
    tabId,
    frameId: sender.frameId ?? 0,
    origin: httpOrigin(sender.origin) ?? httpOrigin(sender.url),
    url: typeof sender.url === 'string' ? sender.url : null,
    tabUrl: typeof sender.tab?.url === 'string' ? sender.tab.url : null,
  };
}
