/**
 * The packs' rulebook vignettes as table rows (tests/eval/vignettes/<pack>.yaml) are well-formed, so
 * the packs' unit tests can run them: known keys only, well-formed codes, known rule ids (registry or
 * planned pack rules), and no rule both expected and not expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isCodeShape } from '../../../src/engine/rules/support/codes.ts';
import { KNOWN_RULE_IDS } from '../../eval/lib/known-rules.ts';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../eval/vignettes');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

interface VignetteRow {
  note: string;
  codes: string[];
  setting: string;
  expect: string[];
  notExpect: string[];
}

describe('pack vignette tables', () => {
  it('exist for the malnutrition, anemia and AKI packs', () => {
    expect(files).toEqual(expect.arrayContaining(['aki.yaml', 'anemia.yaml', 'malnutrition.yaml']));
  });

  it.each(files)('%s rows are well-formed', (file) => {
    const rows = parse(readFileSync(join(DIR, file), 'utf8')) as VignetteRow[];
    expect(rows.length).toBeGreaterThan(4);
    rows.forEach((row, i) => {
      const at = `${file}[${i}]`;
      expect(Object.keys(row).sort(), at).toEqual(['codes', 'expect', 'notExpect', 'note', 'setting']);
      expect(row.note.trim().length, at).toBeGreaterThan(0);
      expect(['inpatient', 'outpatient'], at).toContain(row.setting);
      for (const code of row.codes) expect(isCodeShape(code), `${at} ${code}`).toBe(true);
      for (const id of [...row.expect, ...row.notExpect]) expect(KNOWN_RULE_IDS.has(id), `${at} ${id}`).toBe(true);
      expect(row.expect.filter((id) => row.notExpect.includes(id)), at).toEqual([]);
    });
  });
});
