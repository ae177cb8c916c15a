/**
 * Per-tab state in background memory: each note field's latest text and result, the page the tab
 * shows, and the encounter's codes. Never written to storage.local or sync; fields are dropped when
 * the tab closes or navigates.
 *
 * Codes belong to the encounter, not to one field: a code the user adds in the popup (`session`)
 * and a code the page shows in its diagnosis list (`page`) apply to every note field of the tab.
 * Session codes are keyed by tab and page URL, so they come back when the same page is reloaded
 * and stay behind when the tab moves to another page; the caller keeps them in storage.session
 * (`sessionSnapshot`), which the browser clears when it closes.
 */
import * as v from 'valibot';
import { validEntries } from '../schema/lenient.ts';
import type { LintOptions, LintResult } from '../engine/types.ts';
import {
  MAX_ENCOUNTER_CODES,
  fieldKeyOf,
  toFieldResult,
  type EncounterCode,
  type FieldState,
  type LintFieldMessage,
} from '../messaging/protocol.ts';

export type LintFn = (text: string, options: LintOptions) => LintResult;

/** Text is kept in memory only, so the field can be re-linted when codes or settings change. */
interface FieldRecord extends Omit<FieldState, 'textLength' | 'result'> {
  result: LintResult;
  /** Place in its frame's page order. */
  order: number;
}

interface TabRecord {
  /** The top frame's URL without its fragment, once a frame told it. */
  pageUrl: string | null;
  /** Codes each frame's page shows (site profile `diagnosisCodes`), by frame id. */
  pageCodes: Map<number, string[]>;
  fields: Map<string, FieldRecord>;
}

/** Session codes by `sessionKey(tab, page URL)`: what is saved in storage.session. */
/**
 * The session codes saved in storage.session, keyed by tab and page: read back leniently (a list
 * that is not one of strings is dropped, the other pages' codes kept).
 */
export const SessionCodesSchema = validEntries(v.string(), v.array(v.string()));
export type SessionCodes = v.InferOutput<typeof SessionCodesSchema>;

/**
 * The key of a page's session codes: the tab and a hash of the URL without its fragment. A URL can
 * name a patient (`?mrn=...`), so storage.session holds only its hash, never the URL itself.
 */
export function sessionKey(tabId: number, pageUrl: string): string {
  return `${tabId} ${hashUrl(pageUrl)}`;
}

/** FNV-1a over UTF-16 code units, 52 bits: a key, not a secret (storage.session is memory only). */
function hashUrl(url: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < url.length; i++) {
    hash ^= BigInt(url.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xfffffffffffffn;
  }
  return hash.toString(36);
}

/** A page URL as the key of an encounter: the fragment is in-page navigation, not another page. */
export function pageUrlOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

export class TabStates {
  readonly #tabs = new Map<number, TabRecord>();
  readonly #sessionCodes = new Map<string, string[]>();

