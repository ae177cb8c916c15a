import { defaultLexicon } from '../../../src/engine/lexicon.ts';
// Meta-tests over the rule registry: meta complete, file name = rule id, case tables big enough.
// (The comparison with the rulebook in ../shared lives in tests/reference/rulebook.test.ts.)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/engine/rules/index.ts';
import type { RuleCases } from './rule-tester.ts';

const root = join(import.meta.dirname, '../../..');
const tables = import.meta.glob<{ default: RuleCases }>('./cases/*.ts', { eager: true });
const casesById = new Map(Object.values(tables).map((m) => [m.default.ruleId, m.default]));

describe('rule registry', () => {
  it('one file per custom rule under src/engine/rules/custom, named after its id; every other rule runs by a generic kind', () => {
    const files = readdirSync(join(root, 'src/engine/rules/custom'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    expect(files).toEqual(rules.filter((r) => r.meta.ruleKind === 'custom').map((r) => r.meta.id).sort());
    const kinds = readdirSync(join(root, 'src/engine/rules/kinds')).filter((f) => f !== 'index.ts').map((f) => f.slice(0, -3));
    for (const r of rules.filter((x) => x.meta.ruleKind !== 'custom')) expect(kinds, r.meta.id).toContain(r.meta.ruleKind);
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
      it('has at least 2 valid and 2 invalid cases (a TypeScript case table, or its pack\'s table tests)', () => {
        const cases = casesById.get(rule.meta.id);
        const tests = defaultLexicon().data.packs.find((p) => p.id === rule.meta.pack)?.tests ?? [];
        const valid = cases ? cases.valid.length : tests.filter((t) => t.notExpect.includes(rule.meta.id)).length;
        const invalid = cases ? cases.invalid.length : tests.filter((t) => t.expect.includes(rule.meta.id)).length;
        expect(valid, `${rule.meta.id}: valid examples`).toBeGreaterThanOrEqual(2);
        expect(invalid, `${rule.meta.id}: invalid examples`).toBeGreaterThanOrEqual(2);
      });
    });
  }
});

