/**
 * Work the rules share within one linted note, done once: a rule that asks the same question of
 * every finding (is its sentence about the past? which concepts are past?) would otherwise rescan
 * the sentence or all findings per finding, and a note of thousands of findings in one long
 * sentence would take quadratic time.
 */
import type { Doc } from '../../document.ts';
import type { PhraseMatch, PhraseMatcher } from '../../matcher.ts';
import type { RuleInput } from '../../rule-input.ts';
import type { Finding } from '../../types.ts';
import { NoteMemo } from '../../note-memo.ts';

/**
 * `compute` memoised per note. The key is the note's findings array: lint() makes one per call and
 * no stage changes it once the rules run, while each rule sees its own context object.
 */
export function perNote<T>(compute: (input: RuleInput) => T): (input: RuleInput) => T {
  const cache = new NoteMemo<readonly Finding[], { value: T }>(compute.name || 'per note');
  return (input) => {
    let entry = cache.get(input.findings);
    if (!entry) cache.set(input.findings, (entry = { value: compute(input) }));
    return entry.value;
  };
}

const sentenceMatchCache = new NoteMemo<Doc, Map<PhraseMatcher<unknown>, PhraseMatch<unknown>[][]>>('sentence matches');

/** The longest non-overlapping matches of `matcher` in sentence `index` of the note, scanned once per sentence. */
export function sentenceMatches<P>(doc: Doc, matcher: PhraseMatcher<P>, index: number): PhraseMatch<P>[] {
  const s = doc.sentences[index];
  if (!s) return [];
  let byMatcher = sentenceMatchCache.get(doc);
  if (!byMatcher) sentenceMatchCache.set(doc, (byMatcher = new Map()));
  let bySentence = byMatcher.get(matcher as PhraseMatcher<unknown>) as PhraseMatch<P>[][] | undefined;
  if (!bySentence) byMatcher.set(matcher as PhraseMatcher<unknown>, (bySentence = []));
  return (bySentence[index] ??= matcher.findAll(doc.tokens, s.firstToken, s.endToken));
}

/** The sentence of `f` puts a condition in the past ("history of", "s/p", "2 years ago": lexicon historyCues). */
export function historyWording(input: RuleInput, f: Finding): boolean {
  return sentenceMatches(input.doc, input.lexicon.historyCues, f.sentence).length > 0;
}
