/**
 * Asking a tab's content scripts (`tabs.sendMessage`): the request's type decides the reply's type
 * (`FrameRequests`), and the reply is checked before use, because it comes back from a page's
 * process. A frame that is gone, not ours or answers out of shape reads as no answer (undefined).
 */
import { browser } from 'wxt/browser';
import { FRAME_REPLY_GUARDS, type FrameRequests, type FrameRequestType } from '../messaging/requests.ts';

export async function askFrame<K extends FrameRequestType>(
  tabId: number,
  message: FrameRequests[K]['request'] & { type: K },
  frameId?: number,
): Promise<FrameRequests[K]['reply'] | undefined> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId });
  } catch {
    return undefined;
  }
  const guard = FRAME_REPLY_GUARDS[message.type] as (x: unknown) => x is FrameRequests[K]['reply'];
  return guard(reply) ? reply : undefined;
}
