/** Builds the Doc every stage reads: tokens, sections, sentences. */
import type { Doc } from './document.ts';
import type { CompiledLexicon } from './lexicon.ts';
import { splitSections } from './sections.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from '../text/tokens.ts';

export function analyze(text: string, lexicon: CompiledLexicon): Doc {
  const tokens = tokenize(text);
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
