/** Builds the context one rule checks against, collecting its reports as diagnostics. */
import { evaluateEvidence, type EvidenceResult } from '../../evidence/index.ts';
import { anchorSpan } from './anchors.ts';
import { refCovers } from './codes.ts';
import type { PendingQuery } from '../../queries.ts';
import type { RuleInput } from '../../rule-input.ts';
import type { ChosenCode, Diagnostic, Severity } from '../../types.ts';
import type { Report, Rule, RuleContext } from './define-rule.ts';
import { safeSuggestions } from './safe-suggestions.ts';
import { fillTemplate } from './template.ts';

/** Per-note cache of evidence results, shared by every rule of one lint run. */
export function evidenceCache(input: RuleInput): (id: string) => EvidenceResult {
  const cache = new Map<string, EvidenceResult>();
  const get = (id: string): EvidenceResult => {
    let r = cache.get(id);
    if (!r) cache.set(id, (r = evaluateEvidence(id, input, get)));
    return r;
  };
  return get;
}

const RAISED: Record<Severity, Severity> = { info: 'warning', warning: 'error', error: 'error' };

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
  const atDefault = severity === meta.severity;
  return {
    ...input,
    meta,
    evidence,
    // A family ("N17.-") covers its codes; a code names only itself (M62.81 is not M62.8).
    chosen: (codes) => input.codes.filter((c) => codes.some((r) => r === c.code || (r.endsWith('-') && refCovers(r, c.code)))),
    spanFor: (code: ChosenCode) =>
      code.start !== undefined && code.end !== undefined
        ? { start: code.start, end: code.end }
        : (anchorSpan(input, meta.pack, evidence) ?? { start: 0, end: 0 }),
    report(r: Report) {
      const template = meta.messages[r.messageId];
      if (template === undefined) throw new Error(`rule ${meta.id}: unknown messageId "${r.messageId}"`);
      const diagnostic: Diagnostic = {
        ruleId: meta.id,
        // A kind's own severity for this finding applies at the rule's default level; a level the
        // user chose wins. `raise` (contradicting evidence) lifts the effective level one step.
        severity: r.raise ? RAISED[severity] : r.severity !== undefined && atDefault ? r.severity : severity,
        kind: meta.kind,
        code: r.code,
        message: fillTemplate(template, r.data ?? {}, meta.id),
        start: r.span.start,
        end: r.span.end,
        evidence: r.evidence ?? [],
        suggestedCodes: safeSuggestions(input, r.code, r.suggestedCodes ?? []),
        documentationHint: r.documentationHint ?? null,
        query: null,
        sources: [...meta.sources],
      };
      out.push(diagnostic);
      if (r.query) queries.push({ diagnostic, ruleId: meta.id, request: r.query });
    },
  };
}
