/** What the rules, the chosen-code reader and the checklists see of a linted note. */
import type { Doc } from './document.ts';
import type { CompiledLexicon } from './lexicon.ts';
import type { ChosenCode, Finding, LintOptions } from './types.ts';

export interface RuleInput {
  text: string;
  doc: Doc;
  findings: Finding[];
  codes: ChosenCode[];
  options: LintOptions;
  lexicon: CompiledLexicon;
}
