/**
 * The one definition of ICD-10-CM code shape, used by the lexicon schema, the engine, the CLI, the
 * popup and messaging. Pure: no lexicon, DOM, browser or node imports, so the engine can use it.
 *
 * - A code is a category (a letter, a digit, a digit or letter: "R53", "C4A", "U09") and optionally a
 *   dot with 1-4 more characters ("R53.1", "M62.81", "G35.A", "T79.6XXA": the 4th after the dot is a
 *   7th character, with X placeholders before it). Whether a well-shaped code exists is the lexicon's
 *   question (the invalid-code rule), not this module's: "M62.8111" has a code's shape.
 * - The letter U is chapter 22, "Codes for special purposes" (U00-U85, e.g. U09.9 post COVID-19
 *   condition). Callers that must not accept it pass `{ chapter22: false }`.
 * - A family is a category or subcategory with a trailing dash, as the tabular writes it in notes:
 *   "G72.-" (G72 and everything below), "M79.1-".
 * - A range is two codes joined by a hyphen, first <= last: "E40-E46", "G70.80-G70.81"; it covers
 *   both ends and everything below them.
 * Canonical forms are strict (upper case, dotted, no spaces); `normalize*` turns what users type
 * into them.
 */

export interface ShapeOptions {
  /** Accept chapter 22 (U) codes. Default true. */
  chapter22?: boolean;
}

/** A category and optionally a dot with 1-4 more characters: the shape every pattern here builds on. */
const CODE_BODY = '[A-Z]\\d[0-9A-Z](?:\\.[0-9A-Z]{1,4})?';
const CODE_RE = new RegExp(`^${CODE_BODY}$`);
/**
 * A code as EHRs print it in running text, bounded on both sides so a word like "COVID19" or a
 * version "V2.10.3" yields no code.
 */
const CODE_IN_TEXT_RE = new RegExp(`(?<![A-Za-z0-9.])${CODE_BODY}(?![A-Za-z0-9]|\\.[A-Za-z0-9])`, 'g');
const FAMILY_RE = /^[A-Z]\d[0-9A-Z]\.[0-9A-Z]{0,3}-$/;
/** What users type: any case, the dot optional ("m6281", "R531"). */
const TYPED_RE = /^[A-Z]\d[0-9A-Z](?:\.?[0-9A-Z]{1,4})?$/i;
/** Dashes people and word processors put in ranges: hyphen, en dash, em dash, minus sign. */
const RANGE_DASH_RE = /[-\u2013\u2014\u2212]/;

const chapterAllowed = (code: string, opts: ShapeOptions | undefined) => opts?.chapter22 !== false || code[0] !== 'U';

/** A category with a letter in third place ("M1A", "Z3A"), as the lexicon lists those categories. */
const LETTER_THIRD_CATEGORY_RE = /^[A-Z]\d[A-Z]$/;

/** Whether `s` has the shape of a category with a letter in third place: "M1A" (not "M10", "M1A.0"). */
export function isLetterThirdCategory(s: string): boolean {
  return LETTER_THIRD_CATEGORY_RE.test(s);
}

/** A code in canonical form: "R53.1", "M62.81", "T79.6XXA", "U09.9" (unless chapter 22 is excluded). */
export function isIcd10cmCode(s: string, opts?: ShapeOptions): boolean {
  return CODE_RE.test(s) && chapterAllowed(s, opts);
}

/** A family in canonical form: "G72.-", "M79.1-". */
export function isIcd10cmFamily(s: string, opts?: ShapeOptions): boolean {
  return FAMILY_RE.test(s) && chapterAllowed(s, opts);
}

export function isIcd10cmCodeOrFamily(s: string, opts?: ShapeOptions): boolean {
  return isIcd10cmCode(s, opts) || isIcd10cmFamily(s, opts);
}

/** A range in canonical form: two codes, a hyphen, the first not after the last ("E40-E46"). */
export function isIcd10cmRange(s: string, opts?: ShapeOptions): boolean {
  const ends = s.split('-');
  if (ends.length !== 2) return false;
  const [first, last] = ends as [string, string];
  return isIcd10cmCode(first, opts) && isIcd10cmCode(last, opts) && bare(first) <= bare(last);
}

/**
 * A typed code in canonical form: " m6281 " -> "M62.81", "R531" -> "R53.1", "r53" -> "R53", and
 * "G72 .41" -> "G72.41" (whitespace is dropped: codes are pasted from PDFs and claim forms); null
 * when the input is not a code ("RR3.1", "1234", "R53.", "M62.81111").
 */
export function normalizeIcd10cm(raw: string, opts?: ShapeOptions): string | null {
  const s = raw.replace(/\s+/g, '');
  if (!TYPED_RE.test(s)) return null;
  const upper = s.toUpperCase();
  const code = upper.length > 3 && !upper.includes('.') ? `${upper.slice(0, 3)}.${upper.slice(3)}` : upper;
  return isIcd10cmCode(code, opts) ? code : null;
}

/** A typed range in canonical form: "e40 – e46" -> "E40-E46"; null when it is not a range. */
export function normalizeIcd10cmRange(raw: string, opts?: ShapeOptions): string | null {
  const ends = raw.split(RANGE_DASH_RE);
  if (ends.length !== 2) return null;
  const first = normalizeIcd10cm(ends[0]!, opts);
  const last = normalizeIcd10cm(ends[1]!, opts);
  if (first === null || last === null) return null;
  const range = `${first}-${last}`;
  return isIcd10cmRange(range, opts) ? range : null;
}

