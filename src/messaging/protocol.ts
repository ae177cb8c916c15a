/**
 * The one message protocol between the content script, the background and the popup.
 *
 * Three directions, three tagged unions (`type` is the tag). Every receiver runs the matching
 * `parse*` validator first and drops anything that returns null: messages cross a trust boundary
 * (a content script lives in a hostile page), so shape, types and sizes are checked at runtime,
 * not just at compile time.
 *
 * Identity of a note field:
 * - `fieldId` is assigned by the content script and unique within one frame ("f1", "f2", ...).
 * - `fieldKey` is assigned by the background and unique within one tab: `${frameId}:${fieldId}`.
 *   The popup only ever talks in field keys; the background routes to the right frame.
 *
 * Who may send what (enforced by the background, see `isFromContentScript`):
 * - content -> background: only `ContentToBackground`, and only about its own tab (the tab id is
 *   taken from the sender, never from the message), so a page cannot reach another tab.
 * - popup/options -> background: only `PopupToBackground`, and only from extension pages.
 *
 * Settings changes are not messages: the options page and popup write settings to storage, and the
 * background (re-lints every field) and content scripts (enable or go inert) watch storage.
 *
 * This module is pure (no browser APIs) so the popup, options, background and tests can all use it.
 */
import { normalizeIcd10cm } from '../codes/icd10cm.ts';
import type { ChosenCode, Diagnostic, Finding, FindingType, LintResult, Severity } from '../engine/types.ts';
import { FINDING_LABELS, isFindingType } from './finding-labels.ts';
import { oneLineFix } from './one-line-fix.ts';
import type { PageDisplay } from '../settings/display.ts';

/** Where a note field lives; rich editors are named so the popup and demo can say what was found. */
export type FieldKind =
  | 'textarea'
  | 'contenteditable'
  | 'tinymce'
  | 'ckeditor5'
  | 'quill'
  | 'prosemirror'
  | 'lexical'
  | 'readonly'
  | 'selection';

export const FIELD_KINDS: readonly FieldKind[] = [
  'textarea',
  'contenteditable',
  'tinymce',
  'ckeditor5',
  'quill',
  'prosemirror',
  'lexical',
  'readonly',
  'selection',
];

/** Upper bound on note text accepted over the wire (UTF-16 code units); longer fields are not linted. */
export const MAX_TEXT_LENGTH = 2_000_000;
/** Upper bound on one ICD-10-CM code string as typed by the user. */
export const MAX_CODE_LENGTH = 16;
/** Upper bound on the codes one frame may report from its page (a diagnosis list), or a tab may hold. */
export const MAX_ENCOUNTER_CODES = 100;
/** Upper bound on a field's name taken from the page ("Progress note"). */
export const MAX_LABEL_LENGTH = 120;
/** Upper bound on a page URL as a key of the session's codes. */
export const MAX_URL_LENGTH = 4096;

/** Where an encounter code the background holds came from: the popup (this session) or the page. */
export type EncounterCodeSource = Extract<ChosenCode['source'], 'session' | 'page'>;

export interface EncounterCode {
  code: string;
  source: EncounterCodeSource;
}

/** What the content script needs to paint one diagnostic and list it in the hover card. */
export interface HighlightSpec {
  ruleId: string;
  severity: Severity;
  /** The code the diagnostic is about (the card groups by it), or null for the note as a whole. */
  code: string | null;
  message: string;
  /** What to do about it, in one line (or null when the message says it all). */
  fix: string | null;
  start: number;
  end: number;
}

export function toHighlightSpec(d: Diagnostic): HighlightSpec {
  return { ruleId: d.ruleId, severity: d.severity, code: d.code, message: d.message, fix: oneLineFix(d), start: d.start, end: d.end };
}

/** A recognised finding for the evidence view: what it is, in words, and where. */
export interface EvidenceSpec {
  type: FindingType;
  label: string;
  start: number;
  end: number;
}

export function toEvidenceSpec(f: Finding): EvidenceSpec {
  return { type: f.type, label: FINDING_LABELS[f.type], start: f.start, end: f.end };
}

// ---------------------------------------------------------------------------------------------
// content script -> background

/** Lint this field's current text (sent on focus and, debounced, on input). Reply: `LintReply`. */
export interface LintFieldMessage {
  type: 'lint';
  fieldId: string;
  kind: FieldKind;
  /** Increases with every edit of the field; replies for older revisions are ignored. */
  revision: number;
  text: string;
  /** The field's name on the page ("Progress note"), or "" when the page gives none. */
  label: string;
  /** The field's place among the frame's fields in page order (0 first). */
  order: number;
}

