import type { LintOptions, LintResult } from './types.ts';

/** Placeholder until the pipeline lands: the result shape is final. */
export function lint(text: string, _options: LintOptions = {}): LintResult {
  return { version: 1, length: text.length, sections: [], sentences: [], findings: [], codes: [], checklists: [], diagnostics: [] };
}
