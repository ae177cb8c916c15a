// The rulebook in ../shared (spec/rules.md) against the repository: every rule id with its kind and
// default severity, the config's rule ids, and every code the rulebook names in the code lexicon.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/config/rule-ids.ts';
import { rules } from '../../src/engine/rules/index.ts';
import { codeDefs, SHARED } from './shared.ts';

const ROOT = join(import.meta.dirname, '../..');
const text = readFileSync(join(SHARED, 'spec/rules.md'), 'utf8');
const byCode = new Map(codeDefs().map((d) => [d.code, d]));

describe('rule table of the rulebook', () => {
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

  // Rules added after the rulebook (issue 11: coded conditions negated/resolved/uncertain, I.B.5) are
  // documented in the repository's own catalogue instead.
  it('every rule outside the rulebook has its page in docs/rules', () => {
    const added = rules.map((r) => r.meta.id).filter((id) => !rows.some((r) => r[1] === id));
    for (const id of added) expect(existsSync(join(ROOT, 'docs/rules', `${id}.md`)), id).toBe(true);
  });
});

describe('config rule ids', () => {
  it('include every rule id of the rulebook table, and only ids of the registry', () => {
    const rulesSection = text.split(/^## Rules$/m)[1]?.split(/^## /m)[0] ?? '';
    const ids = [...rulesSection.matchAll(/^\| `([a-z0-9.-]+)` \|/gm)].map((m) => m[1]!);
    expect(ids.filter((id) => !RULE_IDS.includes(id))).toEqual([]);
    expect([...RULE_IDS].sort()).toEqual(rules.map((r) => r.meta.id).sort());
  });
});

describe('codes in scope of the rulebook', () => {
  const table = text.slice(text.indexOf('## Codes in scope'), text.indexOf('Confirmed causes'));
  const causes = text.slice(text.indexOf('Confirmed causes'), text.indexOf('## Setting matters'));

  it('every code of the table is in the lexicon (families as their header)', () => {
    const codes = [...table.matchAll(/^\| ([A-Z]\d[0-9A-Z.\- /]*?) \|/gm)].flatMap((m) => m[1]!.split('/').map((c) => c.trim().replace(/-$/, '')));
    expect(codes.length).toBeGreaterThan(12);
    for (const c of codes) expect(byCode.has(c), c).toBe(true);
  });

  it('every billable cause code the rulebook names is in the lexicon', () => {
    const codes = [...causes.matchAll(/\b([A-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4})\b(?!-)/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(10);
    for (const c of codes) expect(byCode.has(c), c).toBe(true);
  });
});
