/**
 * The rule contract: ESLint-style meta plus a check that reports through its context. The runner
 * (rules/index.ts) fills in rule id, kind, severity, sources and the message text, so a rule only
 * says what it found.
 */
import type { EvidenceResult } from '../../evidence.ts';
import type { QueryRequest } from '../../queries.ts';
import type { RuleInput } from '../../rule-input.ts';
import type { ChosenCode, DiagnosticKind, EvidenceRef, Severity, Span, SuggestedCode } from '../../types.ts';

export interface RuleMeta {
  id: string;
  kind: DiagnosticKind;
  /** Default severity; options.rules may change it. */
  severity: Severity;
  /** Chosen codes the rule is about; empty when it reads the whole note. */
  codes: string[];
  description: string;
  sources: string[];
  /** Message templates by id; `{name}` placeholders are filled from the report's data. */
  messages: Record<string, string>;
  /** The condition pack the rule belongs to (lexicon/packs/<pack>); absent means the weakness pack. */
  pack?: string;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** The chosen code the diagnostic is about, or null. */
  code: string | null;
  span: Span;
  evidence?: EvidenceRef[];
  suggestedCodes?: SuggestedCode[];
  documentationHint?: string | null;
  /**
   * What the provider query should quote (src/engine/queries.ts drafts it from lexicon/queries.yaml,
   * one query per clinical question per note); null when the kind calls for no query.
   */
  query?: QueryRequest | null;
}

export interface RuleContext extends RuleInput {
  report(report: Report): void;
  /** The chosen codes among `codes`, in chosen order. */
  chosen(codes: readonly string[]): ChosenCode[];
  /** Evidence predicate by id (src/engine/evidence.ts), evaluated once per note. */
  evidence(id: string): EvidenceResult;
  /** Where a diagnostic about a chosen code goes: the code in the note, else the first weakness/fatigue mention. */
  spanFor(code: ChosenCode): Span;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