/** The fields' names and page order changed (a field was added above another). No reply. */
export interface FieldOrderMessage {
  type: 'field-order';
  fields: Array<{ fieldId: string; label: string; order: number }>;
}

/**
 * The diagnosis codes this frame's page shows for the encounter (read from the elements its site
 * profile names). Sent whenever they change, an empty list included. No reply.
 */
export interface PageCodesMessage {
  type: 'page-codes';
  codes: string[];
}

/** The field left the page (removed from the DOM, iframe gone); its state is dropped. No reply. */
export interface FieldGoneMessage {
  type: 'field-gone';
  fieldId: string;
}

/**
 * The user clicked (or pressed Enter on) "Rule page" in a hover card: the background opens the
 * rule's page, shipped inside the extension, in a new tab. The page's origin never gets a
 * web-accessible resource. No reply.
 */
export interface OpenRuleDocMessage {
  type: 'open-rule-doc';
  ruleId: string;
}

export type ContentToBackground = LintFieldMessage | FieldGoneMessage | FieldOrderMessage | PageCodesMessage | OpenRuleDocMessage;

// ---------------------------------------------------------------------------------------------
// background -> content script (sent with `tabs.sendMessage(tabId, msg, { frameId })`)

/**
 * Diagnostics for a field. Both the reply to `lint` and a push after something else changed the
 * result (the user added a code in the popup, settings changed).
 */
export interface LintResultMessage {
  type: 'lint-result';
  fieldId: string;
  revision: number;
  diagnostics: HighlightSpec[];
  /** Recognised findings, sent only while the evidence view is on. */
  findings?: EvidenceSpec[];
}

/** Scroll to `start..end` of the field and flash it (popup "show in note"). No reply. */
export interface RevealMessage {
  type: 'reveal';
  fieldId: string;
  start: number;
  end: number;
}

/**
 * Lint a read-only note view on request: the current selection when there is one, else the
 * page's rendered note (popup "Lint this note"). `lint-selection` (context menu) uses only the
 * selection. Reply: `LintOnRequestReply`.
 */
export interface LintOnRequestMessage {
  type: 'lint-readonly' | 'lint-selection';
}

/** Ask a frame who it is. Reply: `FrameInfoReply`. */
export interface FrameInfoMessage {
  type: 'frame-info';
}

/** Ask a frame to send `lint` again for every field it watches (the background lost its memory). No reply. */
export interface RelintMessage {
  type: 'relint';
}

export type BackgroundToContent =
  | LintResultMessage
  | RevealMessage
  | LintOnRequestMessage
  | FrameInfoMessage
  | RelintMessage;

/** Reply to `lint` from the background. */
export type LintReply = LintResultMessage;

export interface LintOnRequestReply {
  type: 'lint-on-request-reply';
  /** `site-not-enabled`: the content script stays inert there; `nothing-found`: no note or selection. */
  status: 'linted' | 'site-not-enabled' | 'nothing-found';
  fieldId: string | null;
}

export interface FrameInfoReply {
  type: 'frame-info-reply';
  origin: string;
  /** The frame's URL (without its fragment): with the tab, the key of the session's codes. */
  url: string;
  enabled: boolean;
  fieldCount: number;
}

// ---------------------------------------------------------------------------------------------
// popup / options -> background

/** The per-tab state the popup renders. Reply: `TabState`. */
export interface GetTabStateMessage {
  type: 'get-tab-state';
  tabId: number;
}

/**
 * Add or remove a code the user chose for the encounter: it applies to every note field of the
 * tab's page and is kept for that page until the browser closes. Reply: `TabState`.
 */
export interface CodeEditMessage {
  type: 'add-code' | 'remove-code';
  tabId: number;
  code: string;
}

/** Scroll to and flash `start..end` of a field in the page. Reply: `{ ok }`. */
export interface RevealRequestMessage {
  type: 'reveal';
  tabId: number;
  fieldKey: string;
  start: number;
  end: number;
}

/** "Lint this note" for a read-only view in the tab. Reply: `TabState` after linting. */
export interface LintReadonlyRequestMessage {
  type: 'lint-readonly';
  tabId: number;
}

/** Add or remove an origin ("https://ehr.example.org") from the enabled sites. Reply: `{ ok }`. */
export interface SiteToggleMessage {
  type: 'enable-site' | 'disable-site';
  origin: string;
}

