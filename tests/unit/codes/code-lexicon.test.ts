import { defaultLexicon } from '../../../src/engine/lexicon.ts';
// The code lexicon (lexicon/codes/*.yaml) against its schema, its own structure and the evidence
// predicates. (The comparison with the official ICD-10-CM excerpts in ../shared lives in
// tests/reference/icd10cm.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isEvidenceId } from '../../../src/engine/evidence/index.ts';
import { validateFile } from '../../../src/lexicon/schemas/index.ts';
import type { CodeDef } from '../../../src/lexicon/types.ts';

const root = join(import.meta.dirname, '../../..');
const codesDir = join(root, 'lexicon/codes');

const files = readdirSync(codesDir).filter((f) => f.endsWith('.yaml')).sort();
const defs: CodeDef[] = files.map((f) => parse(readFileSync(join(codesDir, f), 'utf8')) as CodeDef);
const byCode = new Map(defs.map((d) => [d.code, d]));

describe('code files', () => {
  it('validate against the code schema', () => {
    const issues = files.flatMap((f, i) => validateFile('code', defs[i], `lexicon/codes/${f}`));
    expect(issues).toEqual([]);
  });

  it('are named after their code', () => {
    expect(files).toEqual(defs.map((d) => `${d.code}.yaml`));
  });

  it('headers list billable children that are themselves in the lexicon; billable codes have none', () => {
    for (const d of defs) {
      if (d.billable) expect(d.children, d.code).toEqual([]);
      else {
        expect(d.children.length, d.code).toBeGreaterThan(0);
        for (const c of d.children) {
          expect(byCode.get(c)?.billable, `${d.code} -> ${c}`).toBe(true);
          expect(c.replace('.', '').startsWith(d.code.replace('.', '')), `${c} under ${d.code}`).toBe(true);
        }
      }
    }
  });

  it('every checklist item names an evidence predicate of a pack', () => {
    for (const d of defaultLexicon().data.codes) for (const r of d.requires) expect(isEvidenceId(defaultLexicon(), r.evidence), `${d.code}: ${r.evidence}`).toBe(true);
  });

  it('every code says where it comes from', () => {
    for (const d of defs) {
      expect(d.sources.length, d.code).toBeGreaterThan(0);
    }
  });

  it('entries that do not rest on the FY2026 excerpts say so in a note', () => {
    for (const d of defs) {
      if (!d.sources.some((s) => s.includes('excerpt_2026-04'))) expect(d.note, d.code).toBeTruthy();
    }
  });

  it('the rulebook\'s headers are headers: G35, G20, G72.4, M62.5, I69.35, R53, R53.8, G72.8', () => {
    for (const c of ['G35', 'G20', 'G72.4', 'M62.5', 'I69.35', 'R53', 'R53.8', 'G72.8']) expect(byCode.get(c)?.billable, c).toBe(false);
    expect(byCode.get('G35')?.children).toEqual(['G35.A', 'G35.B0', 'G35.B1', 'G35.B2', 'G35.C0', 'G35.C1', 'G35.C2', 'G35.D']);
    expect(byCode.get('G20')?.children).toEqual(['G20.A1', 'G20.A2', 'G20.B1', 'G20.B2', 'G20.C']);
    expect(byCode.get('G72.4')?.children).toEqual(['G72.41', 'G72.49']);
  });

  it('the seed errors are corrected: hypokalemia is E87.6, R53.1 has only "Asthenia NOS"', () => {
    expect(byCode.get('E87.6')?.title).toBe('Hypokalemia');
    expect(byCode.get('E87.5')?.title).toBe('Hyperkalemia');
    expect(byCode.get('R53.1')?.inclusionTerms).toEqual(['Asthenia NOS']);
    expect(byCode.get('R53.81')?.inclusionTerms).toContain('Debility NOS');
    expect(byCode.get('R53.83')?.inclusionTerms).toContain('Lack of energy');
  });
});

// The weakness rulebook's Excludes1 pairs, as written in the FY2026 tabular (excerpt R53-R54, M62):
// lexicon data alone, so this runs in every clone (the full comparison with the excerpts in ../shared
// is tests/reference/icd10cm.test.ts). The note belongs to the first code: R53.1 excludes R54, not
// the other way round.
describe('Excludes1 pairs of the weakness rulebook', () => {
  it.each<[string, string, boolean]>([
    ['R53.1', 'M62.81', true],
    ['R53.1', 'R54', true],
    ['R53.1', 'M62.84', true],
    ['M62.81', 'M62.84', true],
    ['R54', 'M62.84', true],
    ['R53.81', 'R54', true],
    ['M62.81', 'G72.0', true],
    ['M62.81', 'G72.1', true],
    ['M62.81', 'R25.2', true],
    ['M62.81', 'M79.1-', true],
    ['M62.81', 'G25.82', true],
    ['R53.2', 'G82.50', true],
    ['R53.2', 'F44.4', true],
    ['R53.82', 'G93.32', true],
    ['M62.82', 'T79.6', true],
    ['R54', 'R41.81', true],
    ['R54', 'F03.-', true],
    // negative rows: the note is on the other code, an Excludes2, or no note at all
    ['R54', 'R53.1', false],
    ['R53.83', 'F32.-', false],
    ['R53.81', 'M62.81', false],
    ['R53.1', 'R53.83', false],
  ])('%s Excludes1 %s: %s', (code, excluded, listed) => {
    const entry = byCode.get(code);
    expect(entry, code).toBeDefined();
    expect(entry!.excludes1.map((r) => r.code).includes(excluded)).toBe(listed);
  });
});
