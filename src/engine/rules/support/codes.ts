/**
 * Code lookups over the code lexicon: notation, family matching (Excludes1 "G72.-", "M79.1-"),
 * header detection and the billable codes a header or family resolves to. Everything here reads
 * lexicon/codes data; no code list is written in this file.
 */
import { icd10cmCovers, isIcd10cmCode, normalizeIcd10cm } from '../../../codes/icd10cm.ts';
import type { CodeDef, CodeRef } from '../../../lexicon/types.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { SuggestedCode } from '../../types.ts';

/** "r531" -> "R53.1", " m62.81 " -> "M62.81"; anything else is returned trimmed and upper-cased, for invalid-code to report. */
export function normalizeCode(raw: string): string {
  return normalizeIcd10cm(raw) ?? raw.trim().toUpperCase();
}

export function isCodeShape(code: string): boolean {
  return isIcd10cmCode(code);
}

const bare = (code: string) => code.replace(/[.-]/g, '');

/**
 * A tabular reference names a code and everything below it: "G72.-" and "G72" cover G72.0 and
 * G72.81, "M79.1-" covers M79.11, "M62.84" covers only M62.84 (it has no children).
 */
export function refCovers(ref: string, code: string): boolean {
  return icd10cmCovers(ref, code);
}

/** The Excludes1 note of `def` that names `other`, if any. */
export function excludes1Ref(def: CodeDef | undefined, other: string): CodeRef | null {
  return def?.excludes1.find((r) => refCovers(r.code, other)) ?? null;
}

const descendantsByLexicon = new WeakMap<CompiledLexicon, Map<string, CodeDef[]>>();

/** Known codes strictly below `code` (its children, grandchildren ...); asked per chosen code per rule, answered once per lexicon. */
export function knownDescendants(lexicon: CompiledLexicon, code: string): CodeDef[] {
  let known = descendantsByLexicon.get(lexicon);
  if (!known) descendantsByLexicon.set(lexicon, (known = new Map()));
  const b = bare(code);
  let found = known.get(b);
  if (!found) known.set(b, (found = lexicon.data.codes.filter((c) => bare(c.code).startsWith(b) && bare(c.code) !== b)));
  return found;
}

/** A code that needs more characters: a lexicon header, or a known category above lexicon codes. */
export function isHeader(lexicon: CompiledLexicon, code: string): boolean {
  const def = lexicon.codes.get(code);
  if (def) return !def.billable && def.children.length > 0;
  return knownDescendants(lexicon, code).some((c) => c.billable);
}

export function isBillable(def: CodeDef | undefined): boolean {
  return def !== undefined && def.billable && def.invalid !== true;
}

/** Characters of a code with its 7th character (three of the category, three after it, the 7th). */
const SEVENTH_CHARACTER_LENGTH = 7;

/** A code the lexicon shows cannot exist, and the known code it was meant to be. */
export interface ImpossibleCode {
  /** `extended`: written past a billable code; `placeholder`: a 7th character without its X placeholders. */
  kind: 'extended' | 'placeholder';
  meant: string;
}

/**
 * A well-shaped code the code lexicon does not list but shows to be impossible: its last character is a
 * 7th character written without the X placeholders before it ("T79.6A", "T79.6XA" for T79.6XXA, a listed
 * billable code), or it runs on past a billable code, which the tabular never subdivides ("M62.820":
 * M62.82 is billable). Null when the lexicon cannot tell: a code under a category it does not list
 * ("S72.001A") may well exist.
 */
