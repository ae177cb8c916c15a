// Runs every rule's case table (cases/<rule-id>.ts) through lint() end to end.
import type { RuleCases } from './rule-tester.ts';
import { ruleTester } from './rule-tester.ts';

const tables = import.meta.glob<{ default: RuleCases }>('./cases/*.ts', { eager: true });

for (const [path, mod] of Object.entries(tables).sort(([a], [b]) => a.localeCompare(b))) {
  if (!path.endsWith(`/${mod.default.ruleId}.ts`)) throw new Error(`${path} holds the cases of ${mod.default.ruleId}: name the file after its rule`);
  ruleTester(mod.default);
}
