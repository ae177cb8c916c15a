/**
 * The background: hosts the engine (off the page's main thread), answers the content scripts' lint
 * requests and the popup's questions (one handler per request type, `Requests` in
 * src/messaging/requests.ts), keeps per-tab state in memory, sets the badge and the context menu.
 * Every incoming message goes through the router (router.ts) first: sender, type, schema.
 */
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { lint, type LintResult } from '../engine/index.ts';
import { normalizeIcd10cm as normalizeCode } from '../codes/icd10cm.ts';
import { toEvidenceSpec, toHighlightSpec, type LintResultMessage, type TabState } from '../messaging/protocol.ts';
import {
  disableSite,
  enableSite,
  ManagedValue,
  MANAGED_PACKS_KEY,
  MANAGED_SITES_KEY,
  getSettings,
  isOriginEnabled,
  toLintOptions,
  watchSettings,
  type Settings,
} from '../settings/index.ts';
import { TabStates, type SessionCodes } from './tab-states.ts';
import { isKnownRuleId } from '../config/rule-ids.ts';
import { ruleDocUrl } from '../ui/rule-docs.ts';
import { askFrame } from './frames.ts';
import { routeMessage, type RequestHandlers } from './router.ts';

const LINT_SELECTION_MENU = 'note-lint-lint-selection';
/**
 * Codes the user added for an encounter, keyed by tab and a hash of the page URL, in
 * storage.session (memory only, cleared when the browser closes) so they survive the MV3 service
 * worker being stopped when idle and a reload of the same page. No note text, no URL.
 */
const sessionCodesItem = storage.defineItem<SessionCodes>('session:encounterCodes', { fallback: {} });
/** How long `get-tab-state` waits for a content script that is asked to re-send its fields. */
const RELINT_WAIT_MS = 1500;

