/**
 * Running the rules: the registry (registry.ts) holds every pack's rules; runRules applies
 * the user's switches (options.rules: off, or a new severity), runs every enabled rule whose need the
 * note holds (support/rule-needs.ts: a rule that cannot report there is skipped) over one note
 * and returns the diagnostics sorted by start offset, then severity, then rule id.
 */
import { createContext } from './support/context.ts';
import { onePossibleDxPerValue } from './support/one-possible-dx.ts';
import { withoutExcludedAcrossDiagnostics } from './support/safe-suggestions.ts';
import type { Rule } from './support/define-rule.ts';
import { noteEvidence } from '../evidence/index.ts';
import { notePresence } from '../evidence/need-checks.ts';
import { draftQueries, type PendingQuery } from '../queries.ts';
import type { RuleInput } from '../rule-input.ts';
import type { Diagnostic, Severity, SeverityOrOff } from '../types.ts';
import { isPackEnabled } from './packs.ts';
import { defaultLexicon } from '../lexicon.ts';
import { rulesOf } from './registry.ts';

export type { Rule, RuleMeta, RuleContext } from './support/define-rule.ts';

/** The rules of the bundled lexicon's packs, in pack order and each pack's rulebook order. */
export const rules: readonly Rule[] = rulesOf(defaultLexicon());

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The effective level of every rule. `overrides` were checked by validateOptions (options.ts) before any stage ran. */
export function ruleLevels(overrides: Record<string, SeverityOrOff> = {}, registry: readonly Rule[] = rules): Map<string, SeverityOrOff> {
  const levels = new Map<string, SeverityOrOff>(registry.map((r) => [r.meta.id, r.meta.severity]));
  for (const [id, level] of Object.entries(overrides)) levels.set(id, level);
  return levels;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.start - b.start ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.end - b.end ||
    a.ruleId.localeCompare(b.ruleId) ||
    (a.code ?? '').localeCompare(b.code ?? '') ||
    a.message.localeCompare(b.message)
  );
}

export function runRules(input: RuleInput): Diagnostic[] {
  const registry = rulesOf(input.lexicon);
  const overrides = input.options.rules ?? {};
  const evidence = noteEvidence(input);
  const presence = notePresence(input);
  const out: Diagnostic[] = [];
  const queries: PendingQuery[] = [];
  for (const rule of registry) {
    // What ruleLevels() says, without building its map for every note: a user's level, else the default.
    const chosen = Object.hasOwn(overrides, rule.meta.id);
    const level = chosen ? overrides[rule.meta.id]! : rule.meta.severity;
    if (level === 'off' || !isPackEnabled(rule.meta.pack, input.options.packs)) continue;
    // A rule whose least need the note lacks would report nothing: it is not run.
    if (!rule.mayReport(presence)) continue;
    rule.check(createContext(input, rule, level, chosen, evidence, out, queries));
  }
  onePossibleDxPerValue(input.lexicon.data.packs, out, queries);
  withoutExcludedAcrossDiagnostics(input, out);
  out.sort(compareDiagnostics);
  const order = new Map(out.map((d, i) => [d, i]));
  draftQueries(input, [...queries].sort((a, b) => order.get(a.diagnostic)! - order.get(b.diagnostic)!), evidence);
  return out;
}
