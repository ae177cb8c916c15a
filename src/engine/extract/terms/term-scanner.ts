/**
 * Term scanning for the term extractors. One trie per finding type (so a longer phrase of one type
 * never hides a shorter one of another: "PT evaluation" is a setting and "PT" a referral), holding
 * the written terms, their build-time inflections, case-sensitive abbreviations and the type's
 * pseudo phrases. A pseudo phrase that is the longest match at a position swallows its span
 * ("weak pulses" is not weakness); an abbreviation matches only as written ("PT", not "pt").
 */
import type { Doc, DocSentence } from '../../document.ts';
import type { TermIndex } from './term-index.ts';
import { PhraseMatcher, startWordIds, type PhraseMatch } from '../../matcher.ts';
import type { Token } from '../../../text/tokens.ts';

type Hit<P> = { kind: 'term'; payload: P; exact: string | null } | { kind: 'pseudo' };

export interface TermMatch<P> {
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  payload: P;
}

// Case-sensitive terms compare the written text with spaces and hyphens removed, the same
// equivalence the phrase matcher applies to tokens.
const SPACING = /[\s\-\u2010\u2011\u2013]+/g;
const compact = (s: string) => s.replace(SPACING, '');

export class TermScanner<P> {
  private readonly matcher = new PhraseMatcher<Hit<P>>();
  /** The shared index this scanner's whole-note and whole-sentence scans read, and its key there. */
  private readonly shared: { index: TermIndex; key: number } | null;

  /** With an index, the scanner's phrases also join it and scanDoc / scanSentence read the note's one walk. */
  constructor(index?: TermIndex) {
    this.shared = index ? { index, key: index.addKey() } : null;
  }

  addTerm(phrase: string, payload: P, variants: readonly string[] = []): void {
    for (const p of [phrase, ...variants]) {
      this.matcher.add(p, { kind: 'term', payload, exact: null });
      this.shared?.index.addTerm(this.shared.key, p, payload);
    }
  }

  addCaseSensitive(phrase: string, payload: P): void {
    this.matcher.add(phrase, { kind: 'term', payload, exact: compact(phrase) });
    this.shared?.index.addCaseSensitive(this.shared.key, phrase, payload);
  }

  addPseudo(phrase: string): void {
    this.matcher.add(phrase, { kind: 'pseudo' });
    this.shared?.index.addPseudo(this.shared.key, phrase);
  }

  /** Longest term matches in tokens [from, to), left to right, without overlaps. */
  scan(text: string, tokens: readonly Token[], from: number, to: number): TermMatch<P>[] {
    const out: TermMatch<P>[] = [];
    // A scanner without phrases (a type the lexicon has no file for) has nothing to walk for.
    if (this.matcher.count === 0) return out;
    const words = startWordIds(tokens);
    let i = from;
    while (i < to) {
      if (!this.matcher.canStartWord(words[i]!)) {
        i++;
        continue;
      }
      const hit = this.matchAt(text, tokens, i, to);
      if (hit === null) {
        i++;
        continue;
      }
      if (hit.payload !== null) out.push({ first: hit.first, last: hit.last, payload: hit.payload });
      i = hit.last + 1;
    }
    return out;
  }

  /**
   * The term match starting at token i, not crossing token `to`, as `scan` would report it when its
   * scan reaches i (null when none starts there, or a pseudo phrase swallows the span). For callers
   * that ask about one position: no array per question.
   */
  matchStartingAt(text: string, tokens: readonly Token[], i: number, to: number): TermMatch<P> | null {
    if (i >= to || !this.matcher.canStart(tokens[i]!.norm)) return null;
    const hit = this.matchAt(text, tokens, i, to);
    return hit === null || hit.payload === null ? null : { first: hit.first, last: hit.last, payload: hit.payload };
  }

  /** The longest acceptable match at token i; payload null for a pseudo phrase, which swallows its span. */
  private matchAt(text: string, tokens: readonly Token[], i: number, to: number): { first: number; last: number; payload: P | null } | null {
    let m: PhraseMatch<Hit<P>> | null = this.matcher.matchAt(tokens, i, to);
    while (m) {
      if (m.payloads.some((p) => p.kind === 'pseudo')) return { first: m.first, last: m.last, payload: null };
      const written = compact(text.slice(tokens[m.first]!.start, tokens[m.last]!.end));
      for (const p of m.payloads) {
        if (p.kind === 'term' && (p.exact === null || written === p.exact)) return { first: m.first, last: m.last, payload: p.payload };
      }
      // Only case-sensitive terms end here and the case differs: try the next shorter match.
      m = m.last > i ? this.matcher.matchAt(tokens, i, m.last) : null;
    }
    return null;
  }

