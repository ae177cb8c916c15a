/**
 * Bytes to note text, refusing what is not a text note with a reason a user can act on: files over the
 * size limit (checked before reading), binary data, and bytes that are not UTF-8. A byte-order mark
 * selects UTF-16 (what Windows editors often save) and is not part of the text, so offsets start at
 * the first character of the note.
 */
import { readFile, stat } from 'node:fs/promises';

export const MAX_INPUT_MB = 50;
export const MAX_INPUT_BYTES = MAX_INPUT_MB * 1000 * 1000;

/** Control characters that never occur in typed notes; tab, line feed, form feed and carriage return do. */
const STRAY_CONTROL = /(?![\t\n\f\r])\p{Cc}/gu;
const MAX_CONTROL_RATIO = 0.02;

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** A decoded text that is still binary in disguise (e.g. a PDF stream saved as .txt). */
export function checkText(text: string): Decoded {
  if (text.includes('\u0000')) return { ok: false, error: 'binary data (contains NUL characters), not a text note' };
  const controls = text.match(STRAY_CONTROL)?.length ?? 0;
  if (text.length > 0 && controls / text.length > MAX_CONTROL_RATIO) {
    return { ok: false, error: `binary data (${((100 * controls) / text.length).toFixed(0)}% control characters), not a text note` };
  }
  return { ok: true, text };
}

export function decodeNote(bytes: Uint8Array): Decoded {
  let encoding = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, body] = ['utf-16le', bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, body] = ['utf-16be', bytes.subarray(2)];
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  if (encoding === 'utf-8' && body.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes), not a text note' };
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return {
      ok: false,
      error: encoding === 'utf-8'
        ? 'not valid UTF-8 text (binary data, or another encoding such as Windows-1252: convert the file to UTF-8)'
        : `not valid ${encoding.toUpperCase()} text`,
    };
  }
  return checkText(text);
}

export async function readNoteFile(path: string): Promise<Decoded> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, error: 'is a folder' };
    size = info.size;
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
  if (size > MAX_INPUT_BYTES) {
    return { ok: false, error: `file too large: ${megabytes(size)} (note-lint reads files up to ${MAX_INPUT_MB} MB)` };
  }
  try {
    return decodeNote(await readFile(path));
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
}

export function describeFsError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
