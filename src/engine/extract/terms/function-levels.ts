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

/** First words of a phrase that says the patient cannot do something ("unable to walk", "does not ambulate"). */
const INABILITY = new Set(['unable', 'cannot', "can't", 'can', 'not', 'does', 'non', 'nonambulatory']);
/** Words after an inability that make it conditional: "cannot walk without 2 assist", "unable to stand w/o help". */
const UNAIDED = new Set(['without', 'unless', 'except']);
/** Words of the assist cues that say nothing of help by themselves. */
const FILLER = new Set(['with', 'a', 'an', 'the', 'of', 'by', 'use']);
/** How far after "without" the help may be named ("without the help of 2 staff"). */
const HELP_REACH = 3;

interface Levels {
  scanner: TermScanner<FunctionLevel>;
  /** Lower-case words of the assist cues that name help or a device ("assist", "walker", "cga"). */
  helpWords: Set<string>;
}

const cache = new WeakMap<CompiledLexicon, Levels>();

function levelsOf(lexicon: CompiledLexicon): Levels {
  let levels = cache.get(lexicon);
  if (levels) return levels;
  const scanner = new TermScanner<FunctionLevel>();
  const helpWords = new Set<string>();
  for (const file of lexicon.data.findings) {
    if (file.type !== 'function') continue;
    for (const cue of file.levels ?? []) {
      for (const p of cue.phrases) scanner.addTerm(p, cue.level);
      for (const p of cue.caseSensitive ?? []) scanner.addCaseSensitive(p, cue.level);
      if (cue.level !== 'assist') continue;
      for (const p of [...cue.phrases, ...(cue.caseSensitive ?? [])]) {
        for (const w of p.toLowerCase().split(/[\s-]+/)) if (w && !FILLER.has(w) && !/\d/.test(w)) helpWords.add(w);
      }
    }
  }
  levels = { scanner, helpWords };
  cache.set(lexicon, levels);
  return levels;
}

function levelScanner(lexicon: CompiledLexicon): TermScanner<FunctionLevel> {
  return levelsOf(lexicon).scanner;
}

/**
 * An inability that names what it takes right after it ("cannot walk without 2 assist", "unable to
 * ambulate w/o walker") is not dependence: the patient does it with that help. 'assist' when the
 * words after "without" name help or a device, 'none' when they name something else ("without
 * pain"), null when no such clause follows.
 */
function unaidedAfter(doc: Doc, lexicon: CompiledLexicon, last: number): 'assist' | 'none' | null {
  const s = sentenceAt(doc, last);
  const t = doc.tokens;
  let next = last + 1;
  if (next >= s.endToken) return null;
  // "w/o" is three tokens.
  if (t[next]!.norm === 'w' && t[next + 1]?.norm === '/' && t[next + 2]?.norm === 'o' && next + 2 < s.endToken) next += 2;
  else if (!UNAIDED.has(t[next]!.norm)) return null;
  const { helpWords } = levelsOf(lexicon);
  for (let k = next + 1; k < s.endToken && k <= next + HELP_REACH; k++) {
    const norm = t[k]!.norm;
    if (CLAUSE_STOPS.has(norm)) break;
    if (helpWords.has(norm)) return 'assist';
  }
  return 'none';
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
  first: number,
  last: number,
  domain: string,
  data: { level?: TermAttributeValue | undefined; mobility?: TermAttributeValue | undefined },
): FunctionAttributes {
  let level = typeof data.level === 'string' && LEVELS.has(data.level) ? (data.level as FunctionLevel) : levelAfter(doc, lexicon, last);
  if (level === 'total' && INABILITY.has(doc.tokens[first]!.norm)) {
    const unaided = unaidedAfter(doc, lexicon, last);
    if (unaided) level = unaided === 'assist' ? 'assist' : null;
  }
  return { domain, ...(level ? { level } : {}), ...(data.mobility === true ? { mobility: true as const } : {}) };
}
