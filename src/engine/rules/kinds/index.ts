/** The generic rule kinds, one file each, keyed by the `kind` a pack rule names. */
import type { RuleDef } from '../../../lexicon/pack-schema.ts';
import type { RuleContext, RuleDefOf, RuleKind } from '../support/define-rule.ts';
import contradiction from './contradiction.ts';
import excludes1 from './excludes1.ts';
import invalidCode from './invalid-code.ts';
import possibleDxFromFindings from './possible-dx-from-findings.ts';
import possibleDxFromValues from './possible-dx-from-values.ts';
import requiresEvidence from './requires-evidence.ts';
import sequencing from './sequencing.ts';
import specificity from './specificity.ts';
import symptomIntegral from './symptom-integral.ts';

type GenericKind = Exclude<RuleDef['kind'], 'custom'>;

const KINDS: { [K in GenericKind]: RuleKind<K> } = {
  'requires-evidence': requiresEvidence,
  'possible-dx-from-values': possibleDxFromValues,
  'possible-dx-from-findings': possibleDxFromFindings,
  excludes1,
  contradiction,
  specificity,
  'symptom-integral': symptomIntegral,
  sequencing,
  'invalid-code': invalidCode,
};

export const GENERIC_KINDS = Object.keys(KINDS) as GenericKind[];

/** The check of a pack rule run by a generic kind. */
export function buildKindCheck(def: Exclude<RuleDef, { kind: 'custom' }>): (ctx: RuleContext) => void {
  const kind = KINDS[def.kind] as RuleKind<typeof def.kind>;
  return kind.build(def as RuleDefOf<typeof def.kind>);
}
