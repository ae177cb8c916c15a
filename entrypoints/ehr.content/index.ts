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
import { PageWatcher, type WatchProfile } from '../../src/dom/page-watcher.ts';
import { setRuleOpener } from '../../src/dom/ui-host.ts';
// Not the settings barrel: its settings-file half pulls in the config validator and the lexicon.
import { getSettings, ManagedValue, MANAGED_PROFILES_KEY, MANAGED_SITES_KEY, watchSettings } from '../../src/settings/store.ts';
import { isOriginEnabled } from '../../src/settings/sites.ts';
import type { Settings } from '../../src/settings/settings.ts';
import { profileFor, type SiteProfile } from '../../src/config/site-profiles.ts';

function watchProfile(profile: SiteProfile | null): WatchProfile {
  return {
    fields: { noteFields: profile?.noteFields ?? [], ignoreFields: profile?.ignoreFields ?? [] },
    diagnosisCodes: profile?.diagnosisCodes ?? [],
  };
}

/** The page URL without its fragment: with the tab, what the session's codes are kept for. */
function pageUrl(): string {
  const url = new URL(location.href);
  url.hash = '';
  return url.href;
}

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
    let settings: Settings | null = null;
    // Managed storage can be slow to answer; user-enabled sites do not wait for it.
    let managedSites: string[] = [];
    let managedProfiles: Record<string, SiteProfile> = {};
    let watcher: PageWatcher | null = null;
    /** The profile the running watcher was built with, to rebuild it when the profile changes. */
    let watching = '';

    const start = (profile: SiteProfile | null) => {
      watcher = new PageWatcher(
        document,
        {
          async lint(field, revision, text) {
            const message = { type: 'lint', fieldId: field.id, kind: field.kind, revision, text, label: field.label, order: field.order } as const;
            const reply = await tellBackground(message).catch(() => undefined);
            return parseLintResultMessage(reply);
          },
          gone(field) {
            void tellBackground({ type: 'field-gone', fieldId: field.id }).catch(() => undefined);
          },
          reorder(fields) {
            const entries = fields.map((f) => ({ fieldId: f.id, label: f.label, order: f.order }));
            void tellBackground({ type: 'field-order', fields: entries }).catch(() => undefined);
          },
          pageCodes(codes) {
            void tellBackground({ type: 'page-codes', codes }).catch(() => undefined);
          },
        },
        watchProfile(profile),
      );
      if (settings) watcher.setDisplay({ pageDisplay: settings.pageDisplay, evidenceView: settings.evidenceView });
      watcher.start();
    };

    const stop = () => {
      watcher?.stop();
      watcher = null;
    };

    const update = () => {
      const enabled = settings !== null && isOriginEnabled(origin, settings.enabledSites, managedSites);
      if (!enabled) {
        stop();
        watching = '';
        return;
      }
      const profile = profileFor(origin, settings!.siteProfiles, managedProfiles);
      const key = JSON.stringify(profile);
      if (watcher && key !== watching) stop();
      watching = key;
      if (!watcher) start(profile);
      else watcher.setDisplay({ pageDisplay: settings!.pageDisplay, evidenceView: settings!.evidenceView });
    };

    const onMessage = async (message: BackgroundToContent): Promise<unknown> => {
      // Until the first settings read, the page is not yet known to be enabled: a question about it
      // waits for that read rather than answering "not enabled" for a page that is.
      if (message.type === 'frame-info' || message.type === 'lint-readonly' || message.type === 'lint-selection') await settingsRead;
      switch (message.type) {
        case 'frame-info':
          return {
            type: 'frame-info-reply',
            origin,
            url: pageUrl(),
            enabled: watcher !== null,
            fieldCount: watcher?.fieldCount ?? 0,
          } satisfies FrameInfoReply;
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

    setRuleOpener((ruleId) => void tellBackground({ type: 'open-rule-doc', ruleId }).catch(() => undefined));

    // Read before any message can arrive: a request waits for it (onMessage).
    const settingsRead = getSettings().then((first) => {
      settings = first;
      update();
    });
    const listener = (raw: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const message = parseBackgroundToContent(raw);
      return message ? onMessage(message) : undefined;
    };
    browser.runtime.onMessage.addListener(listener);

    const unwatch = watchSettings((next) => {
      settings = next;
      update();
    });
    // The copy of the policy from the last read first, then the live policy if it differs.
    const policy = [
      new ManagedValue(MANAGED_SITES_KEY, (sites) => {
        managedSites = sites;
        update();
      }),
      new ManagedValue(MANAGED_PROFILES_KEY, (profiles) => {
        managedProfiles = profiles;
        update();
      }),
    ] as const;
    void Promise.all([policy[0].current(), policy[1].current()]).then(([sites, profiles]) => {
      managedSites = sites;
      managedProfiles = profiles;
      update();
    });
    await settingsRead;

    ctx.onInvalidated(() => {
      unwatch();
      for (const part of policy) part.stop();
      browser.runtime.onMessage.removeListener(listener);
      stop();
    });
  },
});
