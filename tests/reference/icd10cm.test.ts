// The code lexicon against the official ICD-10-CM reference in ../shared: FY2026 excerpts and
// order-file lines first; the FY2021 tabular only for codes whose entry says it relied on it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDefs, SHARED } from './shared.ts';

const reference = join(SHARED, 'reference/icd10cm');
const defs = codeDefs();
const byCode = new Map(defs.map((d) => [d.code, d]));

// ---- the FY2026 excerpts ----------------------------------------------------------------------

interface TabularEntry {
  title: string;
  inclusion: string[];
  excludes1: string[];
}

/** The codes named in a tabular note: "(M62.81)", "(G82.5-)", "(F33-)" -> ["M62.81"], ... */
function noteCodes(note: string): string[] {
  const m = /\(([^()]*)\)\s*$/.exec(note);
  return m ? m[1]!.split(',').map((c) => c.trim().replace(/\.?-$/, '')).filter((c) => /^[A-Z]\d[0-9A-Z]/.test(c)) : [];
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

describe('against the FY2026 reference (../shared/reference/icd10cm)', () => {
  const excerpts = readdirSync(reference).filter((f) => f.startsWith('excerpt_2026') && f.endsWith('.xml'));
  const official = new Map<string, TabularEntry>();
  for (const f of excerpts) for (const [k, v] of parseExcerpt(readFileSync(join(reference, f), 'utf8'))) official.set(k, v);

  it('the excerpts parse', () => {
    expect(official.get('R53.1')?.title).toBe('Weakness');
    expect(official.size).toBeGreaterThan(20);
  });

  // The excerpts also cover the condition packs' codes; each lexicon entry an excerpt has must match it.
  const covered = [...official].filter(([code]) => byCode.has(code));

  it('the excerpts cover the weakness family in the lexicon', () => {
    expect(covered.length).toBeGreaterThan(40);
  });

  it('every lexicon code in an excerpt has the official title and inclusion terms', () => {
    for (const [code, o] of covered) {
      const d = byCode.get(code)!;
      expect(d.title, code).toBe(o.title);
      expect(d.inclusionTerms, code).toEqual(o.inclusion);
    }
  });

  it('every official Excludes1 code or family is in the lexicon entry', () => {
    for (const [code, o] of covered) {
      const lexicon = byCode.get(code)!.excludes1.map((r) => bare(r.code));
      for (const note of o.excludes1) for (const c of noteCodes(note)) expect(lexicon, `${code} Excludes1 "${note}"`).toContain(bare(c));
    }
  });

  it('billable flags and titles match the FY2026 order-file lines', () => {
    const lines = ['excerpt_icd10cm_order_2026_lines.txt', 'excerpt_icd10cm_order_2026_lines_packs.txt']
      .flatMap((f) => readFileSync(join(reference, f), 'utf8').split('\n'))
      .filter((l) => /^\d{5} /.test(l));
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
    expect(checked).toBeGreaterThan(80);
  });
});

// ---- the FY2021 tabular, for entries that rely on it --------------------------------------------

describe('entries from the FY2021 tabular keep its titles', () => {
  const path = join(reference, 'icd10cm_tabular_2021.xml');
  const xml = readFileSync(path, 'utf8');
  it('titles match', () => {
    const from2021 = defs.filter((d) => d.sources.some((s) => s.startsWith('ICD-10-CM FY2021 tabular: icd10cm_tabular_2021.xml')) && !d.code.startsWith('T'));
    expect(from2021.length).toBeGreaterThan(30);
    for (const d of from2021) {
      const m = new RegExp(`<name>${d.code.replace('.', '\\.')}</name>\\s*<desc>([^<]+)</desc>`).exec(xml);
      expect(m?.[1], d.code).toBe(d.title);
    }
  });
});