  constructor(
    private readonly lintText: LintFn,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Records the page a tab shows. Returns true when it changed and the tab's fields were linted
   * with another page's codes (the caller re-lints them).
   */
  setPageUrl(tabId: number, url: string): boolean {
    const pageUrl = pageUrlOf(url);
    const tab = this.#tab(tabId);
    if (pageUrl === null || tab.pageUrl === pageUrl) return false;
    const before = this.sessionCodes(tabId).join();
    tab.pageUrl = pageUrl;
    return this.sessionCodes(tabId).join() !== before;
  }

  pageUrl(tabId: number): string | null {
    return this.#tabs.get(tabId)?.pageUrl ?? null;
  }

  /** Lints a field's new text; returns null when the message is older than what is already known. */
  lintField(tabId: number, frameId: number, message: LintFieldMessage, options: LintOptions): FieldRecord | null {
    const tab = this.#tab(tabId);
    const fieldKey = fieldKeyOf(frameId, message.fieldId);
    const known = tab.fields.get(fieldKey);
    if (known && known.revision > message.revision) return null;
    const record: FieldRecord = {
      fieldKey,
      frameId,
      fieldId: message.fieldId,
      kind: message.kind,
      label: message.label,
      order: message.order,
      revision: message.revision,
      text: message.text,
      result: this.#lint(tabId, message.text, options),
      updatedAt: this.now(),
    };
    tab.fields.set(fieldKey, record);
    return record;
  }

  /** New names and page order for a frame's fields (no re-lint: the text did not change). */
  setFieldOrder(tabId: number, frameId: number, fields: ReadonlyArray<{ fieldId: string; label: string; order: number }>): void {
    const tab = this.#tabs.get(tabId);
    for (const { fieldId, label, order } of fields) {
      const field = tab?.fields.get(fieldKeyOf(frameId, fieldId));
      if (field) Object.assign(field, { label, order });
    }
  }

  /** Re-lints every field of one tab (its codes changed) or of all tabs (settings changed). */
  relint(options: LintOptions, onlyTab?: number): Array<{ tabId: number; field: FieldRecord }> {
    const changed: Array<{ tabId: number; field: FieldRecord }> = [];
    for (const [tabId, tab] of this.#tabs) {
      if (onlyTab !== undefined && onlyTab !== tabId) continue;
      for (const field of tab.fields.values()) {
        field.result = this.#lint(tabId, field.text, options);
        changed.push({ tabId, field });
      }
    }
    return changed;
  }

  /** The codes a frame's page shows. Returns true when the tab's page codes changed. */
  setPageCodes(tabId: number, frameId: number, codes: readonly string[]): boolean {
    const tab = this.#tab(tabId);
    const before = this.#pageCodes(tab).join();
    const unique = [...new Set(codes)].slice(0, MAX_ENCOUNTER_CODES);
    if (unique.length > 0) tab.pageCodes.set(frameId, unique);
    else tab.pageCodes.delete(frameId);
    return this.#pageCodes(tab).join() !== before;
  }

  /**
   * Sets the codes the user added for the page the tab shows. Returns false when the page is not
   * known yet (no frame has spoken), so there is nothing to key them by.
   */
  setSessionCodes(tabId: number, codes: readonly string[]): boolean {
    const pageUrl = this.pageUrl(tabId);
    if (pageUrl === null) return false;
    const unique = [...new Set(codes)].slice(0, MAX_ENCOUNTER_CODES);
    if (unique.length > 0) this.#sessionCodes.set(sessionKey(tabId, pageUrl), unique);
    else this.#sessionCodes.delete(sessionKey(tabId, pageUrl));
    return true;
  }

  sessionCodes(tabId: number): string[] {
    const pageUrl = this.pageUrl(tabId);
    return pageUrl === null ? [] : [...(this.#sessionCodes.get(sessionKey(tabId, pageUrl)) ?? [])];
  }

  /** The encounter's codes: the page's first (they are the record's), then the user's. */
  encounterCodes(tabId: number): EncounterCode[] {
    const tab = this.#tabs.get(tabId);
    const page = tab ? this.#pageCodes(tab) : [];
    return [
      ...page.map((code) => ({ code, source: 'page' as const })),
      ...this.sessionCodes(tabId)
        .filter((code) => !page.includes(code))
        .map((code) => ({ code, source: 'session' as const })),
    ];
  }

  /** Session codes saved before a background restart (untrusted: read with SessionCodesSchema). */
  restoreSessionCodes(saved: unknown): void {
    for (const [key, codes] of Object.entries(v.parse(SessionCodesSchema, saved))) this.#sessionCodes.set(key, codes);
  }

  /** Every page's session codes, to save so that they survive a background restart and a reload. */
  sessionSnapshot(): SessionCodes {
    return Object.fromEntries([...this.#sessionCodes].map(([key, codes]) => [key, [...codes]]));
  }

  field(tabId: number, fieldKey: string): FieldRecord | undefined {
    return this.#tabs.get(tabId)?.fields.get(fieldKey);
  }

  /** The tab's fields in page order (top frame first, then by frame, then by place in the frame). */
  fields(tabId: number): FieldState[] {
    const tab = this.#tabs.get(tabId);
    if (!tab) return [];
    return [...tab.fields.values()]
      .sort((a, b) => a.frameId - b.frameId || a.order - b.order || a.fieldKey.localeCompare(b.fieldKey))
      .map((field) => ({
        fieldKey: field.fieldKey,
        frameId: field.frameId,
        fieldId: field.fieldId,
        kind: field.kind,
        label: field.label,
        revision: field.revision,
        text: field.text,
        textLength: field.text.length,
        result: toFieldResult(field.result),
        updatedAt: field.updatedAt,
      }));
  }

  removeField(tabId: number, frameId: number, fieldId: string): void {
    this.#tabs.get(tabId)?.fields.delete(fieldKeyOf(frameId, fieldId));
  }

  /**
   * The tab left its page (navigation): its fields and page codes go; its session codes stay,
   * keyed by page, for when the same page comes back (a reload).
   */
  leavePage(tabId: number): void {
    this.#tabs.delete(tabId);
  }

  /** The tab closed: everything of it goes, its session codes too. */
  removeTab(tabId: number): void {
    this.#tabs.delete(tabId);
    const prefix = `${tabId} `;
    for (const key of [...this.#sessionCodes.keys()]) if (key.startsWith(prefix)) this.#sessionCodes.delete(key);
  }

  errorCount(tabId: number): number {
    let errors = 0;
    for (const field of this.#tabs.get(tabId)?.fields.values() ?? []) {
      errors += field.result.diagnostics.filter((d) => d.severity === 'error').length;
    }
    return errors;
  }

  #pageCodes(tab: TabRecord): string[] {
    return [...new Set([...tab.pageCodes.values()].flat())];
  }

  #tab(tabId: number): TabRecord {
    let tab = this.#tabs.get(tabId);
    if (!tab) {
      tab = { pageUrl: null, pageCodes: new Map(), fields: new Map() };
      this.#tabs.set(tabId, tab);
    }
    return tab;
  }

  #lint(tabId: number, text: string, options: LintOptions): LintResult {
    const codes = [...(options.codes ?? []), ...this.encounterCodes(tabId)];
    return this.lintText(text, { ...options, codes });
  }
}
