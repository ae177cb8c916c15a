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
};

export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set([...rules.map((r) => r.meta.id), ...Object.values(PACK_RULE_IDS).flat()]);
