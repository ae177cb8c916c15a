/** Rule ids a case may name: those of the engine's registry. */
import { rules } from '../../../src/engine/rules/index.ts';

export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(rules.map((r) => r.meta.id));
