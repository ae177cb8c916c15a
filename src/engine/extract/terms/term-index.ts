/**
 * The finding types' term scanners (and the diagnoses') share one keyed trie, so a note's sentences
 * are walked once for all of them instead of once per type: a TermScanner built with an index adds
 * its phrases to it under its own key, and its whole-note and whole-sentence scans read the note's
 * one walk (KeyedTermScanner gives each key exactly what its own scan would find). The walk is made
 * the first time any member asks about a note and kept with the note.
 */
import type { Doc, DocSentence } from '../../document.ts';
import { firstIndexReaching } from '../../sorted.ts';
import { KeyedTermScanner, type KeyedTermMatch } from './term-scanner.ts';
import { NoteMemo } from '../../note-memo.ts';

interface NoteWalk {
  /** Keys when the walk was made: a member added later (built lazily) needs a new walk. */
  keys: number;
  /** Each key's matches in every sentence, header lines included, in text order. */
  all: KeyedTermMatch<unknown>[][];
  /** Each key's matches outside header lines, made when first asked. */
  body: (KeyedTermMatch<unknown>[] | undefined)[];
}

const NONE: readonly KeyedTermMatch<unknown>[] = [];

export class TermIndex {
  private readonly scanner = new KeyedTermScanner<unknown>();
  private readonly walks = new NoteMemo<Doc, NoteWalk>('term walk');

  addKey(): number {
    return this.scanner.addKey();
  }

  addTerm(key: number, phrase: string, payload: unknown): void {
    this.scanner.addTerm(key, phrase, payload);
  }

  addCaseSensitive(key: number, phrase: string, payload: unknown): void {
    this.scanner.addCaseSensitive(key, phrase, payload);
  }

  addPseudo(key: number, phrase: string): void {
    this.scanner.addPseudo(key, phrase);
  }

  /** Key `key`'s matches in the note's sentences that are not section-header lines. */
  bodyMatches(doc: Doc, key: number): readonly KeyedTermMatch<unknown>[] {
    const walk = this.walkOf(doc);
    return (walk.body[key] ??= (walk.all[key] ?? []).filter((m) => !doc.headerToken[doc.sentences[m.sentence]!.firstToken]));
  }

  /** Key `key`'s matches in one sentence (a header line too), in text order. */
  sentenceMatches(doc: Doc, key: number, sentence: DocSentence): readonly KeyedTermMatch<unknown>[] {
    const all = this.walkOf(doc).all[key];
    if (!all) return NONE;
    // Matches are in text order, so their sentences ascend: the sentence's run starts at the first not before it.
    const lo = firstIndexReaching(all, (m) => m.sentence >= sentence.index);
    let end = lo;
    while (end < all.length && all[end]!.sentence === sentence.index) end++;
    return end === lo ? NONE : all.slice(lo, end);
  }

  private walkOf(doc: Doc): NoteWalk {
    let walk = this.walks.get(doc);
    if (!walk || walk.keys !== this.scanner.keys) {
      const all: KeyedTermMatch<unknown>[][] = [];
      for (const m of this.scanner.scanDoc(doc, true)) (all[m.key] ??= []).push(m);
      this.walks.set(doc, (walk = { keys: this.scanner.keys, all, body: [] }));
    }
    return walk;
  }
}
