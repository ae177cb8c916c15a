/** The condition pack a diagnostic's rule belongs to (lexicon/packs/<pack>/), for the report's "by pack" views. */
import { rules } from '../../engine/rules/index.ts';
import type { Diagnostic } from '../../engine/types.ts';

const PACK_BY_RULE = new Map(rules.map(({ meta }) => [meta.id, meta.pack]));

/** The pack of the diagnostic's rule; a rule this build does not know (an older saved result) is "other". */
export function packOf(diagnostic: Diagnostic): string {
  return PACK_BY_RULE.get(diagnostic.ruleId) ?? 'other';
}
