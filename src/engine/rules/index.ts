/**
 * The rule registry: one rule per file, file name = rule id, in the rulebook's order. runRules applies
 * the user's switches (options.rules: off, or a new severity), runs every enabled rule over one note
 * and returns the diagnostics sorted by start offset, then severity, then rule id.
 */
import { evidenceCache, createContext } from './support/context.ts';
import { withoutExcludedAcrossDiagnostics } from './support/safe-suggestions.ts';
import type { Rule } from './support/define-rule.ts';
import { draftQueries, type PendingQuery } from '../queries.ts';
import type { RuleInput } from '../rule-input.ts';
import type { Diagnostic, Severity, SeverityOrOff } from '../types.ts';
import { isPackEnabled, packOf } from './packs.ts';
import excludes1Conflict from './excludes1-conflict.ts';
import objectiveStrengthRequired from './objective-strength-required.ts';
import strengthDetail from './strength-detail.ts';
import weaknessEtiology from './weakness-etiology.ts';
import functionalImpact from './functional-impact.ts';
import treatmentPlan from './treatment-plan.ts';
import workupPlan from './workup-plan.ts';
import objectiveFindings from './objective-findings.ts';
import unsupportedWeakness from './unsupported-weakness.ts';
import localizedWeakness from './localized-weakness.ts';
import neurologicCauseMismatch from './neurologic-cause-mismatch.ts';
import symptomWithDefinitiveDx from './symptom-with-definitive-dx.ts';
import sarcopeniaDocumented from './sarcopenia-documented.ts';
import ageRelatedWeakness from './age-related-weakness.ts';
import fatigueNotWeakness from './fatigue-not-weakness.ts';
import objectiveWeaknessOnR531 from './objective-weakness-on-r53.1.ts';
import drugInducedMyopathy from './drug-induced-myopathy.ts';
import criticalIllnessMyopathyEvidence from './critical-illness-myopathy-evidence.ts';
import hypokalemiaEvidence from './hypokalemia-evidence.ts';
import abnormalLabWithoutDx from './abnormal-lab-without-dx.ts';
import postCovidSequencing from './post-covid-sequencing.ts';
import ageRange from './age-range.ts';
import reassessmentUpdate from './reassessment-update.ts';
import invalidCode from './invalid-code.ts';
import suggestedCode from './suggested-code.ts';
import codedConditionNegated from './coded-condition-negated.ts';
import codedConditionResolved from './coded-condition-resolved.ts';
import codedConditionUncertain from './coded-condition-uncertain.ts';
import symptomIntegralToDx from './symptom-integral-to-dx.ts';

export type { Rule, RuleMeta, RuleContext } from './support/define-rule.ts';

export const rules: readonly Rule[] = [
  excludes1Conflict,
  objectiveStrengthRequired,
  strengthDetail,
  weaknessEtiology,
  functionalImpact,
  treatmentPlan,
  workupPlan,
  objectiveFindings,
  unsupportedWeakness,
  localizedWeakness,
  neurologicCauseMismatch,
  symptomWithDefinitiveDx,
  sarcopeniaDocumented,
  ageRelatedWeakness,
  fatigueNotWeakness,
  objectiveWeaknessOnR531,
  drugInducedMyopathy,
  criticalIllnessMyopathyEvidence,
  hypokalemiaEvidence,
  abnormalLabWithoutDx,
  postCovidSequencing,
  ageRange,
  reassessmentUpdate,
  invalidCode,
  suggestedCode,
  codedConditionNegated,
  codedConditionResolved,
  codedConditionUncertain,
  symptomIntegralToDx,
];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The effective level of every rule. `overrides` were checked by validateOptions (options.ts) before any stage ran. */
export function ruleLevels(overrides: Record<string, SeverityOrOff> = {}): Map<string, SeverityOrOff> {
  const levels = new Map<string, SeverityOrOff>(rules.map((r) => [r.meta.id, r.meta.severity]));
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
  const levels = ruleLevels(input.options.rules);
  const evidence = evidenceCache(input);
  const out: Diagnostic[] = [];
  const queries: PendingQuery[] = [];
  for (const rule of rules) {
    const level = levels.get(rule.meta.id)!;
    if (level === 'off' || !isPackEnabled(packOf(rule.meta), input.options.packs)) continue;
    rule.check(createContext(input, rule, level, evidence, out, queries));
  }
  withoutExcludedAcrossDiagnostics(input, out);
  out.sort(compareDiagnostics);
  const order = new Map(out.map((d, i) => [d, i]));
  draftQueries(input, [...queries].sort((a, b) => order.get(a.diagnostic)! - order.get(b.diagnostic)!), evidence);
  return out;
}
