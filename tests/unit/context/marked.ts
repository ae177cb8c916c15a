/**
 * Test sentences mark their target in brackets: "Denies [fever], chills." -> the text without the
 * brackets and the target's offsets. Expectations list only the flags that must be true.
 */
import { assertSpan } from '../../../src/engine/assertion/assert.ts';
import type { Assertion, AssertionCategory } from '../../../src/engine/types.ts';

export interface MarkedCase {
  text: string;
  /** Flags that must be set; every other flag must be false. */
  expect: AssertionCategory[];
}

export function unmark(marked: string): { text: string; start: number; end: number } {
  const open = marked.indexOf('[');
  const close = marked.indexOf(']', open);
  if (open < 0 || close < 0) throw new Error(`no [target] in ${JSON.stringify(marked)}`);
  const text = marked.slice(0, open) + marked.slice(open + 1, close) + marked.slice(close + 1);
  return { text, start: open, end: close - 1 };
}

export function assertMarked(marked: string): Assertion {
  const { text, start, end } = unmark(marked);
  return assertSpan(text, start, end);
}

export function expected(flags: readonly AssertionCategory[]): Assertion {
  return {
    negated: flags.includes('negated'),
    uncertain: flags.includes('uncertain'),
    historical: flags.includes('historical'),
    hypothetical: flags.includes('hypothetical'),
    family: flags.includes('family'),
    chronic: flags.includes('chronic'),
  };
}
