/**
 * Background: hosts the engine (off the page's main thread), answers the content scripts' lint
 * requests and the popup's questions, keeps per-tab state in memory, sets the badge and the
 * context menu. Every incoming message is validated and checked against its sender first.
 */
import { browser, type Browser } from 'wxt/browser';
import { lint, type LintResult } from '../../src/engine/index.ts';
import { normalizeIcd10cm as normalizeCode } from '../../src/codes/icd10cm.ts';
import {
  parseContentToBackground,
  parseFrameInfoReply,
  parsePopupToBackground,
  toEvidenceSpec,
  toHighlightSpec,
  type BackgroundToContent,
  type ContentToBackground,
  type LintResultMessage,
  type OkReply,
  type PopupToBackground,
  type TabState,
} from '../../src/messaging/protocol.ts';
import { contentSender, isExtensionPage, type ContentSender } from '../../src/messaging/senders.ts';
import {
  disableSite,
  enableSite,
  getManagedSites,
  getSettings,
  isOriginEnabled,
  toLintOptions,
  watchSettings,
  type Settings,
} from '../../src/settings/index.ts';
import { storage } from 'wxt/utils/storage';
import { TabStates, type SessionCodes } from '../../src/background/tab-states.ts';
import { isKnownRuleId } from '../../src/config/rule-ids.ts';
import { ruleDocUrl } from '../../src/ui/rule-docs.ts';

const LINT_SELECTION_MENU = 'note-lint-lint-selection';
/**
 * Codes the user added for an encounter, keyed by tab and a hash of the page URL, in
 * storage.session (memory only, cleared when the browser closes) so they survive the MV3 service
 * worker being stopped when idle and a reload of the same page. No note text, no URL.
 */
const sessionCodesItem = storage.defineItem<SessionCodes>('session:encounterCodes', { fallback: {} });
/** How long `get-tab-state` waits for a content script that is asked to re-send its fields. */
const RELINT_WAIT_MS = 1500;

