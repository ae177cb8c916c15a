/**
 * Shared by the lexicon build (term keys, schema checks) and the engine (every stage reads tokens): one
 * tokenizer, so a term is matched exactly as it was validated.
 *
 * Tokenizer: words, numbers and single punctuation marks with exact UTF-16 offsets into the original
 * text. Whitespace is never a token; line breaks are remembered on the token after them because
 * sentence and section boundaries depend on them.
 *
 * Hand-written instead of compromise's tokenizer because it must keep offsets exact for any input
 * (CRLF, NBSP, emoji, combining marks) and run in linear time on a 1 MB note; compromise's role is in
 * the lexicon build (see scripts/build-lexicon.ts), where it expands terms into their inflections.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower-cased, accents folded; digits kept as written. */
  norm: string;
  /** Line breaks between the previous token and this one. */
  newlinesBefore: number;
  /** Whitespace directly before this token. */
  spaceBefore: boolean;
  /** The token starts with an upper-case letter. */
  upper: boolean;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const DIGIT_OTHER = /\p{N}/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x85;
}

function isWordChar(text: string, i: number, c: number): boolean {
  if (c < 128) return isAsciiLetter(c) || isDigit(c);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  const ch = text[i] as string;
  return LETTER_OR_MARK.test(ch) || DIGIT_OTHER.test(ch);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

const FOLD_CACHE = new Map<string, string>();

/**
 * Negative contractions typed or dictated without their apostrophe ("pt cant climb stairs", "doesnt
 * have weakness"): read as the contraction, so every phrase written with "can't" or "doesn't" matches.
 * Only forms that are no other English word ("wont" is one: "as is his wont").
 */
const BARE_CONTRACTIONS: ReadonlyMap<string, string> = new Map(
  ['cant', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'hasnt', 'havent', 'hadnt', 'couldnt', 'wouldnt', 'shouldnt'].map(
    (w) => [w, `${w.slice(0, -1)}'t`],
  ),
);
const LOWER_T = 116;

/** Lower-case and strip diacritics so "Barré" matches "barre"; restore a bare contraction's apostrophe. */
export function normalizeWord(raw: string): string {
  let ascii = true;
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    const lower = raw.toLowerCase();
    return lower.length >= 4 && lower.charCodeAt(lower.length - 1) === LOWER_T ? (BARE_CONTRACTIONS.get(lower) ?? lower) : lower;
  }
  const cached = FOLD_CACHE.get(raw);
  if (cached !== undefined) return cached;
  const folded = raw.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\u2019/g, "'");
  if (FOLD_CACHE.size < 10_000) FOLD_CACHE.set(raw, folded);
  return folded;
}

/** Tokenize text[from, to). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let newlines = 0;
  let space = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10) || c === 0x2028 || c === 0x2029) newlines++;
      space = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isWordChar(text, i, c)) {
      let digitsOnly = true;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (isWordChar(text, i, d)) {
          if (!isDigit(d)) digitsOnly = false;
          i++;
        } else if (isApostrophe(d) && i + 1 < to && !digitsOnly && isWordChar(text, i + 1, text.charCodeAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      kind = digitsOnly ? 'number' : 'word';
    } else {
      // One punctuation mark or symbol; a surrogate pair (emoji) stays whole.
      const low = i + 1 < to ? text.charCodeAt(i + 1) : 0;
      i += c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
      kind = 'punct';
    }
    // One-character strings come from V8's single-character cache: no allocation, hash reused.
    const raw = i - start === 1 ? (text[start] as string) : text.slice(start, i);
    const first = raw.charCodeAt(0);
    tokens.push({
      start,
      end: i,
      kind,
      norm: kind === 'punct' ? raw : normalizeWord(raw),
      newlinesBefore: newlines,
      spaceBefore: space,
      upper: kind === 'word' && (first < 128 ? first >= 65 && first <= 90 : raw[0] !== raw[0]!.toLowerCase()),
    });
    newlines = 0;
    space = false;
  }
  return tokens;
}

/** Normalised token strings of a lexicon phrase, tokenized exactly like note text. */
export function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}
