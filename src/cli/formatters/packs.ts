/**
 * The condition pack a rule belongs to, for the report's "by pack" views. Packs are becoming data
 * (issue 12): a diagnostic or a rule's meta that names its pack is taken at its word; every rule of
 * today's rulebook is the weakness pack.
 */
import { rules } from '../../engine/rules/index.ts';
import type { Diagnostic } from '../../engine/types.ts';

export const DEFAULT_PACK = 'weakness';

function declaredPack(value: object): string | null {
  return 'pack' in value && typeof value.pack === 'string' && value.pack !== '' ? value.pack : null;
}

const PACK_BY_RULE = new Map(rules.map(({ meta }) => [meta.id, declaredPack(meta) ?? DEFAULT_PACK]));

export function packOf(diagnostic: Diagnostic): string {
  return declaredPack(diagnostic) ?? PACK_BY_RULE.get(diagnostic.ruleId) ?? DEFAULT_PACK;
}
