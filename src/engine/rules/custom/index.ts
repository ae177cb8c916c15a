/**
 * Custom rules: what pack data cannot say, one file per rule (file name = rule id). Each rule's meta
 * (kind, severity, codes, messages, hints, params, sources) is pack data; the file holds its check.
 */
import type { CustomRule } from '../support/define-rule.ts';
import ageRange from './age-range.ts';
import ageRelatedWeakness from './age-related-weakness.ts';
import bmiValueMatch from './bmi-value-match.ts';
import codedConditionNegated from './coded-condition-negated.ts';
import codedConditionResolved from './coded-condition-resolved.ts';
import codedConditionUncertain from './coded-condition-uncertain.ts';
import criticalIllnessMyopathyEvidence from './critical-illness-myopathy-evidence.ts';
import drugInducedMyopathy from './drug-induced-myopathy.ts';
import fatigueNotWeakness from './fatigue-not-weakness.ts';
import localizedWeakness from './localized-weakness.ts';
import neurologicCauseMismatch from './neurologic-cause-mismatch.ts';
import objectiveStrengthRequired from './objective-strength-required.ts';
import objectiveWeaknessOnR531 from './objective-weakness-on-r53.1.ts';
import postCovidSequencing from './post-covid-sequencing.ts';
import reassessmentUpdate from './reassessment-update.ts';
import sarcopeniaDocumented from './sarcopenia-documented.ts';
import strengthDetail from './strength-detail.ts';
import suggestedCode from './suggested-code.ts';
import symptomWithDefinitiveDx from './symptom-with-definitive-dx.ts';
import unsupportedWeakness from './unsupported-weakness.ts';

export const CUSTOM_RULES: ReadonlyMap<string, CustomRule> = new Map(
  [
    ageRange,
    ageRelatedWeakness,
    bmiValueMatch,
    codedConditionNegated,
    codedConditionResolved,
    codedConditionUncertain,
    criticalIllnessMyopathyEvidence,
    drugInducedMyopathy,
    fatigueNotWeakness,
    localizedWeakness,
    neurologicCauseMismatch,
    objectiveStrengthRequired,
    objectiveWeaknessOnR531,
    postCovidSequencing,
    reassessmentUpdate,
    sarcopeniaDocumented,
    strengthDetail,
    suggestedCode,
    symptomWithDefinitiveDx,
    unsupportedWeakness,
  ].map((r) => [r.id, r]),
);
