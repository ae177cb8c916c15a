// The code lexicon (lexicon/codes/*.yaml) against its schema, its own structure, the evidence
// predicates, and the official ICD-10-CM reference in ../shared (FY2026 excerpts and order-file
// lines first; the FY2021 tabular only for codes whose entry says it relied on it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isEvidenceId } from '../../../src/engine/evidence.ts';
import { validateFile } from '../../../src/lexicon/schema.ts';
import type { CodeDef } from '../../../src/lexicon/types.ts';

const root = join(import.meta.dirname, '../../..');
const codesDir = join(root, 'lexicon/codes');
const reference = join(root, '../shared/reference/icd10cm');
const rulebook = join(root, '../shared/spec/rules.md');
const hasReference = existsSync(reference);
if (!hasReference) console.warn(`skipping reference checks: ${reference} not found`);

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

  it('every requirement names an evidence predicate of src/engine/evidence.ts', () => {
    for (const d of defs) for (const r of d.requires) expect(isEvidenceId(r.evidence), `${d.code}: ${r.evidence}`).toBe(true);
  });

  it('every requirement and every code says where it comes from', () => {
    for (const d of defs) {
      expect(d.sources.length, d.code).toBeGreaterThan(0);
      for (const r of d.requires) expect(r.source.length, `${d.code} ${r.evidence}`).toBeGreaterThan(0);
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

// ---- the FY2026 excerpts ----------------------------------------------------------------------

interface TabularEntry {
  title: string;
  inclusion: string[];
  excludes1: string[];
}

/** The codes named in a tabular note: "(M62.81)", "(G82.5-)", "(F33-)" -> ["M62.81"], ... */
function noteCodes(note: string): string[] {
  const m = /\(([^()]*)\)\s*$/.exec(note);
  return m ? m[1]!.split(',').map((c) => c.trim().replace(/\.?-$/, '')).filter((c) => /^[A-Z][0-9][0-9A-Z]/.test(c)) : [];
}

function notesOf(block: string, tag: string): string[] {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block);
  return m ? [...m[1]!.matchAll(/<note>([\s\S]*?)<\/note>/g)].map((x) => x[1]!.trim()) : [];
}

/** Each <diag> of an excerpt, with its own notes (not its children's). */
function parseExcerpt(xml: string): Map<string, TabularEntry> {
  const out = new Map<string, TabularEntry>();
  const re = /<diag>\s*<name>([^<]+)<\/name>\s*<desc>([^<]+)<\/desc>([\s\S]*?)(?=<diag>|<\/diag>)/g;
  for (const m of xml.matchAll(re)) {
    out.set(m[1]!, { title: m[2]!, inclusion: notesOf(m[3]!, 'inclusionTerm'), excludes1: notesOf(m[3]!, 'excludes1') });
  }
  return out;
}

const bare = (c: string) => c.replace(/[.-]/g, '');

describe.skipIf(!hasReference)('against the FY2026 reference (../shared/reference/icd10cm)', () => {
  const excerpts = hasReference ? readdirSync(reference).filter((f) => f.startsWith('excerpt_2026') && f.endsWith('.xml')) : [];
  const official = new Map<string, TabularEntry>();
  for (const f of excerpts) for (const [k, v] of parseExcerpt(readFileSync(join(reference, f), 'utf8'))) official.set(k, v);

  it('the excerpts parse', () => {
    expect(official.get('R53.1')?.title).toBe('Weakness');
    expect(official.size).toBeGreaterThan(20);
  });

  it('every excerpt code is in the lexicon with the official title and inclusion terms', () => {
    for (const [code, o] of official) {
      const d = byCode.get(code);
      expect(d, code).toBeDefined();
      expect(d!.title, code).toBe(o.title);
      expect(d!.inclusionTerms, code).toEqual(o.inclusion);
    }
  });

  it('every official Excludes1 code or family is in the lexicon entry', () => {
    for (const [code, o] of official) {
      const lexicon = byCode.get(code)!.excludes1.map((r) => bare(r.code));
      for (const note of o.excludes1) for (const c of noteCodes(note)) expect(lexicon, `${code} Excludes1 "${note}"`).toContain(bare(c));
    }
  });

  it('the rulebook\'s Excludes1 pairs are all present', () => {
    const pairs: [string, string][] = [
      ['R53.1', 'M62.81'], ['R53.1', 'R54'], ['R53.1', 'M62.84'], ['M62.81', 'M62.84'], ['R54', 'M62.84'], ['R53.81', 'R54'],
      ['M62.81', 'G72.0'], ['M62.81', 'G72.1'], ['M62.81', 'R25.2'], ['M62.81', 'M79.1-'], ['M62.81', 'G25.82'],
      ['R53.2', 'G82.50'], ['R53.2', 'F44.4'], ['R53.82', 'G93.32'], ['M62.82', 'T79.6'], ['R54', 'R41.81'], ['R54', 'F03.-'],
    ];
    for (const [a, b] of pairs) expect(byCode.get(a)!.excludes1.map((r) => r.code), `${a} excludes ${b}`).toContain(b);
  });

  it('billable flags and titles match the FY2026 order-file lines', () => {
    const lines = readFileSync(join(reference, 'excerpt_icd10cm_order_2026_lines.txt'), 'utf8').split('\n').filter((l) => /^\d{5} /.test(l));
    expect(lines.length).toBeGreaterThan(20);
    let checked = 0;
    for (const line of lines) {
      const raw = line.slice(6, 13).trim();
      const code = raw.length > 3 ? `${raw.slice(0, 3)}.${raw.slice(3)}` : raw;
      const d = byCode.get(code);
      if (!d) continue;
      checked++;
      expect(d.billable, code).toBe(line[14] === '1');
      expect(d.title, code).toBe(line.slice(77).trim());
    }
    expect(checked).toBeGreaterThan(20);
  });
});

// ---- the FY2021 tabular, for entries that rely on it --------------------------------------------

describe.skipIf(!hasReference)('entries from the FY2021 tabular keep its titles', () => {
  const path = join(reference, 'icd10cm_tabular_2021.xml');
  const xml = existsSync(path) ? readFileSync(path, 'utf8') : '';
  it('titles match', () => {
    const from2021 = defs.filter((d) => d.sources.some((s) => s.startsWith('ICD-10-CM FY2021 tabular: icd10cm_tabular_2021.xml')) && !d.code.startsWith('T'));
    expect(from2021.length).toBeGreaterThan(30);
    for (const d of from2021) {
      const m = new RegExp(`<name>${d.code.replace('.', '\\.')}</name>\\s*<desc>([^<]+)</desc>`).exec(xml);
      expect(m?.[1], d.code).toBe(d.title);
    }
  });
});

// ---- the rulebook's code table ---------------------------------------------------------------

describe.skipIf(!existsSync(rulebook))('rulebook codes in scope (../shared/spec/rules.md)', () => {
  const text = existsSync(rulebook) ? readFileSync(rulebook, 'utf8') : '';
  const table = text.slice(text.indexOf('## Codes in scope'), text.indexOf('Confirmed causes'));
  const causes = text.slice(text.indexOf('Confirmed causes'), text.indexOf('## Setting matters'));

  it('every code of the table is in the lexicon (families as their header)', () => {
    const codes = [...table.matchAll(/^\| ([A-Z][0-9][0-9A-Z.\- /]*?) \|/gm)].flatMap((m) => m[1]!.split('/').map((c) => c.trim().replace(/-$/, '')));
    expect(codes.length).toBeGreaterThan(12);
    for (const c of codes) expect(byCode.has(c), c).toBe(true);
  });

  it('every billable cause code the rulebook names is in the lexicon', () => {
    const codes = [...causes.matchAll(/\b([A-Z][0-9][0-9A-Z]\.[0-9A-Z]{1,4})\b(?!-)/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(10);
    for (const c of codes) expect(byCode.has(c), c).toBe(true);
  });
});