/** The code without dot or dash: "M79.1-" -> "M791". Characters sort in tabular order (digits before letters). */
function bare(ref: string): string {
  return ref.replace(/[.-]/g, '');
}

/**
 * Does `ref` (a code, family or range in canonical form) cover `code` (a code, or a family: all of
 * it)? A code or family covers itself and everything below it ("G72.-" and "G72" cover G72.81 and
 * G72.8-; "M62.84" covers only M62.84 and its children); a range covers its ends and everything
 * between and below them ("E40-E46" covers E44.1, not E39 or E47). Anything that is not in canonical
 * form covers and is covered by nothing.
 *
 * Answers are remembered: every rule of every pack asks about the note's few chosen codes against its
 * own refs, the same pairs note after note (two shape tests and two rewrites a question otherwise).
 */
export function icd10cmCovers(ref: string, code: string): boolean {
  let byCode = coverAnswers.get(ref);
  const known = byCode?.get(code);
  if (known !== undefined) return known;
  const covers = computeCovers(ref, code);
  // Codes come from users: a long session must not grow the memory without bound.
  if (coverAnswerCount >= MAX_COVER_ANSWERS) {
    coverAnswers.clear();
    coverAnswerCount = 0;
    byCode = undefined;
  }
  if (!byCode) coverAnswers.set(ref, (byCode = new Map()));
  byCode.set(code, covers);
  coverAnswerCount++;
  return covers;
}

const coverAnswers = new Map<string, Map<string, boolean>>();
let coverAnswerCount = 0;
const MAX_COVER_ANSWERS = 50_000;

function computeCovers(ref: string, code: string): boolean {
  if (!isIcd10cmCodeOrFamily(code)) return false;
  const c = bare(code);
  if (isIcd10cmCode(ref) || isIcd10cmFamily(ref)) return c.startsWith(bare(ref));
  if (!isIcd10cmRange(ref)) return false;
  const [first, last] = ref.split('-').map(bare) as [string, string];
  return c.slice(0, first.length) >= first && c.slice(0, last.length) <= last;
}

/** A code below a category in capitals, dotted or not, chapter 22 aside: "E87.6", "R531" (not "B12", "U09.9"). */
const NAMED_CODE_RE = /\b[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4}|[0-9A-Z]{1,4})\b/;

/**
 * Whether a text (a query's answer) names a code: "E87.6 Hypokalemia", "R531". A bare category is not
 * looked for, as "B12 deficiency" names a vitamin.
 */
export function namesIcd10cmCode(text: string): boolean {
  return NAMED_CODE_RE.test(text);
}

/** The canonical codes written in a text (a table cell, a chip list), in order, with repeats. */
export function icd10cmCodesInText(text: string): string[] {
  return text.match(CODE_IN_TEXT_RE) ?? [];
}

/**
 * What the written-code reader needs of a note's tokens (the engine's tokenizer, src/text/tokens.ts,
 * gives it): the kind, the lower-cased text, and whether whitespace precedes the token.
 */
export interface CodeToken {
  readonly kind: string;
  readonly norm: string;
  readonly spaceBefore: boolean;
}

/** How a code is written in a note; `end` is the index of the token after it. */
export interface WrittenIcd10cmCode {
  /** "R53": the category alone; "R53.1": category, dot, characters after it (three tokens); "R531": one token. */
  form: 'category' | 'dotted' | 'undotted';
  end: number;
}

/** A category token as the tokenizer lower-cases it: "r53", "c4a". */
const CATEGORY_TOKEN_RE = /^[a-z]\d[0-9a-z]$/;
/** A category run together with up to four more characters: "r531", "m6281". */
const UNDOTTED_TOKEN_RE = /^[a-z]\d[0-9a-z]{2,5}$/;
/**
 * What follows the dot. Up to seven characters are read (a code has at most four), so an over-long
 * code ("M62.81111") is read whole and can be reported invalid instead of being taken for a shorter one.
 */
const AFTER_DOT_TOKEN_RE = /^[0-9a-z]{1,7}$/;

/**
 * The one reader of an ICD-10-CM code written in a note, over the tokenizer's tokens: a category
 * ("R53"), a category with a dot and the characters after it, all glued ("R53.1", "G35.A", "T46.6X5A",
 * which the tokenizer splits into "r53" "." "1"), or a category run together with them ("R531").
 * Only the shape: whether the place makes it a code (not a lab name, a drug, a spinal level) is the
 * caller's question. Tokens at or after `end` (the sentence's end) are not read.
 */
export function writtenIcd10cmCodeAt(tokens: readonly CodeToken[], i: number, end: number = tokens.length): WrittenIcd10cmCode | null {
  const head = tokens[i];
  if (!head || head.kind !== 'word') return null;
  const norm = head.norm;
  if (norm.length > 3) return UNDOTTED_TOKEN_RE.test(norm) ? { form: 'undotted', end: i + 1 } : null;
  if (!CATEGORY_TOKEN_RE.test(norm)) return null;
  const dot = tokens[i + 1];
  const after = tokens[i + 2];
  if (i + 2 < end && dot!.norm === '.' && !dot!.spaceBefore && !after!.spaceBefore && AFTER_DOT_TOKEN_RE.test(after!.norm)) {
    return { form: 'dotted', end: i + 3 };
  }
  return { form: 'category', end: i + 1 };
}
