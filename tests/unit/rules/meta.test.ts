// Meta-tests over the rule registry: meta complete, file name = rule id, case tables big enough,
// and every rule id of the rulebook (../shared/spec/rules.md) implemented.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/engine/rules/index.ts';
import type { RuleCases } from './rule-tester.ts';

const root = join(import.meta.dirname, '../../..');
const rulebook = join(root, '../shared/spec/rules.md');
const tables = import.meta.glob<{ default: RuleCases }>('./cases/*.ts', { eager: true });
const casesById = new Map(Object.values(tables).map((m) => [m.default.ruleId, m.default]));

describe('rule registry', () => {
  it('one file per rule under src/engine/rules, named after its id', () => {
    const files = readdirSync(join(root, 'src/engine/rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    expect(files).toEqual(rules.map((r) => r.meta.id).sort());
  });

  it('ids are unique', () => {
    expect(new Set(rules.map((r) => r.meta.id)).size).toBe(rules.length);
  });

  for (const rule of rules) {
    describe(rule.meta.id, () => {
      it('has a description, sources and messages', () => {
        expect(rule.meta.description.length).toBeGreaterThan(20);
        expect(rule.meta.sources.length).toBeGreaterThan(0);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      });
      it('has at least 2 valid and 2 invalid cases', () => {
        const cases = casesById.get(rule.meta.id);
        expect(cases, `tests/unit/rules/cases/${rule.meta.id}.ts`).toBeDefined();
        expect(cases!.valid.length).toBeGreaterThanOrEqual(2);
        expect(cases!.invalid.length).toBeGreaterThanOrEqual(2);
      });
    });
  }
});

describe.skipIf(!existsSync(rulebook))('rulebook (../shared/spec/rules.md)', () => {
  const text = existsSync(rulebook) ? readFileSync(rulebook, 'utf8') : '';
  const table = text.slice(text.indexOf('## Rules'), text.indexOf('## Compliant query drafts'));
  const rows = [...table.matchAll(/^\| `([a-z0-9.-]+)` \| ([^|]+) \| ([a-z-]+) \| (error|warning|info) \|/gm)];

  it('the table parses', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
  });

  it('every rule id of the rulebook exists with its kind and default severity', () => {
    for (const [, id, , kind, severity] of rows) {
      const rule = rules.find((r) => r.meta.id === id);
      expect(rule, id).toBeDefined();
      expect({ id, kind: rule!.meta.kind, severity: rule!.meta.severity }).toEqual({ id, kind, severity });
    }
  });

  it('no rule outside the rulebook', () => {
    expect(rules.map((r) => r.meta.id).filter((id) => !rows.some((r) => r[1] === id))).toEqual([]);
  });
});
if (!existsSync(rulebook)) console.warn(`skipping rulebook checks: ${rulebook} not found`);