export default defineBackground(() => {
  const tabs = new TabStates((text, options) => {
    try {
      return lint(text, options);
    } catch (error) {
      // Log the failure, never the note.
      console.error('note-lint: engine failed on a note of length', text.length, (error as Error).name);
      return lint('', options);
    }
  });
  let settings: Promise<Settings> = getSettings();
  /** Settings as last read, for the synchronous result messages (the evidence view). */
  let evidenceView = false;
  void settings.then((s) => (evidenceView = s.evidenceView));
  const codesRestored = sessionCodesItem.getValue().then(
    (codes) => tabs.restoreSessionCodes(codes),
    () => undefined,
  );
  const saveCodes = () => sessionCodesItem.setValue(tabs.sessionSnapshot()).catch(() => undefined);
  const managedSites = getManagedSites();
  const extensionBase = browser.runtime.getURL('/');
  const action = browser.action ?? browser.browserAction;

  const send = (tabId: number, message: BackgroundToContent, frameId?: number): Promise<unknown> =>
    browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId }).catch(() => undefined);

  const resultMessage = (field: { fieldId: string; revision: number; result: LintResult }): LintResultMessage => ({
    type: 'lint-result',
    fieldId: field.fieldId,
    revision: field.revision,
    diagnostics: field.result.diagnostics.map(toHighlightSpec),
    // Findings cross to the page only while the user asked to see them.
    ...(evidenceView ? { findings: field.result.findings.map(toEvidenceSpec) } : {}),
  });

  /** Re-lints the tab's fields (its encounter codes changed) and pushes the results to their frames. */
  async function relintTab(tabId: number): Promise<void> {
    for (const { field } of tabs.relint(await lintOptions(), tabId)) void send(tabId, resultMessage(field), field.frameId);
    await updateBadge(tabId);
  }

  async function updateBadge(tabId: number): Promise<void> {
    const errors = tabs.errorCount(tabId);
    await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => undefined);
    await action.setBadgeText({ tabId, text: errors > 0 ? String(errors) : '' }).catch(() => undefined);
  }

  async function lintOptions() {
    return toLintOptions(await settings);
  }

  async function onContentMessage(message: ContentToBackground, from: ContentSender): Promise<LintResultMessage | undefined> {
    if (from.origin) {
      // The user's own list first: managed storage can take seconds to answer right after the
      // browser starts, and only origins the user has not enabled need to wait for it.
      const userEnabled = isOriginEnabled(from.origin, (await settings).enabledSites, []);
      if (!userEnabled && !isOriginEnabled(from.origin, [], await managedSites)) return undefined;
    }
    await codesRestored;
    // The tab's page, from the browser (never from the message): it keys the session's codes.
    const pageUrl = from.frameId === 0 ? from.url : from.tabUrl;
    if (pageUrl && tabs.setPageUrl(from.tabId, pageUrl)) await relintTab(from.tabId);
    switch (message.type) {
      case 'lint': {
        const field = tabs.lintField(from.tabId, from.frameId, message, await lintOptions());
        if (!field) return undefined;
        void updateBadge(from.tabId);
        return resultMessage(field);
      }
      case 'field-gone':
        tabs.removeField(from.tabId, from.frameId, message.fieldId);
        void updateBadge(from.tabId);
        return undefined;
      case 'field-order':
        tabs.setFieldOrder(from.tabId, from.frameId, message.fields);
        return undefined;
      case 'open-rule-doc':
        // Only pages of rules that exist; the page is the extension's own, opened next to the tab.
        if (isKnownRuleId(message.ruleId)) await browser.tabs.create({ url: ruleDocUrl(message.ruleId), active: true }).catch(() => undefined);
        return undefined;
      case 'page-codes': {
        const codes = message.codes.map((code) => normalizeCode(code)).filter((code): code is string => code !== null);
        if (tabs.setPageCodes(from.tabId, from.frameId, codes)) await relintTab(from.tabId);
        return undefined;
      }
    }
  }

  async function tabState(tabId: number): Promise<TabState> {
    await codesRestored;
    const info = parseFrameInfoReply(await send(tabId, { type: 'frame-info' }, 0));
    const origin = info?.origin ?? null;
    const current = await settings;
    const enabledSites = current.enabledSites;
    const managed = await managedSites;
    if (info && tabs.setPageUrl(tabId, info.url)) await relintTab(tabId);
    if (info?.enabled && info.fieldCount > 0 && tabs.fields(tabId).length === 0) {
      // The background was restarted (MV3 service worker) and lost its memory: ask the page again.
      await Promise.race([send(tabId, { type: 'relint' }), new Promise((r) => setTimeout(r, RELINT_WAIT_MS))]);
    }
    return {
      tabId,
      origin,
      siteEnabled: origin !== null && isOriginEnabled(origin, enabledSites, managed),
      siteManaged: origin !== null && managed.includes(origin),
      contentScriptPresent: info !== null,
      pageUrl: tabs.pageUrl(tabId),
      codes: tabs.encounterCodes(tabId),
      display: { pageDisplay: current.pageDisplay, evidenceView: current.evidenceView },
      fields: tabs.fields(tabId),
    };
  }

  /** Adds or removes a code of the tab's encounter: every field of the page is re-linted. */
  async function editCodes(tabId: number, edit: (codes: string[]) => string[]): Promise<void> {
    if (tabs.pageUrl(tabId) === null) await tabState(tabId); // learn the page first
    if (!tabs.setSessionCodes(tabId, edit(tabs.sessionCodes(tabId)))) return;
    await Promise.all([relintTab(tabId), saveCodes()]);
  }

  async function onPopupMessage(message: PopupToBackground): Promise<TabState | OkReply> {
    switch (message.type) {
      case 'get-tab-state':
        return tabState(message.tabId);
      case 'add-code':
      case 'remove-code': {
        const code = normalizeCode(message.code);
        if (code) {
          await editCodes(message.tabId, (codes) => (message.type === 'add-code' ? [...codes, code] : codes.filter((c) => c !== code)));
        }
        return tabState(message.tabId);
      }
      case 'reveal': {
        const field = tabs.field(message.tabId, message.fieldKey);
        if (!field) return { ok: false, error: 'unknown field' };
        await send(message.tabId, { type: 'reveal', fieldId: field.fieldId, start: message.start, end: message.end }, field.frameId);
        return { ok: true };
      }
      case 'lint-readonly':
        await send(message.tabId, { type: 'lint-readonly' }, 0);
        return tabState(message.tabId);
      case 'enable-site':
        return { ok: await enableSite(message.origin) };
      case 'disable-site':
        return { ok: await disableSite(message.origin) };
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const id = browser.runtime.id;
    if (isExtensionPage(sender, id, extensionBase)) {
      const message = parsePopupToBackground(raw);
      return message ? onPopupMessage(message) : undefined;
    }
    const from = contentSender(sender, id, extensionBase);
    const message = from ? parseContentToBackground(raw) : null;
    return from && message ? onContentMessage(message, from) : undefined;
  });

  watchSettings(async (next) => {
    settings = Promise.resolve(next);
    evidenceView = next.evidenceView;
    const options = toLintOptions(next);
    const touched = new Set<number>();
    for (const { tabId, field } of tabs.relint(options)) {
      touched.add(tabId);
      void send(tabId, resultMessage(field), field.frameId);
    }
    for (const tabId of touched) void updateBadge(tabId);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.removeTab(tabId);
    void saveCodes();
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A navigation replaces the page and its notes; the new page's content script lints afresh.
    // The session's codes stay, keyed by page: a reload of the same page gets them back.
    if (change.status === 'loading') {
      tabs.leavePage(tabId);
      void updateBadge(tabId);
    }
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: LINT_SELECTION_MENU, title: 'Lint selected note text', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LINT_SELECTION_MENU || tab?.id === undefined) return;
    void send(tab.id, { type: 'lint-selection' }, info.frameId ?? 0);
  });
});
