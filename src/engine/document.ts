/**
 * The analysed note that every pipeline stage reads: tokens, sections and sentences of the
 * original text, plus the candidate findings the extractors propose before assertion.
 */
import type { SectionDef } from '../lexicon/types.ts';
import type { CompiledLexicon } from './lexicon.ts';
import type { Token } from '../text/tokens.ts';
import type { FindingAttributesByType, FindingType, LintOptions, Section } from './types.ts';

export interface DocSentence {
  index: number;
  start: number;
  end: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  /** Index into Doc.sections. */
  sectionIndex: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  sections: Section[];
  /** Lexicon definition of each section (null for the preamble or an unknown header). */
  sectionDefs: (SectionDef | null)[];
  sentences: DocSentence[];
  /** Sentence index of each token. */
  sentenceOfToken: Int32Array;
  /** Tokens that belong to a section header line: never findings. */
  headerToken: Uint8Array;
}

export interface Candidate<T extends FindingType = FindingType> {
  type: T;
  start: number;
  end: number;
  /** Token range [firstToken, endToken) of the candidate, for assertion scope. */
  firstToken: number;
  endToken: number;
  sentence: number;
  attributes: FindingAttributesByType[T];
}

export type AnyCandidate = { [T in FindingType]: Candidate<T> }[FindingType];

/** One extraction stage: proposes candidates; assertion and overlap resolution come after. */
export type Extractor = (doc: Doc, lexicon: CompiledLexicon, options: LintOptions) => AnyCandidate[];
