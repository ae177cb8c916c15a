/**
 * The rule contract: ESLint-style meta plus a check that reports through its context. The meta is
 * pack data (lexicon/packs/<pack>/: id, kind, severity, codes, description, sources, messages, hints,
 * params); the check is a generic rule kind (rules/kinds/) configured by that data, or a custom rule
 * (rules/custom/<id>.ts) where data cannot say it. The runner fills in rule id, kind, severity,
 * sources and the message text, so a rule only says what it found.
 */
import type { RuleDef } from '../../../lexicon/pack-schema.ts';
import type { EvidenceResult } from '../../evidence/index.ts';
import type { NeedCheck } from '../../evidence/need-checks.ts';
import type { Need } from '../../evidence/needs.ts';
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
  /** The condition pack the rule belongs to (lexicon/packs/<pack>). */
  pack: string;
  /** The generic rule kind that runs it (rules/kinds/), or `custom` (rules/custom/<id>.ts). */
  ruleKind: RuleDef['kind'];
  /** Documentation hints by name (pack data). */
  hints: Record<string, string>;
  /** Data a custom rule reads (pack data `params`). */
  params: Record<string, unknown>;
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
  /** This finding's severity when it differs from the rule's default (an Excludes1 counterpart, a missing etiology code). */
  severity?: Severity;
  /** The note contradicts the code: one step above the rule's level. */
  raise?: boolean;
}

export interface RuleContext extends RuleInput {
  /** The running rule's meta (its pack data: hints, params, codes). */
  meta: RuleMeta;
  report(report: Report): void;
  /** The chosen codes among `codes`, in chosen order. */
  chosen(codes: readonly string[]): ChosenCode[];
  /** Evidence predicate by id (a pack's `evidence`, src/engine/evidence/selectors.ts), evaluated once per note. */
  evidence(id: string): EvidenceResult;
  /** Where a diagnostic about a chosen code goes: the code in the note, else the first finding of the pack's anchors. */
  spanFor(code: ChosenCode): Span;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
  /** What a note must hold for the check to report anything (support/rule-needs.ts); `true` when it may report on any note. */
  need: Need;
  /** `need` compiled: false when the note lacks it, and the check would report nothing. */
  mayReport: NeedCheck;
}

/** A custom rule's code: its id (= file name, = the pack data's rule id) and its check. */
export interface CustomRule {
  id: string;
  check(ctx: RuleContext): void;
}

export function defineRule(id: string, rule: { check(ctx: RuleContext): void }): CustomRule {
  return { id, check: rule.check };
}

export type RuleDefOf<K extends RuleDef['kind']> = Extract<RuleDef, { kind: K }>;

/** A generic rule kind: builds a rule's check from its pack data. */
export interface RuleKind<K extends Exclude<RuleDef['kind'], 'custom'>> {
  kind: K;
  build(def: RuleDefOf<K>): (ctx: RuleContext) => void;
}

export function defineKind<K extends Exclude<RuleDef['kind'], 'custom'>>(kind: K, build: (def: RuleDefOf<K>) => (ctx: RuleContext) => void): RuleKind<K> {
  return { kind, build };
}