export type PopupToBackground =
  | GetTabStateMessage
  | CodeEditMessage
  | RevealRequestMessage
  | LintReadonlyRequestMessage
  | SiteToggleMessage;

export interface OkReply {
  ok: boolean;
  error?: string;
}

/**
 * The part of the engine's result the popup shows. Sections, sentences and findings stay in the
 * background: for a long note they are large, and copying them on every popup refresh is slow.
 */
export type FieldResult = Pick<LintResult, 'version' | 'length' | 'codes' | 'checklists' | 'diagnostics'>;

export function toFieldResult(result: LintResult): FieldResult {
  return { version: result.version, length: result.length, codes: result.codes, checklists: result.checklists, diagnostics: result.diagnostics };
}

/** One note field of a tab, as the popup shows it. */
export interface FieldState {
  /** Unique within the tab; use it in `add-code`, `remove-code` and `reveal`. */
  fieldKey: string;
  frameId: number;
  fieldId: string;
  kind: FieldKind;
  revision: number;
  /** The linted text (held in background memory only, never in storage). */
  text: string;
  textLength: number;
  /** The field's name on the page ("Progress note", "Addendum"), or "" when the page gives none. */
  label: string;
  /** The engine's result for the field, with the encounter's codes (session and page) applied. */
  result: FieldResult;
  /** Last time (ms since epoch) the field was linted: the popup's "current note" is the latest. */
  updatedAt: number;
}

export interface TabState {
  tabId: number;
  /** Origin of the tab's top frame, or null when it cannot be known (no content script there). */
  origin: string | null;
  /** The origin is enabled by the user or by the administrator (managed storage). */
  siteEnabled: boolean;
  /** The origin is enabled by managed storage and cannot be disabled by the user. */
  siteManaged: boolean;
  /** False when no content script answered (browser pages, the web store, not yet loaded). */
  contentScriptPresent: boolean;
  /** The page the encounter codes belong to (the top frame's URL without its fragment), when known. */
  pageUrl: string | null;
  /** Codes of the encounter: added in the popup (`session`) or read from the page (`page`). */
  codes: EncounterCode[];
  /** What the page shows (the user's settings), so the popup can offer the toggles. */
  display: { pageDisplay: PageDisplay; evidenceView: boolean };
  /** Note fields in page order. */
  fields: FieldState[];
}

