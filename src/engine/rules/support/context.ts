/** Builds the context one rule checks against, collecting its reports as diagnostics. */
import { evaluateEvidence, isAffirmed, type EvidenceResult } from '../../evidence.ts';
import type { PendingQuery } from '../../queries.ts';
import type { RuleInput } from '../../rule-input.ts';
import type { ChosenCode, Diagnostic, Severity, Span } from '../../types.ts';
import type { Report, Rule, RuleContext } from './define-rule.ts';

function format(template: string, data: Record<string, string | number> = {}, ruleId: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in data)) throw new Error(`rule ${ruleId}: message placeholder {${name}} has no value`);
    return String(data[name]);
  });
}

/** Per-note cache of evidence results, shared by every rule of one lint run. */
export function evidenceCache(input: RuleInput): (id: string) => EvidenceResult {
  const cache = new Map<string, EvidenceResult>();
  return (id) => {
    let r = cache.get(id);
    if (!r) cache.set(id, (r = evaluateEvidence(id, input)));
    return r;
  };
}

export function firstSymptomSpan(input: RuleInput): Span | null {
  const f = input.findings.find((x) => (x.type === 'weakness' || x.type === 'fatigue') && isAffirmed(x));
  return f ? { start: f.start, end: f.end } : null;
}

export function createContext(
  input: RuleInput,
  rule: Rule,
  severity: Severity,
  evidence: (id: string) => EvidenceResult,
  out: Diagnostic[],
  /** Query requests, drafted once every rule has run (queries.ts: one query per question). */
  queries: PendingQuery[],
): RuleContext {
  const { meta } = rule;
  return {
    ...input,
    evidence,
    chosen: (codes) => input.codes.filter((c) => codes.includes(c.code)),
    spanFor: (code: ChosenCode) =>
      code.start !== undefined && code.end !== undefined
        ? { start: code.start, end: code.end }
        : (firstSymptomSpan(input) ?? { start: 0, end: 0 }),
    report(r: Report) {
      const template = meta.messages[r.messageId];
      if (template === undefined) throw new Error(`rule ${meta.id}: unknown messageId "${r.messageId}"`);
      const diagnostic: Diagnostic = {
        ruleId: meta.id,
        severity,
        kind: meta.kind,
        code: r.code,
        message: format(template, r.data, meta.id),
        start: r.span.start,
        end: r.span.end,
        evidence: r.evidence ?? [],
        suggestedCodes: r.suggestedCodes ?? [],
        documentationHint: r.documentationHint ?? null,
        query: null,
        sources: [...meta.sources],
      };
      out.push(diagnostic);
      if (r.query) queries.push({ diagnostic, ruleId: meta.id, request: r.query });
    },
  };
}
