/**
 * Note and section authors (lexicon/findings/author.yaml), read only from header lines: a role or note
 * title at the start of a line ("RD note 3/4:", "Nursing note", "Progress Note - Hospitalist",
 * "Dietitian:", "Provider A/P:") or in parentheses ending a short header line ("Nutrition Assessment
 * (RD)", "Assessment (RD):"). A role word inside prose ("discussed with nursing", "PT to see") names no
 * author. Which text a header covers is src/engine/evidence/authors.ts's to say.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { AuthorAttributes, AuthorRole } from '../../types.ts';
import type { TermEntry } from '../../../lexicon/types.ts';
import { termCandidate } from './context-window.ts';
import { scannerFor } from './scanners.ts';
import { TermScanner } from './term-scanner.ts';
import type { CompiledLexicon } from '../../lexicon.ts';

const LEADING_MARKUP = new Set(['#', '*', '_', '-', '•', '·', '>', '=', '[', '|']);
const TRAILING_MARKUP = new Set(['*', '_', '#', ']']);
/** What may follow a header's role or title on its line. */
const HEADER_PUNCT = new Set([':', '-', '\u2013', '\u2014', '|', '(', ',', '/']);
/** Most words between the role and the line's colon ("Provider A/P:", "Nursing note day 2:"). */
const WORDS_BEFORE_COLON = 3;
/** Longest header line that may end in a parenthesised role ("Nutrition Assessment (RD)"). */
const SHORT_LINE = 8;

const referenceCache = new WeakMap<CompiledLexicon, TermScanner<true>>();

/** The author file's reference words ("reviewed", "appreciated"), one scanner per lexicon. */
function referenceWords(lexicon: CompiledLexicon): TermScanner<true> {
  let scanner = referenceCache.get(lexicon);
  if (scanner) return scanner;
  scanner = new TermScanner<true>();
  for (const file of lexicon.data.findings) if (file.type === 'author') for (const p of file.author?.referenceWords ?? []) scanner.addTerm(p, true);
  referenceCache.set(lexicon, scanner);
  return scanner;
}

/**
 * The title is mentioned, not heading its text: a reference word follows it on its line before any
 * colon ("RD note 12/2 reviewed: wt 60.5 kg" in a hospitalist's note, "PT eval appreciated").
 */
function mentionsNote(doc: Doc, references: TermScanner<true>, after: number, end: number): boolean {
  let colon = after;
  while (colon < end && doc.tokens[colon]!.norm !== ':') colon++;
  return colon > after && references.scan(doc.text, doc.tokens, after, colon).length > 0;
}

function lineEnd(doc: Doc, from: number): number {
  let i = from + 1;
  while (i < doc.tokens.length && doc.tokens[i]!.newlinesBefore === 0) i++;
  return i;
}

/** The match of `scanner` that starts exactly at token i, within [i, end). */
function matchAt(doc: Doc, scanner: TermScanner<TermEntry>, i: number, end: number) {
  return scanner.matchStartingAt(doc.text, doc.tokens, i, end);
}

/** After the role, the line ends, a header mark follows, or a colon after a few words. */
function endsHeader(doc: Doc, after: number, end: number): boolean {
  let k = after;
  while (k < end && TRAILING_MARKUP.has(doc.tokens[k]!.norm)) k++;
  if (k === end) return true;
  const t = doc.tokens[k]!;
  if (HEADER_PUNCT.has(t.norm) || t.kind === 'number') return true;
  for (let w = 0; k < end && w <= WORDS_BEFORE_COLON; k++, w++) if (doc.tokens[k]!.norm === ':') return true;
  return false;
}

/** "( role )" closing the line (a colon may follow): "Nutrition Assessment (RD)". */
function parenthesisedRole(doc: Doc, scanner: TermScanner<TermEntry>, start: number, end: number) {
  if (end - start > SHORT_LINE) return null;
  let close = end - 1;
  if (doc.tokens[close]!.norm === ':') close--;
  if (doc.tokens[close]?.norm !== ')') return null;
  let open = close - 1;
  while (open > start && doc.tokens[open]!.norm !== '(') open--;
  if (open <= start || doc.tokens[open]!.norm !== '(') return null;
  const m = matchAt(doc, scanner, open + 1, close);
  return m && m.last === close - 1 ? m : null;
}

/** The header's line holds nothing after it but its title words: no colon with text after it. */
function standsAlone(doc: Doc, after: number, end: number): boolean {
  for (let k = after; k < end; k++) if (doc.tokens[k]!.norm === ':') return k === end - 1;
  return true;
}

/**
 * A note title covers the note. Before the first section header, a bare role covers the note when it
 * opens the note ("RD: ..." on the first line) or heads it on a line of its own ("Dietitian:",
 * "Cardiology/Medicine progress note"). A bare role with its text after a colon further down heads
 * only its own part: "Nutrition (RD consult 11/21): wt ..." quoted in a provider's discharge summary
 * does not make the provider's diagnoses the dietitian's.
 */
function attributesOf(doc: Doc, entry: TermEntry, token: number, headsNote: boolean): AuthorAttributes {
  const role = entry.attributes.role as AuthorRole;
  const sentence = doc.sentences[doc.sentenceOfToken[token]!]!;
  const inPreamble = doc.sections[sentence.sectionIndex]?.id === 'preamble';
  return { role, scope: entry.attributes.title === true || (inPreamble && headsNote) ? 'note' : 'section' };
}

export const extractAuthors: Extractor = (doc, lexicon) => {
  const scanner = scannerFor(lexicon, 'author');
  const references = referenceWords(lexicon);
  const out: AnyCandidate[] = [];
  let i = 0;
  while (i < doc.tokens.length) {
    const end = lineEnd(doc, i);
    let j = i;
    while (j < end && LEADING_MARKUP.has(doc.tokens[j]!.norm)) j++;
    const m = j < end ? matchAt(doc, scanner, j, end) : null;
    // A role before a note title is the title's qualifier: "RD NUTRITION ASSESSMENT", "Hospitalist H&P".
    const titled = m && m.last + 1 < end ? matchAt(doc, scanner, m.last + 1, end) : null;
    const title = titled && titled.payload.attributes.title === true && endsHeader(doc, titled.last + 1, end) && !mentionsNote(doc, references, titled.last + 1, end) ? titled : null;
    const hit = m && endsHeader(doc, m.last + 1, end) && !mentionsNote(doc, references, m.last + 1, end) ? m : title ? { ...title, first: m!.first } : parenthesisedRole(doc, scanner, i, end);
    if (hit && doc.sentenceOfToken[hit.first]! >= 0) {
      out.push(termCandidate(doc, 'author', hit.first, hit.last, attributesOf(doc, hit.payload, hit.first, i === 0 || standsAlone(doc, hit.last + 1, end))));
    }
    i = end;
  }
  return out;
};
