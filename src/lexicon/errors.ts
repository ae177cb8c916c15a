/**
 * The lexicon build's error: every problem of every file at once, each naming the file, the field and
 * (when it has one) the entry, in the one line format of src/schema/issues.ts.
 */
import { formatIssue, type FieldIssue } from '../schema/issues.ts';

/** A problem in one lexicon file: `file` is the path from the project root ("lexicon/labs.yaml"). */
export type SchemaIssue = FieldIssue & { file: string };

export class LexiconError extends Error {
  constructor(readonly issues: SchemaIssue[]) {
    super(`lexicon has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` + issues.map((i) => `  ${formatIssue(i)}`).join('\n'));
    this.name = 'LexiconError';
  }
}
