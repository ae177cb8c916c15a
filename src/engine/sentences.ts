/**
 * Sentence stage. Clinical notes break sentences with punctuation and with line breaks (lists,
 * templates, lab tables), so a line break ends a sentence unless the next line continues a
 * wrapped one (it starts lower case after a word or comma). Sections always end a sentence. Dictated
 * text ends sentences with spoken punctuation ("no distension period labs ...", "new paragraph"),
 * from lexicon/sections.yaml; a one-word end that is also a plain word ("menstrual period", "a period
 * of 3 weeks") is guarded by the words beside it.
 */
import type { DocSentence } from './document.ts';
import type { CompiledLexicon } from './lexicon.ts';
import type { SectionSplit } from './sections.ts';
import type { Token } from '../text/tokens.ts';

const TERMINAL = new Set(['.', '!', '?', '\u3002']);

function continuesLine(prev: Token, next: Token): boolean {
  if (next.kind !== 'word' || next.upper) return false;
  return prev.kind === 'word' || prev.norm === ',';
}

function isAllCaps(text: string, t: Token): boolean {
  const raw = text.slice(t.start, t.end);
  return raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

function endsSentenceAfter(text: string, tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const t = tokens[i]!;
  if (!TERMINAL.has(t.norm)) return false;
  const next = tokens[i + 1];
  if (!next) return true;
  if (!next.spaceBefore) return false; // "3.1", "e.g.", "U.S."
  if (t.norm !== '.') return true;
  const prev = tokens[i - 1];
  // "Dr. Smith", "approx. 3", "vs. stroke": the period belongs to an abbreviation.
  // An all-caps word is an acronym ("MS.", "ALS."), not an abbreviation such as "Ms." or "Dr.".
  if (prev && prev.end === t.start && prev.kind === 'word' && lex.abbreviations.has(prev.norm) && !isAllCaps(text, prev)) return false;
  // A lower-case continuation ("pt. reports") is not a new sentence.
  if (next.kind === 'word' && !next.upper && next.newlinesBefore === 0) return false;
  return true;
}

/** The token after a spoken sentence end that starts at `i` ("period", "new paragraph"), or -1. */
function spokenEndAfter(tokens: readonly Token[], i: number, lex: CompiledLexicon): number {
  const spoken = lex.spokenSentenceEnds;
  for (const words of spoken.phrases) {
    if (tokens[i]!.norm !== words[0]) continue;
    let k = 1;
    while (k < words.length && tokens[i + k]?.kind === 'word' && tokens[i + k]!.norm === words[k] && tokens[i + k]!.newlinesBefore === 0) k++;
    if (k < words.length) continue;
    if (words.length === 1) {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // A spoken end closes a dictated clause: it follows a word or number, never a header colon or a list mark.
      if (!prev || (prev.kind !== 'word' && prev.kind !== 'number') || spoken.notAfter.has(prev.norm)) return -1;
      if (next && next.newlinesBefore === 0 && (spoken.notBefore.has(next.norm) || next.kind === 'punct')) return -1;
    }
    return i + k;
  }
  return -1;
}

export function splitSentences(text: string, tokens: readonly Token[], split: SectionSplit, lex: CompiledLexicon): DocSentence[] {
  const sentences: DocSentence[] = [];
  let first = -1;
  const close = (endToken: number) => {
    if (first < 0 || endToken <= first) return;
    sentences.push({
      index: sentences.length,
      start: tokens[first]!.start,
      end: tokens[endToken - 1]!.end,
      firstToken: first,
      endToken,
      sectionIndex: split.sectionOfToken[first]!,
    });
    first = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (first >= 0) {
      const prev = tokens[i - 1]!;
      const newSection = split.sectionOfToken[i] !== split.sectionOfToken[i - 1];
      const headerEdge = split.headerToken[i] !== split.headerToken[i - 1];
      const lineBreak = t.newlinesBefore >= 2 || (t.newlinesBefore === 1 && !continuesLine(prev, t));
      if (newSection || headerEdge || lineBreak) close(i);
    }
    if (first < 0) first = i;
    if (endsSentenceAfter(text, tokens, i, lex)) close(i + 1);
    else if (tokens[i]!.kind === 'word') {
      const after = spokenEndAfter(tokens, i, lex);
      if (after > 0) {
        close(after);
        i = after - 1;
      }
    }
  }
  close(tokens.length);
  return sentences;
}
