/**
 * The background's message router: who sent a message decides which requests it may make (extension
 * pages: `PAGE_REQUESTS`, our content scripts: `CONTENT_REQUESTS`, anyone else: nothing, dropped
 * unanswered); the message is checked against the protocol's schema; then the handler of its `type`
 * answers. A type the sender may not send, or a payload that fails the schema, gets a typed
 * `ErrorReply` naming the type or the fields, never their values (they may hold note text).
 * Pure: the handlers and the extension's identity are passed in, so it is tested without a browser.
 */
import * as v from 'valibot';
import { ContentToBackgroundSchema, PopupToBackgroundSchema, type ContentToBackground, type PopupToBackground } from '../messaging/protocol.ts';
import {
  CONTENT_REQUESTS,
  PAGE_REQUESTS,
  type ContentRequestType,
  type ErrorReply,
  type PageRequestType,
  type Requests,
} from '../messaging/requests.ts';
import { contentSender, isExtensionPage, type ContentSender, type SenderLike } from '../messaging/senders.ts';
import { issuePath } from '../schema/issues.ts';

export type ContentHandlers = {
  [K in ContentRequestType]: (request: Requests[K]['request'], from: ContentSender) => Promise<Requests[K]['reply']>;
};
export type PageHandlers = { [K in PageRequestType]: (request: Requests[K]['request']) => Promise<Requests[K]['reply']> };
export type RequestHandlers = ContentHandlers & PageHandlers;

export interface ExtensionIdentity {
  id: string;
  /** `runtime.getURL('/')`: extension pages' URLs start with it. */
  baseUrl: string;
}

function errorReply(error: ErrorReply['error'], message: string): Promise<ErrorReply> {
  return Promise.resolve({ type: 'error', error, message });
}

/** Any message: an object with a string `type`, read before the type's own schema picks the payload. */
const TypedMessageSchema = v.looseObject({ type: v.string() });

/** The message's `type` if it is one of `allowed`, else an error reply saying which type was refused. */
function checkType<T extends string>(raw: unknown, allowed: readonly T[]): T | Promise<ErrorReply> {
  const typed = v.safeParse(TypedMessageSchema, raw);
  const type = typed.success ? typed.output.type : null;
  if (type !== null && (allowed as readonly string[]).includes(type)) return type as T;
  return errorReply('unknown-type', type === null ? 'a message without a type' : `a message of type ${JSON.stringify(type.slice(0, 40))} is not accepted from this sender`);
}

function checkPayload<S extends v.GenericSchema>(schema: S, raw: unknown, type: string): v.InferOutput<S> | Promise<ErrorReply> {
  const result = v.safeParse(schema, raw, { abortEarly: false });
  if (result.success) return result.output;
  const fields = [...new Set(result.issues.map((issue) => issuePath(issue) || '(the message)'))];
  return errorReply('malformed', `malformed ${type}: ${fields.join(', ')}`);
}

/**
 * Answers one runtime message: a promise of the reply, or undefined when the sender is neither an
 * extension page nor one of our content scripts (the message is dropped).
 */
export function routeMessage(raw: unknown, sender: SenderLike, extension: ExtensionIdentity, handlers: RequestHandlers): Promise<unknown> | undefined {
  if (isExtensionPage(sender, extension.id, extension.baseUrl)) {
    const type = checkType(raw, PAGE_REQUESTS);
    if (typeof type !== 'string') return type;
    const message = checkPayload(PopupToBackgroundSchema, raw, type);
    if (message instanceof Promise) return message;
    return (handlers[message.type] as (m: PopupToBackground) => Promise<unknown>)(message);
  }
  const from = contentSender(sender, extension.id, extension.baseUrl);
  if (!from) return undefined;
  const type = checkType(raw, CONTENT_REQUESTS);
  if (typeof type !== 'string') return type;
  const message = checkPayload(ContentToBackgroundSchema, raw, type);
  if (message instanceof Promise) return message;
  return (handlers[message.type] as (m: ContentToBackground, f: ContentSender) => Promise<unknown>)(message, from);
}
