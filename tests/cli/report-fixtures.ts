/** Hand-made lint results for formatter tests: they pin the output formats without depending on the rules. */
import type { Diagnostic, LintResult } from '../../src/engine/types.ts';
import type { NoteReport } from '../../src/cli/lint-input.ts';

export function diagnostic(text: string, fragment: string, fields: Partial<Diagnostic> = {}): Diagnostic {
  const start = text.indexOf(fragment);
  if (start < 0) throw new Error(`fragment "${fragment}" not in text`);
  return {
    ruleId: 'objective-strength-required',
    severity: 'error',
    kind: 'lacking-evidence',
    code: 'M62.81',
    message: 'M62.81 needs a measured reduction of strength.',
    start,
    end: start + fragment.length,
    evidence: [],
    suggestedCodes: [],
    documentationHint: null,
    query: null,
    sources: ['seed 000'],
    ...fields,
  };
}

export function report(file: string, text: string, diagnostics: Diagnostic[], extra: Partial<LintResult> = {}): NoteReport {
  return {
    file,
    text,
    result: { version: 1, length: text.length, sections: [], sentences: [], findings: [], codes: [], checklists: [], diagnostics, ...extra },
  };
}