export function startBackground(): void {
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
  const managedSites = new ManagedValue(MANAGED_SITES_KEY);
  /** The administrator's pack switches: they win over the user's. A changed policy re-lints every tab. */
  const managedPacks = new ManagedValue(MANAGED_PACKS_KEY, () => void relintAll());
  const extension = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const action = browser.action ?? browser.browserAction;

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
    for (const { field } of tabs.relint(await lintOptions(), tabId)) void askFrame(tabId, resultMessage(field), field.frameId);
    await updateBadge(tabId);
  }

  async function updateBadge(tabId: number): Promise<void> {
    const errors = tabs.errorCount(tabId);
    await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => undefined);
    await action.setBadgeText({ tabId, text: errors > 0 ? String(errors) : '' }).catch(() => undefined);
  }

  async function lintOptions() {
    return toLintOptions(await settings, await managedPacks.current());
  }

  /** Re-lints every field of every tab (settings or policy changed) and pushes the results. */
  async function relintAll(): Promise<void> {
    const options = await lintOptions();
    const touched = new Set<number>();
    for (const { tabId, field } of tabs.relint(options)) {
      touched.add(tabId);
      void askFrame(tabId, resultMessage(field), field.frameId);
    }
    for (const tabId of touched) void updateBadge(tabId);
  }

  /**
   * Whether a content script's frame may be served at all, and the tab's page learnt from the browser
   * (never from the message): it keys the session's codes.
   */
  async function admitContent(from: { tabId: number; frameId: number; origin: string | null; url: string | null; tabUrl: string | null }): Promise<boolean> {
    if (from.origin) {
      // The user's own list first: managed storage can take seconds to answer right after the
      // browser starts, and only origins the user has not enabled need to wait for it.
      const userEnabled = isOriginEnabled(from.origin, (await settings).enabledSites, []);
      const byPolicy = async (sites: Promise<string[]>) => isOriginEnabled(from.origin!, [], await sites);
      if (!userEnabled && !(await byPolicy(managedSites.current())) && !(await byPolicy(managedSites.confirmed()))) return false;
    }
    await codesRestored;
    const pageUrl = from.frameId === 0 ? from.url : from.tabUrl;
    if (pageUrl && tabs.setPageUrl(from.tabId, pageUrl)) await relintTab(from.tabId);
    return true;
  }

  async function tabState(tabId: number): Promise<TabState> {
    await codesRestored;
    const info = (await askFrame(tabId, { type: 'frame-info' }, 0)) ?? null;
    const origin = info?.origin ?? null;
    const current = await settings;
    const enabledSites = current.enabledSites;
    const managed = await managedSites.current();
    if (info && tabs.setPageUrl(tabId, info.url)) await relintTab(tabId);
    if (info?.enabled && info.fieldCount > 0 && tabs.fields(tabId).length === 0) {
      // The background was restarted (MV3 service worker) and lost its memory: ask the page again.
      await Promise.race([askFrame(tabId, { type: 'relint' }), new Promise((r) => setTimeout(r, RELINT_WAIT_MS))]);
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
  async function editCodes(tabId: number, edit: (codes: string[]) => string[]): Promise<TabState> {
    if (tabs.pageUrl(tabId) === null) await tabState(tabId); // learn the page first
    if (tabs.setSessionCodes(tabId, edit(tabs.sessionCodes(tabId)))) await Promise.all([relintTab(tabId), saveCodes()]);
    return tabState(tabId);
  }

  const handlers: RequestHandlers = {
    // content script -> background
    async lint(message, from) {
      if (!(await admitContent(from))) return undefined;
      const field = tabs.lintField(from.tabId, from.frameId, message, await lintOptions());
      if (!field) return undefined;
      void updateBadge(from.tabId);
      return resultMessage(field);
    },
    async 'field-gone'(message, from) {
      if (!(await admitContent(from))) return undefined;
      tabs.removeField(from.tabId, from.frameId, message.fieldId);
      void updateBadge(from.tabId);
      return undefined;
    },
    async 'field-order'(message, from) {
      if (await admitContent(from)) tabs.setFieldOrder(from.tabId, from.frameId, message.fields);
      return undefined;
    },
    async 'open-rule-doc'(message, from) {
      // Only pages of rules that exist; the page is the extension's own, opened next to the tab.
      if ((await admitContent(from)) && isKnownRuleId(message.ruleId)) {
        await browser.tabs.create({ url: ruleDocUrl(message.ruleId), active: true }).catch(() => undefined);
      }
      return undefined;
    },
    async 'page-codes'(message, from) {
      if (!(await admitContent(from))) return undefined;
      const codes = message.codes.map((code) => normalizeCode(code)).filter((code): code is string => code !== null);
      if (tabs.setPageCodes(from.tabId, from.frameId, codes)) await relintTab(from.tabId);
      return undefined;
    },
    // extension pages -> background
    'get-tab-state': (message) => tabState(message.tabId),
    async 'add-code'(message) {
      const code = normalizeCode(message.code);
      return code ? editCodes(message.tabId, (codes) => [...codes, code]) : tabState(message.tabId);
    },
    async 'remove-code'(message) {
      const code = normalizeCode(message.code);
      return code ? editCodes(message.tabId, (codes) => codes.filter((c) => c !== code)) : tabState(message.tabId);
    },
    async reveal(message) {
      const field = tabs.field(message.tabId, message.fieldKey);
      if (!field) return { ok: false, error: 'unknown field' };
      await askFrame(message.tabId, { type: 'reveal', fieldId: field.fieldId, start: message.start, end: message.end }, field.frameId);
      return { ok: true };
    },
    async 'lint-readonly'(message) {
      await askFrame(message.tabId, { type: 'lint-readonly' }, 0);
      return tabState(message.tabId);
    },
    'enable-site': async (message) => ({ ok: await enableSite(message.origin) }),
    'disable-site': async (message) => ({ ok: await disableSite(message.origin) }),
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => routeMessage(raw, sender, extension, handlers));

  watchSettings((next) => {
    settings = Promise.resolve(next);
    evidenceView = next.evidenceView;
    void relintAll();
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
    void askFrame(tab.id, { type: 'lint-selection' }, info.frameId ?? 0);
  });
}
