/** Rule ids a case may name: the engine's registry plus the agreed ids still pending (pending-rule-ids.ts). */
import { rules } from '../../../src/engine/rules/index.ts';
import { PENDING_RULE_IDS } from './pending-rule-ids.ts';

export const REGISTRY_RULE_IDS: ReadonlySet<string> = new Set(rules.map((r) => r.meta.id));

export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set([...REGISTRY_RULE_IDS, ...PENDING_RULE_IDS]);
