/**
 * One input (a file or standard input) to its note reports: plain text is one note; FHIR JSON is one
 * note per DocumentReference, with the encounter's codes (source "fhir") added to the caller's.
 * Runs in worker threads and in the main thread alike, so it takes and returns plain data.
 */
import { lint } from '../engine/index.ts';
import type { LintOptions, LintResult } from '../engine/types.ts';
import { readFhir, type FhirIds } from '../fhir/index.ts';
import { checkText, readNoteFile } from './read-input.ts';

export interface NoteReport {
  file: string;
  /** FHIR ids of the note when it came from a DocumentReference. */
  fhir?: FhirIds;
  /** The linted text, kept in memory for positions and the HTML report; never written by note-lint itself. */
  text: string | null;
  result: LintResult | null;
  /** Why this input produced no result. */
  error?: string;
}

/** How to recognise FHIR: by file extension, or for standard input by its first character. */
export type FhirDetection = 'by-extension' | 'sniff';

function failed(file: string, error: string, fhir?: FhirIds): NoteReport {
  return fhir ? { file, fhir, text: null, result: null, error } : { file, text: null, result: null, error };
}

function lintNote(file: string, text: string, options: LintOptions, fhir?: FhirIds): NoteReport {
  const checked = checkText(text);
  if (!checked.ok) return failed(file, checked.error, fhir);
  try {
    const result = lint(text, options);
    return fhir ? { file, fhir, text, result } : { file, text, result };
  } catch (error) {
    return failed(file, `internal error while linting: ${error instanceof Error ? error.message : String(error)}`, fhir);
  }
}

function lintFhir(file: string, json: string, options: LintOptions): NoteReport[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return [failed(file, `malformed JSON: ${error instanceof Error ? error.message : String(error)}`)];
  }
  const read = readFhir(parsed);
  if (!read.ok) return [failed(file, read.error)];
  return read.entries.map((entry) => {
    if (!entry.ok) return failed(file, entry.error, entry.ids);
    const { note } = entry;
    const noteOptions: LintOptions = {
      ...options,
      codes: [...(options.codes ?? []), ...note.codes.map((code) => ({ code, source: 'fhir' as const }))],
    };
    if (noteOptions.age === undefined && note.age !== undefined) noteOptions.age = note.age;
    return lintNote(file, note.text, noteOptions, note.ids);
  });
}

function looksLikeFhir(text: string): boolean {
  return /^\s*\{[\s\S]*"resourceType"\s*:/.test(text.slice(0, 4096));
}

export function lintText(file: string, text: string, options: LintOptions, isFhir: boolean): NoteReport[] {
  return isFhir ? lintFhir(file, text, options) : [lintNote(file, text, options)];
}

export function lintStdinText(text: string, options: LintOptions): NoteReport[] {
  return lintText('<stdin>', text, options, looksLikeFhir(text));
}

export async function lintFile(display: string, path: string, options: LintOptions): Promise<NoteReport[]> {
  const read = await readNoteFile(path);
  if (!read.ok) return [failed(display, read.error)];
  return lintText(display, read.text, options, /\.json$/i.test(path));
}
