/**
 * Rule ids a case may name: those of the engine's registry, and the rule ids of condition-pack
 * rulebooks whose rules are not implemented yet (tests/eval/planned-rules/<pack>.yaml), so a pack's
 * cases can be written before its rules. A case expecting a planned id scores it as a miss until the
 * rule exists; delete the id from the planned list once the registry has it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { rules } from '../../../src/engine/rules/index.ts';

const PLANNED = join(dirname(fileURLToPath(import.meta.url)), '../planned-rules');
const RULE_ID = /^[a-z][a-z0-9-]*$/;

/** The planned rule ids of every pack file; throws naming the file when one is malformed. */
export function plannedRuleIds(dir: string = PLANNED): string[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
  return files.flatMap((f) => {
    const data = parse(readFileSync(join(dir, f), 'utf8')) as { pack?: unknown; rules?: unknown } | null;
    const ids = data?.rules;
    if (data?.pack !== f.replace(/\.yaml$/, '') || !Array.isArray(ids) || !ids.every((r) => typeof r === 'string' && RULE_ID.test(r))) {
      throw new Error(`tests/eval/planned-rules/${f}: needs "pack: ${f.replace(/\.yaml$/, '')}" and "rules:" a list of kebab-case rule ids`);
    }
    return ids as string[];
  });
}

export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set([...rules.map((r) => r.meta.id), ...plannedRuleIds()]);
