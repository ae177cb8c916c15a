/**
 * The one message protocol between the content script, the background and the popup.
 *
 * Three directions, three tagged unions (`type` is the tag), each a valibot schema that is also its
 * TypeScript type. Every receiver runs the matching `parse*` first and drops anything that returns
 * null: messages cross a trust boundary (a content script lives in a hostile page), so shape, types
 * and sizes are checked at runtime, not just at compile time. Which request gets which reply is
 * `Requests` in requests.ts.
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
import * as v from 'valibot';
import { normalizeIcd10cm } from '../codes/icd10cm.ts';
import { FINDING_TYPES, type ChosenCode, type Diagnostic, type Finding, type LintResult } from '../engine/types.ts';
import { FINDING_LABELS } from './finding-labels.ts';
import { oneLineFix } from './one-line-fix.ts';
import type { PageDisplay } from '../settings/display.ts';

/** Where a note field lives; rich editors are named so the popup and demo can say what was found. */
export const FIELD_KINDS = [
  'textarea',
  'contenteditable',
  'tinymce',
  'ckeditor5',
  'quill',
  'prosemirror',
  'lexical',
  'readonly',
  'selection',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

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

// ---------------------------------------------------------------------------------------------
// the pieces messages are made of

/** A field id ("f1") or field key ("0:f1"): short, no markup. */
const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\w:.-]+$/));
/** A revision, an offset, a count, a tab id. */
const CountSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const SeveritySchema = v.picklist(['error', 'warning', 'info']);
/** An ICD-10-CM code as typed or read from a page ("m6281"): its shape is the one module's (src/codes). */
const CodeSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_CODE_LENGTH),
  v.check((code) => !/\s/.test(code) && normalizeIcd10cm(code) !== null),
);
const CodeListSchema = v.pipe(v.array(CodeSchema), v.maxLength(MAX_ENCOUNTER_CODES));
const LabelSchema = v.pipe(v.string(), v.maxLength(MAX_LABEL_LENGTH));
/** A rule id as rule pages are named: lower-case words, hyphens and dots; never a path or URL. */
const RuleIdSchema = v.pipe(v.string(), v.maxLength(128), v.regex(/^[a-z\d]+(?:[-.][a-z\d]+)*$/));
const OriginSchema = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.check((origin) => {
    try {
      const url = new URL(origin);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin;
    } catch {
      return false;
    }
  }),
);
const spanEntries = { start: CountSchema, end: CountSchema };
/** An object with `start..end` offsets, start not after end. */
function withSpan<const E extends v.ObjectEntries>(entries: E) {
  const schema = v.object({ ...entries, ...spanEntries });
  type Spanned = v.InferOutput<typeof schema>;
  // (TypeScript cannot see start and end inside the generic output; they are there.)
  const ordered = (span: Spanned) => (span as { start: number }).start <= (span as { end: number }).end;
  return v.pipe(schema, v.check(ordered));
}

/** What the content script needs to paint one diagnostic and list it in the hover card. */
const HighlightSpecSchema = withSpan({
  ruleId: v.pipe(v.string(), v.maxLength(128)),
  severity: SeveritySchema,
  /** The code the diagnostic is about (the card groups by it), or null for the note as a whole. */
  code: v.nullable(CodeSchema),
  message: v.string(),
  /** What to do about it, in one line (or null when the message says it all). */
  fix: v.nullable(v.string()),
});
export type HighlightSpec = v.InferOutput<typeof HighlightSpecSchema>;

export function toHighlightSpec(d: Diagnostic): HighlightSpec {
  return { ruleId: d.ruleId, severity: d.severity, code: d.code, message: d.message, fix: oneLineFix(d), start: d.start, end: d.end };
}

/** A recognised finding for the evidence view: what it is, in words, and where. */
const EvidenceSpecSchema = withSpan({ type: v.picklist(FINDING_TYPES), label: v.pipe(v.string(), v.maxLength(64)) });
export type EvidenceSpec = v.InferOutput<typeof EvidenceSpecSchema>;

export function toEvidenceSpec(f: Finding): EvidenceSpec {
  return { type: f.type, label: FINDING_LABELS[f.type], start: f.start, end: f.end };
}

// ---------------------------------------------------------------------------------------------
// content script -> background

