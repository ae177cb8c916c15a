/**
 * The packs' rulebook vignettes as table rows (tests/eval/vignettes/<pack>.yaml: `pack`, `rows`) are
 * well-formed, so the packs' table tests can run them: known keys only, unique row ids, a note,
 * well-formed codes, known rule ids (registry or pack rulebooks), and no rule both expected and not
 * expected. Each row maps onto a pack `tests:` row (id -> name; detail is for extra assertions).
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
const ROW_KEYS = ['id', 'note', 'codes', 'setting', 'age', 'expect', 'notExpect', 'detail'];

interface VignetteFile {
  pack: string;
  rows: Record<string, unknown>[];
}

describe('pack vignette tables', () => {
  it('exist for the malnutrition, anemia and AKI packs', () => {
    expect(files).toEqual(expect.arrayContaining(['aki.yaml', 'anemia.yaml', 'malnutrition.yaml']));
  });

  it.each(files)('%s rows are well-formed', (file) => {
    const data = parse(readFileSync(join(DIR, file), 'utf8')) as VignetteFile;
    expect(Object.keys(data).sort()).toEqual(['pack', 'rows']);
    expect(data.pack).toBe(file.replace(/\.yaml$/, ''));
    expect(data.rows.length).toBeGreaterThan(4);
    const ids = new Set<string>();
    data.rows.forEach((raw, i) => {
      const at = `${file} rows[${i}]`;
      for (const key of Object.keys(raw)) expect(ROW_KEYS, `${at} key ${key}`).toContain(key);
      const { id, detail, ...testRow } = raw;
      expect(typeof id === 'string' && /^[a-z0-9][a-z0-9.-]*$/.test(id), `${at} id`).toBe(true);
      expect(ids.has(id as string), `${at} duplicate id ${String(id)}`).toBe(false);
      ids.add(id as string);
      if (detail !== undefined) expect(typeof detail, `${at} detail`).toBe('string');
      const parsed = v.safeParse(packTestSchema, { name: id, ...testRow });
      expect(parsed.issues?.map((issue) => issue.message) ?? [], at).toEqual([]);
      if (!parsed.success) return;
      const row = parsed.output;
      for (const code of row.codes) expect(isCodeShape(code), `${at} ${code}`).toBe(true);
      for (const rule of [...row.expect, ...row.notExpect]) expect(KNOWN_RULE_IDS.has(rule), `${at} ${rule}`).toBe(true);
      expect(row.expect.filter((rule) => row.notExpect.includes(rule)), at).toEqual([]);
    });
  });
});
