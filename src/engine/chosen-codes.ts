// Placeholder: chosen-code reading lands with the rules work (issue 3).
import type { CompiledLexicon } from './lexicon.ts';
import type { ChosenCode, Finding, LintOptions } from './types.ts';
import type { Doc } from './document.ts';

export function chooseCodes(_doc: Doc, _findings: Finding[], _options: LintOptions, _lexicon: CompiledLexicon): ChosenCode[] {
  return [];
}