/** Lint this field's current text (sent on focus and, debounced, on input). Reply: `LintReply`. */
const LintFieldSchema = v.object({
  type: v.literal('lint'),
  fieldId: IdSchema,
  kind: v.picklist(FIELD_KINDS),
  /** Increases with every edit of the field; replies for older revisions are ignored. */
  revision: CountSchema,
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT_LENGTH)),
  /** The field's name on the page ("Progress note"), or "" when the page gives none. */
  label: LabelSchema,
  /** The field's place among the frame's fields in page order (0 first). */
  order: CountSchema,
});
export type LintFieldMessage = v.InferOutput<typeof LintFieldSchema>;

/** The fields' names and page order changed (a field was added above another). No reply. */
const FieldOrderSchema = v.object({
  type: v.literal('field-order'),
  fields: v.pipe(v.array(v.object({ fieldId: IdSchema, label: LabelSchema, order: CountSchema })), v.maxLength(1000)),
});
export type FieldOrderMessage = v.InferOutput<typeof FieldOrderSchema>;

/**
 * The diagnosis codes this frame's page shows for the encounter (read from the elements its site
 * profile names). Sent whenever they change, an empty list included. No reply.
 */
const PageCodesSchema = v.object({ type: v.literal('page-codes'), codes: CodeListSchema });
export type PageCodesMessage = v.InferOutput<typeof PageCodesSchema>;

/** The field left the page (removed from the DOM, iframe gone); its state is dropped. No reply. */
const FieldGoneSchema = v.object({ type: v.literal('field-gone'), fieldId: IdSchema });
export type FieldGoneMessage = v.InferOutput<typeof FieldGoneSchema>;

/**
 * The user clicked (or pressed Enter on) "Rule page" in a hover card: the background opens the
 * rule's page, shipped inside the extension, in a new tab. The page's origin never gets a
 * web-accessible resource. No reply.
 */
const OpenRuleDocSchema = v.object({ type: v.literal('open-rule-doc'), ruleId: RuleIdSchema });
export type OpenRuleDocMessage = v.InferOutput<typeof OpenRuleDocSchema>;

export const ContentToBackgroundSchema = v.variant('type', [LintFieldSchema, FieldGoneSchema, FieldOrderSchema, PageCodesSchema, OpenRuleDocSchema]);
export type ContentToBackground = v.InferOutput<typeof ContentToBackgroundSchema>;

// ---------------------------------------------------------------------------------------------
// background -> content script (sent with `tabs.sendMessage(tabId, msg, { frameId })`)

/**
 * Diagnostics for a field. Both the reply to `lint` and a push after something else changed the
 * result (the user added a code in the popup, settings changed).
 */
export const LintResultSchema = v.object({
  type: v.literal('lint-result'),
  fieldId: IdSchema,
  revision: CountSchema,
  diagnostics: v.array(HighlightSpecSchema),
  /** Recognised findings, sent only while the evidence view is on. */
  findings: v.optional(v.array(EvidenceSpecSchema)),
});
export type LintResultMessage = v.InferOutput<typeof LintResultSchema>;

/** Scroll to `start..end` of the field and flash it (popup "show in note"). No reply. */
const RevealSchema = withSpan({ type: v.literal('reveal'), fieldId: IdSchema });
export type RevealMessage = v.InferOutput<typeof RevealSchema>;

/**
 * Lint a read-only note view on request: the current selection when there is one, else the
 * page's rendered note (popup "Lint this note"). `lint-selection` (context menu) uses only the
 * selection. Reply: `LintOnRequestReply`.
 */
const LintOnRequestSchema = v.object({ type: v.picklist(['lint-readonly', 'lint-selection']) });
export type LintOnRequestMessage = v.InferOutput<typeof LintOnRequestSchema>;

/** Ask a frame who it is. Reply: `FrameInfoReply`. */
const FrameInfoSchema = v.object({ type: v.literal('frame-info') });
export type FrameInfoMessage = v.InferOutput<typeof FrameInfoSchema>;

/** Ask a frame to send `lint` again for every field it watches (the background lost its memory). No reply. */
const RelintSchema = v.object({ type: v.literal('relint') });
export type RelintMessage = v.InferOutput<typeof RelintSchema>;

