/**
 * Content script: inert until the page's origin is enabled (it reads no text and watches no DOM
 * content before that). Once enabled it finds note fields, sends their text to the background and
 * paints the diagnostics. No clinical logic and no engine here: the background lints.
 */
import { browser } from 'wxt/browser';
import {
  parseBackgroundToContent,
  parseLintResultMessage,
  type BackgroundToContent,
  type FrameInfoReply,
  type LintOnRequestReply,
} from '../../src/messaging/protocol.ts';
import { tellBackground } from '../../src/messaging/client.ts';
import { PageWatcher } from '../../src/dom/page-watcher.ts';
// Not the settings barrel: its settings-file half pulls in the config validator and the lexicon.
import { getManagedSites, getSettings, watchSettings } from '../../src/settings/store.ts';
import { isOriginEnabled } from '../../src/settings/sites.ts';

/** A same-origin child frame is handled by its parent's content script (one watcher per page). */
function handledByParent(): boolean {
  try {
    return window.top !== window && window.frameElement !== null;
  } catch {
    return false;
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    if (handledByParent()) return;
    const origin = self.origin;
    let enabledSites: string[] = [];
    // Managed storage can be slow to answer; user-enabled sites do not wait for it.
    let managedSites: string[] = [];
    let watcher: PageWatcher | null = null;

    const setEnabled = (enabled: boolean) => {
      if (enabled && !watcher) {
        watcher = new PageWatcher(document, {
          async lint(field, revision, text) {
            const reply = await tellBackground({ type: 'lint', fieldId: field.id, kind: field.kind, revision, text }).catch(() => undefined);
            return parseLintResultMessage(reply);
          },
          gone(field) {
            void tellBackground({ type: 'field-gone', fieldId: field.id }).catch(() => undefined);
          },
        });
        watcher.start();
      } else if (!enabled && watcher) {
        watcher.stop();
        watcher = null;
      }
    };

    const onMessage = async (message: BackgroundToContent): Promise<unknown> => {
      switch (message.type) {
        case 'frame-info':
          return { type: 'frame-info-reply', origin, enabled: watcher !== null, fieldCount: watcher?.fieldCount ?? 0 } satisfies FrameInfoReply;
        case 'lint-readonly':
        case 'lint-selection': {
          if (!watcher) return { type: 'lint-on-request-reply', status: 'site-not-enabled', fieldId: null } satisfies LintOnRequestReply;
          const fieldId = await watcher.lintOnRequest(message.type === 'lint-selection');
          return { type: 'lint-on-request-reply', status: fieldId ? 'linted' : 'nothing-found', fieldId } satisfies LintOnRequestReply;
        }
        case 'lint-result':
          watcher?.applyPushed(message);
          return undefined;
        case 'reveal':
          watcher?.reveal(message.fieldId, message.start, message.end);
          return undefined;
        case 'relint':
          await watcher?.relintAll();
          return undefined;
      }
    };

    const listener = (raw: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const message = parseBackgroundToContent(raw);
      return message ? onMessage(message) : undefined;
    };
    browser.runtime.onMessage.addListener(listener);

    const update = () => setEnabled(isOriginEnabled(origin, enabledSites, managedSites));
    const unwatch = watchSettings((next) => {
      enabledSites = next.enabledSites;
      update();
    });
    void getManagedSites().then((sites) => {
      managedSites = sites;
      update();
    });
    enabledSites = (await getSettings()).enabledSites;
    update();

    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(listener);
      setEnabled(false);
    });
  },
});