  /** Matches inside one whole sentence of the note (as scan over its tokens). */
  scanSentence(doc: Doc, sentence: DocSentence): readonly TermMatch<P>[] {
    if (this.shared) return this.shared.index.sentenceMatches(doc, this.shared.key, sentence) as readonly KeyedTermMatch<P>[];
    return this.scan(doc.text, doc.tokens, sentence.firstToken, sentence.endToken);
  }

  /** Matches inside every non-header sentence of the note. */
  scanDoc(doc: Doc): readonly TermMatch<P>[] {
    if (this.shared) return this.shared.index.bodyMatches(doc, this.shared.key) as readonly KeyedTermMatch<P>[];
    const out: TermMatch<P>[] = [];
    for (const s of doc.sentences) {
      if (doc.headerToken[s.firstToken]) continue;
      for (const m of this.scan(doc.text, doc.tokens, s.firstToken, s.endToken)) out.push(m);
    }
    return out;
  }
}

type KeyedHit<P> = { key: number; kind: 'term'; exact: string | null; payload: P } | { key: number; kind: 'pseudo' };

/** A match of key `key`: token range [first, last] inclusive, in sentence `sentence`, with its term's payload. */
export interface KeyedTermMatch<P = undefined> {
  key: number;
  first: number;
  last: number;
  sentence: number;
  payload: P;
}

/**
 * Many TermScanners in one trie, so a note is walked once whatever their number (the finding types'
 * terms, the packs' term sets). Each key has its own terms, case-sensitive terms and pseudo phrases
 * and gets exactly what a TermScanner of its own would find: its longest match at each token, a
 * pseudo phrase of that key swallowing its span, a case-sensitive term that differs in case giving
 * way to a shorter match of the key, its matches never overlapping one another, the payload of its
 * first term (in the order added) at the chosen match. Matches of different keys may overlap.
 */
export class KeyedTermScanner<P = undefined> {
  private readonly matcher = new PhraseMatcher<KeyedHit<P>>();
  private keyCount = 0;

  /** A new key (0, 1, 2, ...). */
  addKey(): number {
    return this.keyCount++;
  }

  get keys(): number {
    return this.keyCount;
  }

  addTerm(key: number, phrase: string, ...payload: P extends undefined ? [] : [P]): void {
    this.matcher.add(phrase, { key, kind: 'term', exact: null, payload: payload[0] as P });
  }

  addCaseSensitive(key: number, phrase: string, ...payload: P extends undefined ? [] : [P]): void {
    this.matcher.add(phrase, { key, kind: 'term', exact: compact(phrase), payload: payload[0] as P });
  }

  addPseudo(key: number, phrase: string): void {
    this.matcher.add(phrase, { key, kind: 'pseudo' });
  }

  /**
   * Every key's matches inside the note's sentences (not its section-header lines unless
   * `withHeaders`), by start token (at one token, the longer first): one trie walk per token. A key's
   * own matches are in text order.
   */
  scanDoc(doc: Doc, withHeaders = false): KeyedTermMatch<P>[] {
    const out: KeyedTermMatch<P>[] = [];
    // Where each key's own scan would look next: a key's match hides the tokens it covers from that key only.
    const resume = new Int32Array(this.keyCount);
    const words = startWordIds(doc.tokens);
    for (const s of doc.sentences) {
      if (!withHeaders && doc.headerToken[s.firstToken]) continue;
      for (let i = s.firstToken; i < s.endToken; i++) {
        if (this.matcher.canStartWord(words[i]!)) this.matchAt(doc.text, doc.tokens, i, s.endToken, s.index, resume, out);
      }
    }
    return out;
  }

  /** Decides at token i every key whose scan is at i: longest of its matches first, as TermScanner.matchAt. */
  private matchAt(text: string, tokens: readonly Token[], i: number, to: number, sentence: number, resume: Int32Array, out: KeyedTermMatch<P>[]): void {
    const path = this.matcher.matchesAt(tokens, i, to);
    for (let n = path.length - 1; n >= 0; n--) {
      const m = path[n]!;
      for (const p of m.payloads) if (p.kind === 'pseudo' && resume[p.key]! <= i) resume[p.key] = m.last + 1;
      let written: string | undefined;
      for (const p of m.payloads) {
        if (p.kind !== 'term' || resume[p.key]! > i) continue;
        if (p.exact !== null && p.exact !== (written ??= compact(text.slice(tokens[m.first]!.start, tokens[m.last]!.end)))) continue;
        resume[p.key] = m.last + 1;
        out.push({ key: p.key, first: m.first, last: m.last, sentence, payload: p.payload });
      }
    }
  }
}
