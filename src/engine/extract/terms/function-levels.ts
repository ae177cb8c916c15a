/**
 * How much help a function phrase takes when its own words do not say ("ambulates 150 ft with rolling
 * walker": assist; "ambulates 150 ft independently": independent): the `levels` cues of
 * lexicon/findings/function.yaml read right after the phrase, in its clause.
 */
import type { Doc } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { FunctionAttributes, FunctionLevel } from '../../types.ts';
import type { TermAttributeValue } from '../../../lexicon/types.ts';
import { sentenceAt } from './context-window.ts';
import { TermScanner } from './term-scanner.ts';

/** Tokens after the phrase in which a level cue may start ("ambulates 150 ft x2 with RW"). */
const LEVEL_REACH = 4;
const CLAUSE_STOPS = new Set(['.', ';', ',', '|']);
const LEVELS = new Set<string>(['independent', 'assist', 'total']);

const cache = new WeakMap<CompiledLexicon, TermScanner<FunctionLevel>>();

function levelScanner(lexicon: CompiledLexicon): TermScanner<FunctionLevel> {
  let scanner = cache.get(lexicon);
  if (scanner) return scanner;
  scanner = new TermScanner<FunctionLevel>();
  for (const file of lexicon.data.findings) {
    if (file.type !== 'function') continue;
    for (const cue of file.levels ?? []) {
      for (const p of cue.phrases) scanner.addTerm(p, cue.level);
      for (const p of cue.caseSensitive ?? []) scanner.addCaseSensitive(p, cue.level);
    }
  }
  cache.set(lexicon, scanner);
  return scanner;
}

/** The level cue that starts within reach after token `last`, in its clause; null when none. */
export function levelAfter(doc: Doc, lexicon: CompiledLexicon, last: number): FunctionLevel | null {
  const s = sentenceAt(doc, last);
  let to = last + 1;
  while (to < s.endToken && to <= last + LEVEL_REACH && !CLAUSE_STOPS.has(doc.tokens[to]!.norm)) to++;
  if (to === last + 1) return null;
  // The cue may run past the reach ("with a rolling walker"), not past the clause.
  let end = to;
  while (end < s.endToken && end < to + 4 && !CLAUSE_STOPS.has(doc.tokens[end]!.norm)) end++;
  const hit = levelScanner(lexicon).scan(doc.text, doc.tokens, last + 1, end).find((m) => m.first < to);
  return hit ? hit.payload : null;
}

/** Function attributes from an entry's or activity's data, with the level read after the phrase when the data gives none. */
export function functionAttributes(
  doc: Doc,
  lexicon: CompiledLexicon,
  last: number,
  domain: string,
  data: { level?: TermAttributeValue | undefined; mobility?: TermAttributeValue | undefined },
): FunctionAttributes {
  const level = typeof data.level === 'string' && LEVELS.has(data.level) ? (data.level as FunctionLevel) : levelAfter(doc, lexicon, last);
  return { domain, ...(level ? { level } : {}), ...(data.mobility === true ? { mobility: true as const } : {}) };
}
