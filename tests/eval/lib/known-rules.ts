/**
 * Rule ids a case may name: those of the engine's registry, plus the rule ids the condition-pack
 * rulebooks define (issue 13) that are not registered yet. Pack cases are written against the
 * rulebooks before the rules exist, so they score as false negatives until then; delete a pack's
 * pending list once its rules are in the registry.
 */
import { rules } from '../../../src/engine/rules/index.ts';

/** Rule ids of each pack rulebook (../shared/spec/packs/<pack>.md), by pack id. */
export const PACK_RULE_IDS: Readonly<Record<string, readonly string[]>> = {
  electrolytes: [
    'hyponatremia-evidence', 'hypernatremia-evidence', 'hyperkalemia-evidence', 'hypokalemia-evidence', 'siadh-evidence',
    'possible-hyponatremia', 'possible-hypernatremia', 'possible-hyperkalemia', 'possible-hypokalemia', 'possible-siadh',
    'siadh-not-hyponatremia', 'hypernatremia-with-di', 'electrolyte-nos-specific', 'electrolyte-drug-cause', 'electrolyte-opposite-codes',
  ],
  rhabdomyolysis: [
    'rhabdomyolysis-ck-evidence', 'traumatic-rhabdomyolysis-evidence', 'rhabdomyolysis-cause', 'possible-rhabdomyolysis',
    'possible-traumatic-rhabdomyolysis', 'traumatic-rhabdomyolysis-code', 'crush-renal-failure-code', 'rhabdomyolysis-drug-cause',
    'rhabdomyolysis-poisoning-sequence', 'rhabdomyolysis-integral-findings',
  ],
  'functional-quadriplegia': [
    'functional-quadriplegia-evidence', 'neurologic-quadriplegia-evidence', 'possible-functional-quadriplegia', 'neurologic-not-functional',
    'quadriplegia-type-unclear', 'quadriplegia-specificity', 'bed-confinement-status', 'weakness-in-functional-quadriplegia',
    'functional-quadriplegia-sequencing',
  ],
  malnutrition: [
    'malnutrition-provider-dx', 'malnutrition-criteria', 'malnutrition-severity-match', 'malnutrition-albumin-only',
    'cachexia-evidence', 'bmi-needs-associated-dx', 'bmi-value-match', 'possible-malnutrition', 'malnutrition-severity',
    'malnutrition-named-type', 'cachexia-underlying', 'weight-loss-in-malnutrition', 'cachexia-code-first', 'bmi-secondary-only',
  ],
  anemia: [
    'anemia-lab-evidence', 'acute-blood-loss-anemia-evidence', 'iron-deficiency-evidence', 'pancytopenia-evidence',
    'possible-anemia', 'possible-acute-blood-loss-anemia', 'possible-pancytopenia', 'anemia-type-specificity',
    'anemia-type-query', 'blood-loss-anemia-acuity', 'acute-on-chronic-blood-loss', 'anemia-ckd-combination',
    'anemia-chemo-vs-neoplasm', 'anemia-code-first', 'chemo-anemia-sequencing',
  ],
  aki: [
    'aki-criteria', 'atn-evidence', 'ckd-stage-evidence', 'esrd-evidence', 'possible-aki', 'possible-atn', 'possible-ckd-stage',
    'renal-insufficiency-not-aki', 'aki-on-ckd-both-codes', 'ckd-stage-specificity', 'esrd-not-stage-5', 'esrd-dialysis-status',
    'uremia-nos-with-aki-ckd', 'ckd-hypertension-combination', 'ckd-diabetes-combination', 'renal-findings-with-dx',
    'aki-underlying-condition',
  ],
};

export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set([...rules.map((r) => r.meta.id), ...Object.values(PACK_RULE_IDS).flat()]);
