/** Lints a note and returns the findings of one type, so value tests read as tables of text -> attributes. */
import { lint } from '../../../../src/engine/index.ts';
import type { Assertion, Finding, FindingOf, FindingType, LintOptions } from '../../../../src/engine/types.ts';

export function findingsOf<T extends FindingType>(text: string, type: T, options: LintOptions = {}): FindingOf<T>[] {
  return lint(text, options).findings.filter((f: Finding) => f.type === type) as unknown as FindingOf<T>[];
}

/** Present, certain and the patient's: `chronic` (longstanding, still present) does not count against it. */
export function affirmed(f: { assertion: Assertion }): boolean {
  const a = f.assertion;
  return !a.negated && !a.uncertain && !a.historical && !a.hypothetical && !a.family;
}