export function impossibleCode(lexicon: CompiledLexicon, code: string): ImpossibleCode | null {
  if (lexicon.codes.has(code) || !isCodeShape(code)) return null;
  const b = bare(code);
  if (b.length > 3 && b.length < SEVENTH_CHARACTER_LENGTH) {
    const seventh = b[b.length - 1]!;
    let stem = b.slice(0, -1);
    while (stem.length > 3 && stem.endsWith('X')) stem = stem.slice(0, -1);
    const padded = normalizeIcd10cm(stem.padEnd(SEVENTH_CHARACTER_LENGTH - 1, 'X') + seventh);
    if (padded !== null && padded !== code && isBillable(lexicon.codes.get(padded))) return { kind: 'placeholder', meant: padded };
  }
  // The longest listed code the written one starts with decides: a billable one has no further characters.
  for (let length = b.length - 1; length >= 3; length--) {
    const prefix = normalizeIcd10cm(b.slice(0, length));
    const def = prefix === null ? undefined : lexicon.codes.get(prefix);
    if (def) return isBillable(def) ? { kind: 'extended', meant: def.code } : null;
  }
  return null;
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The billable code(s) a code or family stands for: itself when billable; for a header or family,
 * the child the tabular marks as the header's NOS default (inclusion term "<header title> NOS"), else
 * the only child with any "NOS" inclusion term, else its "unspecified" child, else every billable child.
 */
export function billableCodesFor(lexicon: CompiledLexicon, codeOrFamily: string): CodeDef[] {
  const exact = lexicon.codes.get(codeOrFamily);
  if (isBillable(exact)) return [exact!];
  const base = codeOrFamily.replace(/\.?-$/, '');
  const def = lexicon.codes.get(base);
  const children = def && def.children.length > 0
    ? def.children.map((c) => lexicon.codes.get(c)).filter((c): c is CodeDef => isBillable(c))
    : knownDescendants(lexicon, base).filter(isBillable);
  if (children.length <= 1) return children;
  // "Parkinson's disease NOS" under G20 "Parkinson's disease": the child the header's own title defaults to.
  const titleNos = def ? `${squash(def.title)} nos` : null;
  const own = children.filter((c) => c.inclusionTerms.some((t) => squash(t) === titleNos));
  if (own.length === 1) return own;
  const nos = children.filter((c) => c.inclusionTerms.some((t) => /\bNOS$/i.test(t.trim())));
  if (nos.length === 1) return nos;
  // Only what a child adds to its header's title counts: under G81.9 "Hemiplegia, unspecified" the
  // default is G81.90 "... affecting unspecified side", not every child.
  const added = (c: CodeDef) => (def && c.title.startsWith(def.title) ? c.title.slice(def.title.length) : c.title);
  const unspecified = children.filter((c) => /\bunspecified\b/i.test(added(c)));
  // Under M62.5 both M62.50 "unspecified site" and M62.519 "unspecified shoulder" qualify: the
  // shallower code is the header's own default.
  const depth = Math.min(...unspecified.map((u) => u.code.length));
  const shallowest = unspecified.filter((c) => c.code.length === depth);
  if (shallowest.length === 1) return shallowest;
  return children;
}

export function suggestion(lexicon: CompiledLexicon, code: string, reason: string): SuggestedCode {
  return { code, title: lexicon.codes.get(code)?.title ?? code, reason };
}

/** Suggestions for a code or family, resolved to billable codes with their titles. */
export function suggestionsFor(lexicon: CompiledLexicon, codeOrFamily: string, reason: string): SuggestedCode[] {
  const codes = billableCodesFor(lexicon, codeOrFamily);
  return codes.length > 0 ? codes.map((c) => suggestion(lexicon, c.code, reason)) : [suggestion(lexicon, codeOrFamily, reason)];
}

/**
 * Whether `code` is in a pack's code set (lexicon/packs/<pack>/ `codeSets`): an entry names that code,
 * a family entry ("R53.-") covers the codes below it. An unknown set is an error.
 */
export function inCodeSet(lexicon: CompiledLexicon, set: string, code: string): boolean {
  const refs = lexicon.codeSets.get(set);
  if (!refs) throw new Error(`unknown code set "${set}"`);
  return refs.some((r) => r === code || (r.endsWith('-') && refCovers(r, code)));
}
