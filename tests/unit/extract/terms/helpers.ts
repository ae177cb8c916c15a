/** Shared helpers of the term extractor tests: lint a note and pick findings by type and text. */
import { lint } from '../../../../src/engine/index.ts';
import type { Finding, FindingOf, FindingType, LintOptions } from '../../../../src/engine/types.ts';

export function findingsOf<T extends FindingType>(text: string, type: T, options?: LintOptions): FindingOf<T>[] {
  return lint(text, options).findings.filter((f): f is FindingOf<T> & Finding => f.type === type) as FindingOf<T>[];
}

/** The one finding of `type` whose text contains `phrase` (case-insensitive); fails the test otherwise. */
export function findingWith<T extends FindingType>(text: string, type: T, phrase: string): FindingOf<T> {
  const all = findingsOf(text, type);
  const hits = all.filter((f) => f.text.toLowerCase().includes(phrase.toLowerCase()));
  if (hits.length !== 1) {
    throw new Error(`expected one ${type} finding containing "${phrase}" in ${JSON.stringify(text)}; got ${JSON.stringify(all.map((f) => f.text))}`);
  }
  return hits[0]!;
}

/** Present, certain and the patient's: `chronic` (longstanding, still present) does not count against it. */
export function isAffirmed(f: Finding): boolean {
  const a = f.assertion;
  return !a.negated && !a.uncertain && !a.historical && !a.hypothetical && !a.family;
}

/** Table rows of assertion cases: the note, the phrase, and the flag that must be set (or "affirmed"). */
export interface AssertionCase {
  text: string;
  phrase: string;
  expect: 'affirmed' | keyof Finding['assertion'] | 'none';
}
