/**
 * Phrase matcher: a trie over normalised tokens. Lexicon phrases are tokenized exactly like note
 * text, so "h/o", "4/5" or "K+" match as written. Hyphens are skipped on both sides, so
 * "right-sided" and "right sided" are the same phrase.
 */
import { phraseKey, type Token } from '../text/tokens.ts';

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

export class PhraseMatcher<P> {
  private readonly root: TrieNode<P> = { next: new Map(), payloads: null };
  private size = 0;

  add(phrase: string, payload: P): void {
    const key = phraseKey(phrase).filter((k) => !SKIPPED.has(k));
    if (key.length === 0) return;
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

  /** Longest match starting at token `at`, not crossing token `limit` (exclusive). */
  matchAt(tokens: readonly Token[], at: number, limit = tokens.length): PhraseMatch<P> | null {
    let node: TrieNode<P> | undefined = this.root;
    let best: PhraseMatch<P> | null = null;
    let i = at;
    const first = tokens[at];
    if (!first || SKIPPED.has(first.norm)) return null;
    while (i < limit) {
      const token = tokens[i]!;
      if (SKIPPED.has(token.norm) && i > at) {
        i++;
        continue;
      }
      node = node.next.get(token.norm);
      if (!node) break;
      if (node.payloads) best = { first: at, last: i, payloads: node.payloads };
      i++;
    }
    return best;
  }

  /**
   * Every match starting at token `at`, shortest first, not crossing token `limit` (exclusive): the
   * nodes with payloads along one walk of the trie (the last is what `matchAt` returns). Lets one trie
   * holding many phrase lists (keyed payloads) answer for each list in a single walk.
   */
  matchesAt(tokens: readonly Token[], at: number, limit = tokens.length): readonly PhraseMatch<P>[] {
    let node: TrieNode<P> | undefined = this.root;
    let out: PhraseMatch<P>[] | null = null;
    let i = at;
    const first = tokens[at];
    if (!first || SKIPPED.has(first.norm)) return NONE;
    while (i < limit) {
      const token = tokens[i]!;
      if (SKIPPED.has(token.norm) && i > at) {
        i++;
        continue;
      }
      node = node.next.get(token.norm);
      if (!node) break;
      if (node.payloads) (out ??= []).push({ first: at, last: i, payloads: node.payloads });
      i++;
    }
    return out ?? NONE;
  }

  /**
   * All longest, non-overlapping matches in tokens[from, to), scanning left to right.
   * A match must start where a phrase can start; `boundary(i)` may forbid matches crossing token i.
   */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<P>[] {
    const out: PhraseMatch<P>[] = [];
    let i = from;
    while (i < to) {
      const m = this.canStart(tokens[i]!.norm) ? this.matchAt(tokens, i, to) : null;
      if (m) {
        out.push(m);
        i = m.last + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Every match at every start (overlapping allowed): used where several readings compete. */
  findOverlapping(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<P>[] {
    const out: PhraseMatch<P>[] = [];
    for (let i = from; i < to; i++) {
      const m = this.canStart(tokens[i]!.norm) ? this.matchAt(tokens, i, to) : null;
      if (m) out.push(m);
    }
    return out;
  }
}
