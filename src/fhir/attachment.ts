/**
 * The note text of a DocumentReference: the first text/plain attachment, given as base64 `data`,
 * as an inline `data:` URL, or as a reference to a Binary in the same resource or Bundle.
 * Remote URLs are refused: note-lint makes no network requests.
 */
import { BinarySchema, readAs, type Attachment, type DocumentReference, type Resource, type ResourceIndex } from './resources.ts';

export type TextOrError = { ok: true; text: string } | { ok: false; error: string };

interface MediaType {
  essence: string;
  charset: string;
}

function parseMediaType(contentType: string): MediaType {
  const [essence = '', ...params] = contentType.split(';');
  let charset = 'utf-8';
  for (const param of params) {
    const [name, value] = param.split('=').map((part) => part.trim());
    if (name?.toLowerCase() === 'charset' && value) charset = value.replace(/^"|"$/g, '');
  }
  return { essence: essence.trim().toLowerCase(), charset };
}

function decodeBase64(data: string): Uint8Array | undefined {
  try {
    const binary = atob(data.replace(/\s+/g, ''));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function decodeBytes(bytes: Uint8Array, charset: string): TextOrError {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return { ok: false, error: `unsupported charset "${charset}"` };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, error: `attachment is not valid ${charset} text` };
  }
}

function fromBase64(data: string, charset: string): TextOrError {
  const bytes = decodeBase64(data);
  return bytes ? decodeBytes(bytes, charset) : { ok: false, error: 'attachment data is not valid base64' };
}

/** A `data:` URL: the content type inside it wins over the attachment's. */
function fromDataUrl(url: string): TextOrError {
  const comma = url.indexOf(',');
  if (comma < 0) return { ok: false, error: 'attachment url is a malformed data: URL (no comma)' };
  const header = url.slice('data:'.length, comma);
  const base64 = /;base64$/i.test(header);
  const mediaType = parseMediaType(base64 ? header.replace(/;base64$/i, '') : header || 'text/plain');
  if (mediaType.essence !== 'text/plain') return { ok: false, error: `unsupported content type ${mediaType.essence} in data: URL (note-lint reads text/plain)` };
  const payload = url.slice(comma + 1);
  if (base64) return fromBase64(payload, mediaType.charset);
  try {
    return { ok: true, text: decodeURIComponent(payload) };
  } catch {
    return { ok: false, error: 'attachment data: URL is not valid percent-encoded text' };
  }
}

function fromBinary(resource: Resource, fallbackCharset: string): TextOrError {
  const binary = readAs(BinarySchema, resource);
  const data = binary.data;
  if (data === undefined) return { ok: false, error: `Binary/${binary.id ?? '(no id)'} has no data` };
  const contentType = binary.contentType;
  const mediaType = contentType ? parseMediaType(contentType) : { essence: 'text/plain', charset: fallbackCharset };
  if (mediaType.essence !== 'text/plain') return { ok: false, error: `unsupported content type ${mediaType.essence} in Binary (note-lint reads text/plain)` };
  return fromBase64(data, mediaType.charset);
}

function attachmentText(attachment: Attachment, mediaType: MediaType, owner: Resource, index: ResourceIndex): TextOrError {
  const { data, url } = attachment;
  if (data !== undefined) return fromBase64(data, mediaType.charset);
  if (url === undefined) return { ok: false, error: 'text/plain attachment has neither data nor url' };
  if (url.startsWith('data:')) return fromDataUrl(url);
  const binary = index.resolve(url, owner);
  if (binary?.resourceType === 'Binary') return fromBinary(binary, mediaType.charset);
  return { ok: false, error: `attachment url ${url} is not in this file (note-lint reads no remote content)` };
}

/** The note text of a DocumentReference, or why there is none. */
export function documentText(documentReference: DocumentReference, owner: Resource, index: ResourceIndex): TextOrError {
  const attachments = documentReference.content.map((content) => content.attachment);
  if (attachments.length === 0) return { ok: false, error: 'DocumentReference has no content attachment' };
  const seen: string[] = [];
  for (const attachment of attachments) {
    const { contentType, url } = attachment;
    if (contentType === undefined && url?.startsWith('data:')) return fromDataUrl(url);
    if (contentType === undefined) {
      seen.push('(no contentType)');
      continue;
    }
    const mediaType = parseMediaType(contentType);
    if (mediaType.essence === 'text/plain') return attachmentText(attachment, mediaType, owner, index);
    seen.push(mediaType.essence);
  }
  return { ok: false, error: `unsupported content type ${[...new Set(seen)].join(', ')} (note-lint reads text/plain attachments)` };
}
