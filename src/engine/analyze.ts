/** Builds the Doc every stage reads: tokens, sections, sentences. */
import type { Doc } from './document.ts';
import type { CompiledLexicon } from './lexicon.ts';
import { splitSections } from './sections.ts';
import { splitSentences } from './sentences.ts';
import { tokenize, type Token } from '../text/tokens.ts';

/**
 * Dictated text spells some punctuation out ("12.8 comma this morning 7.6"): such a word token becomes
 * the mark it names, keeping its span, so value lists and clause breaks read as typed ones.
 */
function readSpokenMarks(tokens: Token[], lexicon: CompiledLexicon): Token[] {
  if (lexicon.spokenMarks.size === 0) return tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const mark = t.kind === 'word' ? lexicon.spokenMarks.get(t.norm) : undefined;
    if (mark !== undefined) tokens[i] = { ...t, kind: 'punct', norm: mark, upper: false };
  }
  return tokens;
}

export function analyze(text: string, lexicon: CompiledLexicon): Doc {
  const tokens = readSpokenMarks(tokenize(text), lexicon);
  const split = splitSections(text, tokens, lexicon);
  const sentences = splitSentences(text, tokens, split, lexicon);
  const sentenceOfToken = new Int32Array(tokens.length).fill(-1);
  for (const s of sentences) sentenceOfToken.fill(s.index, s.firstToken, s.endToken);
  return {
    text,
    tokens,
    sections: split.sections,
    sectionDefs: split.defs,
    sentences,
    sentenceOfToken,
    headerToken: split.headerToken,
  };
}
