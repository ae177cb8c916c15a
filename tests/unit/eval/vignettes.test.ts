/**
 * The packs' rulebook vignettes as table rows (tests/eval/vignettes/<pack>.yaml) are well-formed, so
 * they can become the packs' `tests:` rows: each row passes the pack test-row schema, names a unique
 * row, well-formed codes and known rule ids (registry or planned pack rules), and no rule is both
 * expected and not expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isCodeShape } from '../../../src/engine/rules/support/codes.ts';
import { packTestSchema } from '../../../src/lexicon/pack-schema.ts';
import { KNOWN_RULE_IDS } from '../../eval/lib/known-rules.ts';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../eval/vignettes');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

describe('pack vignette tables', () => {
  it('exist for the malnutrition, anemia and AKI packs', () => {
    expect(files).toEqual(expect.arrayContaining(['aki.yaml', 'anemia.yaml', 'malnutrition.yaml']));
  });

  it.each(files)('%s rows are well-formed', (file) => {
    const rows = parse(readFileSync(join(DIR, file), 'utf8')) as unknown[];
    expect(rows.length).toBeGreaterThan(4);
    const names = new Set<string>();
    rows.forEach((raw, i) => {
      const at = `${file}[${i}]`;
      const parsed = v.safeParse(packTestSchema, raw);
      expect(parsed.issues?.map((issue) => issue.message) ?? [], at).toEqual([]);
      if (!parsed.success) return;
      const row = parsed.output;
      expect(row.name, at).toBeTruthy();
      expect(names.has(row.name!), `${at} duplicate name`).toBe(false);
      names.add(row.name!);
      expect(row.setting, at).toBeDefined();
      for (const code of row.codes) expect(isCodeShape(code), `${at} ${code}`).toBe(true);
      for (const id of [...row.expect, ...row.notExpect]) expect(KNOWN_RULE_IDS.has(id), `${at} ${id}`).toBe(true);
      expect(row.expect.filter((id) => row.notExpect.includes(id)), at).toEqual([]);
    });
  });
});
