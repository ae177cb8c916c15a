/**
 * Term scanning for the term extractors. One trie per finding type (so a longer phrase of one type
 * never hides a shorter one of another: "PT evaluation" is a setting and "PT" a referral), holding
 * the written terms, their build-time inflections, case-sensitive abbreviations and the type's
 * pseudo phrases. A pseudo phrase that is the longest match at a position swallows its span
 * ("weak pulses" is not weakness); an abbreviation matches only as written ("PT", not "pt").
 */
import type { Doc } from '../../document.ts';
import { PhraseMatcher, type PhraseMatch } from '../../matcher.ts';
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

  addTerm(phrase: string, payload: P, variants: readonly string[] = []): void {
    this.matcher.add(phrase, { kind: 'term', payload, exact: null });
    for (const v of variants) this.matcher.add(v, { kind: 'term', payload, exact: null });
  }

  addCaseSensitive(phrase: string, payload: P): void {
    this.matcher.add(phrase, { kind: 'term', payload, exact: compact(phrase) });
  }

  addPseudo(phrase: string): void {
    this.matcher.add(phrase, { kind: 'pseudo' });
  }

  /** Longest term matches in tokens [from, to), left to right, without overlaps. */
  scan(text: string, tokens: readonly Token[], from: number, to: number): TermMatch<P>[] {
    const out: TermMatch<P>[] = [];
    let i = from;
    while (i < to) {
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

  /** Matches inside every non-header sentence of the note. */
  scanDoc(doc: Doc): TermMatch<P>[] {
    const out: TermMatch<P>[] = [];
    for (const s of doc.sentences) {
      if (doc.headerToken[s.firstToken]) continue;
      for (const m of this.scan(doc.text, doc.tokens, s.firstToken, s.endToken)) out.push(m);
    }
    return out;
  }
}
