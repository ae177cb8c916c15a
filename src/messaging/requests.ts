/**
 * Which request gets which reply. `Requests` maps every message the background answers (from a
 * content script or an extension page) to its request and reply types; `FrameRequests` does the same
 * for what the background asks a content script. Senders (`send` in the popup, `askFrame` in the
 * background) take their reply types from here, and the reply guards are schemas keyed the same way,
 * so a request and the check of its reply cannot drift apart.
 *
 * A request the background cannot take gets an `ErrorReply` (never a silent undefined), so a caller
 * can tell "not answered" from "refused, and why".
 */
import * as v from 'valibot';
import type {
  CodeEditMessage,
  FieldGoneMessage,
  FieldOrderMessage,
  FrameInfoMessage,
  FrameInfoReply,
  LintFieldMessage,
  LintOnRequestMessage,
  LintOnRequestReply,
  LintReply,
  LintResultMessage,
  OkReply,
  OpenRuleDocMessage,
  PageCodesMessage,
  RelintMessage,
  RevealMessage,
  RevealRequestMessage,
  SiteToggleMessage,
  TabRequestMessage,
  TabState,
} from './protocol.ts';
import { FrameInfoReplySchema, LintOnRequestReplySchema } from './protocol.ts';

/** A message of a kind that covers several types (`add-code` | `remove-code`), narrowed to one. */
type Typed<M extends { type: string }, T extends M['type']> = Omit<M, 'type'> & { type: T };

/** Every message the background answers, by `type`: the request and the reply it gets. */
export interface Requests {
  // content script -> background (only about its own tab and frame)
  /** Lint a field; no reply (undefined) while the site is not enabled. */
  lint: { request: LintFieldMessage; reply: LintReply | undefined };
  'field-gone': { request: FieldGoneMessage; reply: undefined };
  'field-order': { request: FieldOrderMessage; reply: undefined };
  'page-codes': { request: PageCodesMessage; reply: undefined };
  'open-rule-doc': { request: OpenRuleDocMessage; reply: undefined };
  // extension pages (popup, options) -> background
  'get-tab-state': { request: Typed<TabRequestMessage, 'get-tab-state'>; reply: TabState };
  'lint-readonly': { request: Typed<TabRequestMessage, 'lint-readonly'>; reply: TabState };
  'add-code': { request: Typed<CodeEditMessage, 'add-code'>; reply: TabState };
  'remove-code': { request: Typed<CodeEditMessage, 'remove-code'>; reply: TabState };
  reveal: { request: RevealRequestMessage; reply: OkReply };
  'enable-site': { request: Typed<SiteToggleMessage, 'enable-site'>; reply: OkReply };
  'disable-site': { request: Typed<SiteToggleMessage, 'disable-site'>; reply: OkReply };
}

export type RequestType = keyof Requests;

/** Which requests each kind of sender may make; the background answers any other with an error. */
export const CONTENT_REQUESTS = ['lint', 'field-gone', 'field-order', 'page-codes', 'open-rule-doc'] as const satisfies readonly RequestType[];
export const PAGE_REQUESTS = [
  'get-tab-state',
  'lint-readonly',
  'add-code',
  'remove-code',
  'reveal',
  'enable-site',
  'disable-site',
] as const satisfies readonly RequestType[];
export type ContentRequestType = (typeof CONTENT_REQUESTS)[number];
export type PageRequestType = (typeof PAGE_REQUESTS)[number];

/** Why the background refused a message: a `type` the sender may not send, or a payload that fails the schema. */
export interface ErrorReply {
  type: 'error';
  error: 'unknown-type' | 'malformed';
  /** For people reading logs: the type, or the schema's `path: problem` lines. Never note text. */
  message: string;
}

export const ErrorReplySchema = v.object({
  type: v.literal('error'),
  error: v.picklist(['unknown-type', 'malformed']),
  message: v.string(),
});

export function isErrorReply(x: unknown): x is ErrorReply {
  return v.is(ErrorReplySchema, x);
}

/**
 * What the popup checks a reply against. The tab state is the background's own object: its shape is
 * checked to the level the popup relies on before rendering (fields, codes, flags), not deeper.
 */
const TabStateShape = v.looseObject({
  tabId: v.number(),
  origin: v.nullable(v.string()),
  siteEnabled: v.boolean(),
  siteManaged: v.boolean(),
  contentScriptPresent: v.boolean(),
  pageUrl: v.nullable(v.string()),
  codes: v.array(v.looseObject({ code: v.string(), source: v.string() })),
  display: v.looseObject({ pageDisplay: v.string(), evidenceView: v.boolean() }),
  fields: v.array(v.looseObject({ fieldKey: v.string(), result: v.looseObject({ diagnostics: v.array(v.unknown()) }) })),
});
const OkReplyShape = v.object({ ok: v.boolean(), error: v.optional(v.string()) });

const isTabState = (x: unknown): x is TabState => v.is(TabStateShape, x);
const isOkReply = (x: unknown): x is OkReply => v.is(OkReplyShape, x);

/** The reply guard of every request an extension page makes. */
export const PAGE_REPLY_GUARDS: { [K in PageRequestType]: (x: unknown) => x is Requests[K]['reply'] } = {
  'get-tab-state': isTabState,
  'lint-readonly': isTabState,
  'add-code': isTabState,
  'remove-code': isTabState,
  reveal: isOkReply,
  'enable-site': isOkReply,
  'disable-site': isOkReply,
};

/** What the background asks a content script (`tabs.sendMessage`), by `type`. */
export interface FrameRequests {
  'frame-info': { request: FrameInfoMessage; reply: FrameInfoReply };
  'lint-readonly': { request: Typed<LintOnRequestMessage, 'lint-readonly'>; reply: LintOnRequestReply };
  'lint-selection': { request: Typed<LintOnRequestMessage, 'lint-selection'>; reply: LintOnRequestReply };
  'lint-result': { request: LintResultMessage; reply: undefined };
  reveal: { request: RevealMessage; reply: undefined };
  relint: { request: RelintMessage; reply: undefined };
}

export type FrameRequestType = keyof FrameRequests;

const isFrameInfoReply = (x: unknown): x is FrameInfoReply => v.is(FrameInfoReplySchema, x);
const isLintOnRequestReply = (x: unknown): x is LintOnRequestReply => v.is(LintOnRequestReplySchema, x);
const isNothing = (x: unknown): x is undefined => x === undefined;

/** The reply guard of every request to a content script: its reply crosses back from a page's process. */
export const FRAME_REPLY_GUARDS: { [K in FrameRequestType]: (x: unknown) => x is FrameRequests[K]['reply'] } = {
  'frame-info': isFrameInfoReply,
  'lint-readonly': isLintOnRequestReply,
  'lint-selection': isLintOnRequestReply,
  'lint-result': isNothing,
  reveal: isNothing,
  relint: isNothing,
};
