/**
 * Phrase matcher: a trie over normalised tokens. Lexicon phrases are tokenized exactly like note
 * text, so "h/o", "4/5" or "K+" match as written. Hyphens are skipped on both sides, so
 * "right-sided" and "right sided" are the same phrase.
 */
import { phraseKey, type Token } from '../text/tokens.ts';
import { NoteMemo } from './note-memo.ts';

interface TrieNode<P> {
  next: Map<string, TrieNode<P>>;
  payloads: P[] | null;
}

export interface PhraseMatch<P> {
  /** Token index range [first, last] (inclusive) in the token array searched. */
  first: number;
  last: number;
  payloads: P[];
}

const SKIPPED = new Set(['-', '\u2010', '\u2011', '\u2013']);
const NONE: readonly PhraseMatch<never>[] = [];

/**
 * Numbers for the words that start some phrase of some matcher (1, 2, ...; 0 is every other word).
 * Each of a note's tokens is looked up here once (startWordIds); a matcher's "can a phrase start
 * here?" is then a bit test, where it was a map lookup per token per matcher (dozens of matchers
 * walk every note). Only lexicon words are numbered, so the table stops growing once the lexicons
 * are built.
 */
const START_WORDS = new Map<string, number>();
const tokenStartWords = new NoteMemo<readonly Token[], { words: number; ids: Int32Array }>('start words');

/** The start-word number of each token (0 when no phrase of any matcher starts with it). */
export function startWordIds(tokens: readonly Token[]): Int32Array {
  const known = tokenStartWords.get(tokens);
  // Numbers added since (a matcher built after the tokens were first read) are looked up again.
  if (known && known.words === START_WORDS.size && known.ids.length === tokens.length) return known.ids;
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) ids[i] = START_WORDS.get(tokens[i]!.norm) ?? 0;
  tokenStartWords.set(tokens, { words: START_WORDS.size, ids });
  return ids;
}

export class PhraseMatcher<P> {
  private readonly root: TrieNode<P> = { next: new Map(), payloads: null };
  private size = 0;
  /** Bit set over start-word numbers: the words some phrase of this matcher starts with. */
  private starts = new Uint32Array(0);

  add(phrase: string, payload: P): void {
    const key = phraseKey(phrase).filter((k) => !SKIPPED.has(k));
    if (key.length === 0) return;
    this.markStart(key[0]!);
    let node = this.root;
    for (const part of key) {
      let child = node.next.get(part);
      if (!child) node.next.set(part, (child = { next: new Map(), payloads: null }));
      node = child;
    }
    (node.payloads ??= []).push(payload);
    this.size++;
  }

  get count(): number {
    return this.size;
  }

  /**
   * Whether some phrase starts with this token: most tokens of a note start none, and scanners ask
   * this before walking (one map lookup instead of a call per token per scanner).
   */
  canStart(norm: string): boolean {
    return this.root.next.has(norm);
  }

  /** canStart for a token's start-word number (startWordIds): a bit test. */
  canStartWord(id: number): boolean {
    const word = id >>> 5;
    return word < this.starts.length && (this.starts[word]! & (1 << (id & 31))) !== 0;
  }

  private markStart(norm: string): void {
    let id = START_WORDS.get(norm);
    if (id === undefined) START_WORDS.set(norm, (id = START_WORDS.size + 1));
    const word = id >>> 5;
    if (word >= this.starts.length) {
      const grown = new Uint32Array(Math.max(word + 1, this.starts.length * 2));
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[word]! |= 1 << (id & 31);
  }

  /** Longest match starting at token `at`, not crossing token `limit` (exclusive). */
  matchAt(tokens: readonly Token[], at: number, limit = tokens.length): PhraseMatch<P> | null {
    const last = this.walk(tokens, at, limit, false);
    return last < 0 ? null : { first: at, last, payloads: this.longest!.payloads! };
  }

  /**
   * Every match starting at token `at`, shortest first, not crossing token `limit` (exclusive): the
   * nodes with payloads along one walk of the trie (the last is what `matchAt` returns). Lets one trie
   * holding many phrase lists (keyed payloads) answer for each list in a single walk.
   */
  matchesAt(tokens: readonly Token[], at: number, limit = tokens.length): readonly PhraseMatch<P>[] {
    this.along = null;
    this.walk(tokens, at, limit, true);
    const found = this.along ?? NONE;
    this.along = null;
    return found;
  }

  /** The last walk's longest phrase node (walk's own result slot: no object per call). */
  private longest: TrieNode<P> | null = null;
  /** The last collecting walk's matches, made at its first (most walks find none). */
  private along: PhraseMatch<P>[] | null = null;

  /**
   * One walk of the trie from token `at`: the last token of the longest phrase ending along it (-1
   * when none), its node left in `longest`, and, when `collect`, each phrase ending along the walk,
   * shortest first, in `along`. Hyphens inside a phrase are skipped; none starts one (none is a trie key).
   */
  private walk(tokens: readonly Token[], at: number, limit: number, collect: boolean): number {
    this.longest = null;
    if (at >= limit) return -1;
    const first = tokens[at];
    if (!first) return -1;
    const start = this.root.next.get(first.norm);
    if (!start) return -1;
    let node: TrieNode<P> = start;
    let best: TrieNode<P> | null = null;
    let bestLast = -1;
    if (node.payloads) {
      best = node;
      bestLast = at;
      if (collect) (this.along ??= []).push({ first: at, last: at, payloads: node.payloads });
    }
    for (let i = at + 1; i < limit; i++) {
      const norm = tokens[i]!.norm;
      const child: TrieNode<P> | undefined = node.next.get(norm);
      if (!child) {
        if (SKIPPED.has(norm)) continue;
        break;
      }
      node = child;
      if (node.payloads) {
        best = node;
        bestLast = i;
        if (collect) (this.along ??= []).push({ first: at, last: i, payloads: node.payloads });
      }
    }
    this.longest = best;
    return bestLast;
  }

  /**
   * All longest, non-overlapping matches in tokens[from, to), scanning left to right.
   * A match must start where a phrase can start; `boundary(i)` may forbid matches crossing token i.
   */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<P>[] {
    const out: PhraseMatch<P>[] = [];
    const words = startWordIds(tokens);
    let i = from;
    while (i < to) {
      const m = this.canStartWord(words[i]!) ? this.matchAt(tokens, i, to) : null;
      if (m) {
        out.push(m);
        i = m.last + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Whether some phrase matches in tokens[from, to) (findAll would find one), without collecting the matches. */
  someIn(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
    const words = startWordIds(tokens);
    for (let i = from; i < to; i++) if (this.canStartWord(words[i]!) && this.walk(tokens, i, to, false) >= 0) return true;
    return false;
  }

  /** Every match at every start (overlapping allowed): used where several readings compete. */
  findOverlapping(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<P>[] {
    const out: PhraseMatch<P>[] = [];
    const words = startWordIds(tokens);
    for (let i = from; i < to; i++) {
      const m = this.canStartWord(words[i]!) ? this.matchAt(tokens, i, to) : null;
      if (m) out.push(m);
    }
    return out;
  }
}
