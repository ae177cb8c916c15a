/** Builds the context one rule checks against, collecting its reports as diagnostics. */
import type { EvidenceResult } from '../../evidence/index.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { Doc } from '../../document.ts';
import { anchorSpan } from './anchors.ts';
import { refCovers } from './codes.ts';
import type { PendingQuery } from '../../queries.ts';
import type { RuleInput } from '../../rule-input.ts';
import type { ChosenCode, Diagnostic, Finding, LintOptions, Severity, Span } from '../../types.ts';
import type { Report, Rule, RuleContext, RuleMeta } from './define-rule.ts';
import { safeSuggestions } from './safe-suggestions.ts';
import { fillTemplate } from './template.ts';
import { uniqueBy } from './unique.ts';

const RAISED: Record<Severity, Severity> = { info: 'warning', warning: 'error', error: 'error' };

/**
 * One rule's context. A class with its behaviour on the prototype, the input's fields copied one by
 * one: every rule of every pack gets one per note, and an object literal spreading the input with
 * three fresh closures cost more than most rules' checks (V8 builds such a literal on a slow path).
 * No rule takes a method off the context (`const { report } = ctx`), so `this` is always the context.
 */
class Context implements RuleContext {
  readonly text: string;
  readonly doc: Doc;
  readonly findings: Finding[];
  readonly codes: ChosenCode[];
  readonly options: LintOptions;
  readonly lexicon: CompiledLexicon;
  readonly meta: RuleMeta;
  readonly evidence: (id: string) => EvidenceResult;
  private readonly input: RuleInput;
  private readonly severity: Severity;
  /** The user set this rule's level (options.rules): then every report has exactly that level. */
  private readonly levelChosen: boolean;
  private readonly out: Diagnostic[];
  private readonly queries: PendingQuery[];

  constructor(input: RuleInput, meta: RuleMeta, severity: Severity, levelChosen: boolean, evidence: (id: string) => EvidenceResult, out: Diagnostic[], queries: PendingQuery[]) {
    this.text = input.text;
    this.doc = input.doc;
    this.findings = input.findings;
    this.codes = input.codes;
    this.options = input.options;
    this.lexicon = input.lexicon;
    this.meta = meta;
    this.evidence = evidence;
    this.input = input;
    this.severity = severity;
    this.levelChosen = levelChosen;
    this.out = out;
    this.queries = queries;
  }

  // A family ("N17.-") covers its codes; a code names only itself (M62.81 is not M62.8).
  chosen(codes: readonly string[]): ChosenCode[] {
    return this.codes.filter((c) => codes.some((r) => r === c.code || (r.endsWith('-') && refCovers(r, c.code))));
  }

  spanFor(code: ChosenCode): Span {
    return code.start !== undefined && code.end !== undefined
      ? { start: code.start, end: code.end }
      : (anchorSpan(this.input, this.meta.pack, this.evidence) ?? { start: 0, end: 0 });
  }

  report(r: Report): void {
    const { meta, severity, levelChosen } = this;
    const template = meta.messages[r.messageId];
    if (template === undefined) throw new Error(`rule ${meta.id}: unknown messageId "${r.messageId}"`);
    const diagnostic: Diagnostic = {
      ruleId: meta.id,
      // A level the user chose is what every report of the rule has. At the rule's default level, a
      // kind's own severity for this finding applies, and `raise` (contradicting evidence, a missing
      // etiology code) lifts the level one step.
      severity: levelChosen ? severity : r.raise ? RAISED[severity] : (r.severity ?? severity),
      kind: meta.kind,
      code: r.code,
      message: fillTemplate(template, r.data ?? {}, meta.id),
      start: r.span.start,
      end: r.span.end,
      // A mention quoted by two parts of a rule's evidence (a lab value that is both the latest and part of the rise) once.
      evidence: uniqueBy(r.evidence ?? [], (e) => `${e.start}:${e.end}:${e.findingId}`),
      suggestedCodes: safeSuggestions(this.input, r.code, r.suggestedCodes ?? []),
      documentationHint: r.documentationHint ?? null,
      query: null,
      sources: [...meta.sources],
    };
    this.out.push(diagnostic);
    if (r.query) this.queries.push({ diagnostic, ruleId: meta.id, request: r.query });
  }
}

export function createContext(
  input: RuleInput,
  rule: Rule,
  severity: Severity,
  /** Whether `severity` is the user's choice (options.rules) rather than the rule's default. */
  levelChosen: boolean,
  evidence: (id: string) => EvidenceResult,
  out: Diagnostic[],
  /** Query requests, drafted once every rule has run (queries.ts: one query per question). */
  queries: PendingQuery[],
): RuleContext {
  return new Context(input, rule.meta, severity, levelChosen, evidence, out, queries);
}