export const BackgroundToContentSchema = v.variant('type', [LintResultSchema, RevealSchema, LintOnRequestSchema, FrameInfoSchema, RelintSchema]);
export type BackgroundToContent = v.InferOutput<typeof BackgroundToContentSchema>;

/** Reply to `lint` from the background. */
export type LintReply = LintResultMessage;

export const LintOnRequestReplySchema = v.object({
  type: v.literal('lint-on-request-reply'),
  /** `site-not-enabled`: the content script stays inert there; `nothing-found`: no note or selection. */
  status: v.picklist(['linted', 'site-not-enabled', 'nothing-found']),
  fieldId: v.nullable(IdSchema),
});
export type LintOnRequestReply = v.InferOutput<typeof LintOnRequestReplySchema>;

export const FrameInfoReplySchema = v.object({
  type: v.literal('frame-info-reply'),
  origin: v.string(),
  /** The frame's URL (without its fragment): with the tab, the key of the session's codes. */
  url: v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH)),
  enabled: v.boolean(),
  fieldCount: CountSchema,
});
export type FrameInfoReply = v.InferOutput<typeof FrameInfoReplySchema>;

// ---------------------------------------------------------------------------------------------
// popup / options -> background

/**
 * `get-tab-state`: the per-tab state the popup renders. `lint-readonly`: "Lint this note" for a
 * read-only view in the tab. Reply: `TabState`.
 */
const TabRequestSchema = v.object({ type: v.picklist(['get-tab-state', 'lint-readonly']), tabId: CountSchema });
export type TabRequestMessage = v.InferOutput<typeof TabRequestSchema>;

/**
 * Add or remove a code the user chose for the encounter: it applies to every note field of the
 * tab's page and is kept for that page until the browser closes. Reply: `TabState`.
 */
const CodeEditSchema = v.object({ type: v.picklist(['add-code', 'remove-code']), tabId: CountSchema, code: CodeSchema });
export type CodeEditMessage = v.InferOutput<typeof CodeEditSchema>;

/** Scroll to and flash `start..end` of a field in the page. Reply: `{ ok }`. */
const RevealRequestSchema = withSpan({ type: v.literal('reveal'), tabId: CountSchema, fieldKey: IdSchema });
export type RevealRequestMessage = v.InferOutput<typeof RevealRequestSchema>;

/** Add or remove an origin ("https://ehr.example.org") from the enabled sites. Reply: `{ ok }`. */
const SiteToggleSchema = v.object({ type: v.picklist(['enable-site', 'disable-site']), origin: OriginSchema });
export type SiteToggleMessage = v.InferOutput<typeof SiteToggleSchema>;

export const PopupToBackgroundSchema = v.variant('type', [TabRequestSchema, CodeEditSchema, RevealRequestSchema, SiteToggleSchema]);
export type PopupToBackground = v.InferOutput<typeof PopupToBackgroundSchema>;

export interface OkReply {
  ok: boolean;
  error?: string;
}

/**
 * The part of the engine's result the popup shows. Sections, sentences and findings stay in the
 * background: for a long note they are large, and copying them on every popup refresh is slow.
 */
export type FieldResult = Pick<LintResult, 'version' | 'length' | 'codes' | 'setting' | 'checklists' | 'diagnostics'>;

export function toFieldResult(result: LintResult): FieldResult {
  return {
    version: result.version,
    length: result.length,
    codes: result.codes,
    ...(result.setting ? { setting: result.setting } : {}),
    checklists: result.checklists,
    diagnostics: result.diagnostics,
  };
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
// receivers: each returns the typed message or null (drop it)

function parser<S extends v.GenericSchema>(schema: S): (x: unknown) => v.InferOutput<S> | null {
  return (x) => {
    const result = v.safeParse(schema, x);
    return result.success ? result.output : null;
  };
}

export const parseContentToBackground = parser(ContentToBackgroundSchema);
export const parseLintResultMessage = parser(LintResultSchema);
export const parseBackgroundToContent = parser(BackgroundToContentSchema);
export const parseFrameInfoReply = parser(FrameInfoReplySchema);
export const parsePopupToBackground = parser(PopupToBackgroundSchema);

/** The tab-unique key of a field in a frame. */
export function fieldKeyOf(frameId: number, fieldId: string): string {
  return `${frameId}:${fieldId}`;
}
