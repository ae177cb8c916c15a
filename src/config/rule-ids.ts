/**
 * The rule ids a config or `--rule` may name: those of the engine's rule registry (one rule per id
 * of the rulebook's table; tests/unit/config checks the two agree).
 */
import { rules } from '../engine/rules/index.ts';

export const RULE_IDS: readonly string[] = rules.map((rule) => rule.meta.id);

const KNOWN = new Set(RULE_IDS);

export function isKnownRuleId(id: string): boolean {
  return KNOWN.has(id);
}
