/**
 * Size classes the bench reports on. Generated notes are made to a class's target; notes read with
 * --corpus fall into the class whose length range holds them.
 */
export type SizeClassId = '0.5k' | '3k' | '10k' | '100k';

export interface SizeClass {
  id: SizeClassId;
  /** Characters a generated note of the class is grown to (it ends at the first sentence past this). */
  target: number;
  /** Notes generated for the class: enough for a p95 over several runs each. */
  count: number;
  /** Lint runs per note, and compromise parses per note (compromise is far slower). */
  lintRuns: number;
  compromiseRuns: number;
  /** Notes of --corpus with upper >= length > the previous class's upper belong here. */
  upper: number;
}

export const SIZE_CLASSES: readonly SizeClass[] = [
  { id: '0.5k', target: 500, count: 200, lintRuns: 20, compromiseRuns: 3, upper: 1_500 },
  { id: '3k', target: 3_000, count: 200, lintRuns: 10, compromiseRuns: 3, upper: 6_000 },
  { id: '10k', target: 10_000, count: 60, lintRuns: 10, compromiseRuns: 3, upper: 30_000 },
  { id: '100k', target: 100_000, count: 5, lintRuns: 10, compromiseRuns: 2, upper: 300_000 },
];

/** The class of a note of `length` characters, or null above the 100 k class (the 1 MB note). */
export function sizeClassOf(length: number): SizeClass | null {
  return SIZE_CLASSES.find((sizeClass) => length <= sizeClass.upper) ?? null;
}