// ---------------------------------------------------------------------------------------------
// runtime validators: each returns the typed message or null (drop it)

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isId(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0 && x.length <= 64 && /^[\w:.-]+$/.test(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function isTabId(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function isFieldKind(x: unknown): x is FieldKind {
  return typeof x === 'string' && (FIELD_KINDS as readonly string[]).includes(x);
}

function isSeverity(x: unknown): x is Severity {
  return x === 'error' || x === 'warning' || x === 'info';
}

function isCode(x: unknown): x is string {
  return typeof x === 'string' && x.length <= MAX_CODE_LENGTH && !/\s/.test(x) && normalizeIcd10cm(x) !== null;
}

function isOrigin(x: unknown): x is string {
  if (typeof x !== 'string' || x.length > 2048) return false;
  try {
    const url = new URL(x);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === x;
  } catch {
    return false;
  }
}

function isLabel(x: unknown): x is string {
  return typeof x === 'string' && x.length <= MAX_LABEL_LENGTH;
}

function isCodeList(x: unknown): x is string[] {
  return Array.isArray(x) && x.length <= MAX_ENCOUNTER_CODES && x.every(isCode);
}

function isSpan(m: Obj): boolean {
  return isCount(m.start) && isCount(m.end) && (m.start as number) <= (m.end as number);
}

function isHighlightSpec(x: unknown): x is HighlightSpec {
  return (
    isObj(x) &&
    typeof x.ruleId === 'string' &&
    x.ruleId.length <= 128 &&
    isSeverity(x.severity) &&
    (x.code === null || isCode(x.code)) &&
    typeof x.message === 'string' &&
    (x.fix === null || typeof x.fix === 'string') &&
    isSpan(x)
  );
}

function isEvidenceSpec(x: unknown): x is EvidenceSpec {
  return isObj(x) && isFindingType(x.type) && typeof x.label === 'string' && x.label.length <= 64 && isSpan(x);
}

function isFieldOrderEntry(x: unknown): x is FieldOrderMessage['fields'][number] {
  return isObj(x) && isId(x.fieldId) && isLabel(x.label) && isCount(x.order);
}

export function parseContentToBackground(x: unknown): ContentToBackground | null {
  if (!isObj(x)) return null;
  switch (x.type) {
    case 'lint':
      return isId(x.fieldId) &&
        isFieldKind(x.kind) &&
        isCount(x.revision) &&
        typeof x.text === 'string' &&
        x.text.length <= MAX_TEXT_LENGTH &&
        isLabel(x.label) &&
        isCount(x.order)
        ? { type: 'lint', fieldId: x.fieldId, kind: x.kind, revision: x.revision, text: x.text, label: x.label, order: x.order }
        : null;
    case 'field-gone':
      return isId(x.fieldId) ? { type: 'field-gone', fieldId: x.fieldId } : null;
    case 'field-order':
      return Array.isArray(x.fields) && x.fields.length <= 1000 && x.fields.every(isFieldOrderEntry)
        ? { type: 'field-order', fields: x.fields.map((f) => ({ fieldId: f.fieldId, label: f.label, order: f.order })) }
        : null;
    case 'page-codes':
      return isCodeList(x.codes) ? { type: 'page-codes', codes: [...x.codes] } : null;
    case 'open-rule-doc':
      return typeof x.ruleId === 'string' && x.ruleId.length <= 128 && /^[a-z\d]+(?:[-.][a-z\d]+)*$/.test(x.ruleId)
        ? { type: 'open-rule-doc', ruleId: x.ruleId }
        : null;
    default:
      return null;
  }
}

export function parseLintResultMessage(x: unknown): LintResultMessage | null {
  if (!isObj(x) || x.type !== 'lint-result') return null;
  if (!isId(x.fieldId) || !isCount(x.revision) || !Array.isArray(x.diagnostics)) return null;
  if (!x.diagnostics.every(isHighlightSpec)) return null;
  const message: LintResultMessage = { type: 'lint-result', fieldId: x.fieldId, revision: x.revision, diagnostics: x.diagnostics };
  if (x.findings !== undefined) {
    if (!Array.isArray(x.findings) || !x.findings.every(isEvidenceSpec)) return null;
    message.findings = x.findings;
  }
  return message;
}

export function parseBackgroundToContent(x: unknown): BackgroundToContent | null {
  if (!isObj(x)) return null;
  switch (x.type) {
    case 'lint-result':
      return parseLintResultMessage(x);
    case 'reveal':
      return isId(x.fieldId) && isSpan(x)
        ? { type: 'reveal', fieldId: x.fieldId, start: x.start as number, end: x.end as number }
        : null;
    case 'lint-readonly':
    case 'lint-selection':
      return { type: x.type };
    case 'frame-info':
      return { type: 'frame-info' };
    case 'relint':
      return { type: 'relint' };
    default:
      return null;
  }
}

export function parseFrameInfoReply(x: unknown): FrameInfoReply | null {
  if (!isObj(x) || x.type !== 'frame-info-reply') return null;
  if (typeof x.origin !== 'string' || typeof x.enabled !== 'boolean' || !isCount(x.fieldCount)) return null;
  if (typeof x.url !== 'string' || x.url.length > MAX_URL_LENGTH) return null;
  return { type: 'frame-info-reply', origin: x.origin, url: x.url, enabled: x.enabled, fieldCount: x.fieldCount };
}

export function parsePopupToBackground(x: unknown): PopupToBackground | null {
  if (!isObj(x)) return null;
  switch (x.type) {
    case 'get-tab-state':
    case 'lint-readonly':
      return isTabId(x.tabId) ? { type: x.type, tabId: x.tabId } : null;
    case 'add-code':
    case 'remove-code':
      return isTabId(x.tabId) && isCode(x.code) ? { type: x.type, tabId: x.tabId, code: x.code } : null;
    case 'reveal':
      return isTabId(x.tabId) && isId(x.fieldKey) && isSpan(x)
        ? { type: 'reveal', tabId: x.tabId, fieldKey: x.fieldKey, start: x.start as number, end: x.end as number }
        : null;
    case 'enable-site':
    case 'disable-site':
      return isOrigin(x.origin) ? { type: x.type, origin: x.origin } : null;
    default:
      return null;
  }
}

/** The tab-unique key of a field in a frame. */
export function fieldKeyOf(frameId: number, fieldId: string): string {
  return `${frameId}:${fieldId}`;
}
