/**
 * Every pack's own table tests (lexicon/packs/<pack>/ `tests`): each note, linted with its codes and
 * setting, must report the rules in `expect` and none of those in `notExpect`. And every rule of a
 * pack has examples somewhere: a TypeScript case table (tests/unit/rules/cases/<id>.ts) or at least one
 * row that expects it and one that expects it silent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';

const packs = defaultLexicon().data.packs;
const rows = packs.flatMap((p) => p.tests.map((t, i) => ({ pack: p.id, name: t.name ?? `${p.id} test ${i + 1}`, ...t })));

describe('pack table tests', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const result = lint(row.note, {
      codes: row.codes,
      ...(row.setting ? { setting: row.setting } : {}),
      ...(row.age !== undefined ? { age: row.age } : {}),
    });
    const fired = new Set(result.diagnostics.map((d) => d.ruleId));
    for (const id of row.expect) expect([...fired], `${row.name}: expected ${id}`).toContain(id);
    for (const id of row.notExpect) expect([...fired], `${row.name}: expected no ${id}`).not.toContain(id);
  });
});

describe('every pack rule has examples', () => {
  const ids = packs.flatMap((p) => p.rules.map((r) => ({ pack: p.id, id: r.id })));
  it.each(ids.map((r) => [`${r.pack}: ${r.id}`, r.id] as const))('%s', (_name, id) => {
    if (existsSync(join(import.meta.dirname, '../rules/cases', `${id}.ts`))) return;
    expect(rows.some((r) => r.expect.includes(id)), `${id}: no row expects it`).toBe(true);
    expect(rows.some((r) => r.notExpect.includes(id)), `${id}: no row expects it silent`).toBe(true);
  });
});

describe('pack tests name real rules', () => {
  const known = new Set(packs.flatMap((p) => p.rules.map((r) => r.id)));
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    for (const id of [...row.expect, ...row.notExpect]) expect(known.has(id), `${row.name}: unknown rule ${id}`).toBe(true);
  });
});
