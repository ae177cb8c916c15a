// FY2026 code facts of the electrolytes, rhabdomyolysis and functional-quadriplegia packs (issue 13):
// the Excludes1 pairs their rulebooks list as test data, the pairs that must stay allowed, the headers
// and 7th-character codes, and the notes inherited from categories and blocks. Checked against the
// FY2026 tabular (icd10c-tabular-April-1-2026.xml) and order file.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';
import { excludes1Ref } from '../../../src/engine/rules/support/codes.ts';

const lexicon = defaultLexicon();
const def = (code: string) => {
  const d = lexicon.codes.get(code);
  if (!d) throw new Error(`${code} is not in the code lexicon`);
  return d;
};
const refs = (list: { code: string }[]) => list.map((r) => r.code);
const conflicts = (a: string, b: string) => lint('', { codes: [a, b] }).diagnostics.filter((d) => d.ruleId === 'excludes1-conflict');

describe('Excludes1 pairs of the pack rulebooks', () => {
  it.each([
    // electrolytes: E87.1 own note, category E87 (applies to every E87.x), E23.2 <-> N25.1
    ['E87.1', 'E22.2', true],
    ['E87.0', 'E23.2', true],
    ['E87.5', 'E23.2', true],
    ['E87.6', 'G72.3', true],
    ['E87.1', 'O21.1', true],
    ['E87.6', 'O08.5', true],
    ['E87.0', 'P19.9', true],
    ['E87.8', 'G72.3', true],
    ['E23.2', 'N25.1', true],
    ['N25.1', 'E23.2', true],
    // nephrogenic DI is not in the E87 note; dehydration with hyponatremia takes both codes
    ['E87.0', 'N25.1', false],
    ['E87.1', 'E86.0', false],
    ['E87.0', 'E87.1', false],
    ['E87.5', 'E87.6', false],
    // rhabdomyolysis: M62.82 own note, category M62, M62.2 (site codes), block M60-M63
    ['M62.82', 'T79.6XXA', true],
    ['M62.82', 'T79.6XXS', true],
    ['M62.82', 'G72.0', true],
    ['M62.82', 'G72.1', true],
    ['M62.82', 'M79.10', true],
    ['M62.82', 'R25.2', true],
    ['M62.261', 'M62.82', true],
    ['M62.20', 'T79.6XXA', true],
    ['M62.82', 'M33.20', true],
    // block M60-M63: muscular dystrophies and myopathies are Excludes2 in FY2026 (Excludes1 in FY2021)
    ['M62.82', 'G71.01', false],
    ['M62.82', 'T46.6X5A', false],
    ['T79.6XXA', 'T79.5XXA', false],
    ['M62.82', 'R82.1', false],
    // functional quadriplegia
    ['R53.2', 'R54', true],
    ['R53.2', 'G82.50', true],
    ['R53.2', 'G82.53', true],
    ['R53.2', 'F44.4', true],
    ['R53.2', 'M62.3', true],
    ['G82.20', 'R53.2', true],
    ['R53.2', 'G30.9', false],
    ['R53.2', 'Z74.01', false],
    ['R53.2', 'R53.81', false],
  ])('%s with %s conflicts: %s', (a, b, conflict) => {
    expect(conflicts(a, b)).toHaveLength(conflict ? 1 : 0);
  });
});

describe('headers and 7th characters', () => {
  it.each([
    ['T79.6', ['T79.6XXA', 'T79.6XXD', 'T79.6XXS']],
    ['T79.5', ['T79.5XXA', 'T79.5XXD', 'T79.5XXS']],
    ['E22', ['E22.0', 'E22.1', 'E22.2', 'E22.8', 'E22.9']],
    ['E87', ['E87.0', 'E87.1', 'E87.20', 'E87.21', 'E87.22', 'E87.29', 'E87.3', 'E87.4', 'E87.5', 'E87.6', 'E87.70', 'E87.71', 'E87.79', 'E87.8']],
    ['E87.2', ['E87.20', 'E87.21', 'E87.22', 'E87.29']],
    ['M62.26', ['M62.261', 'M62.262', 'M62.269']],
    ['G82', ['G82.20', 'G82.21', 'G82.22', 'G82.50', 'G82.51', 'G82.52', 'G82.53', 'G82.54']],
    ['Z74.0', ['Z74.01', 'Z74.09']],
  ])('%s is a header whose invalid-code suggestions are its billable codes', (code, children) => {
    const invalid = lint('', { codes: [code] }).diagnostics.filter((d) => d.ruleId === 'invalid-code');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.suggestedCodes.map((s) => s.code)).toEqual(children);
  });

  it.each(['T79.6XXA', 'T79.6XXD', 'T79.6XXS', 'T79.5XXA', 'E87.0', 'E22.2', 'E23.2', 'N25.1', 'M62.28', 'R82.1', 'R74.8', 'Z74.01', 'Z74.09', 'Z74.1', 'R39.81'])(
    '%s is billable and not an invalid code',
    (code) => {
      expect(def(code).billable).toBe(true);
      expect(lint('', { codes: [code] }).diagnostics.filter((d) => d.ruleId === 'invalid-code')).toEqual([]);
    },
  );
});

describe('titles, inclusion terms and inherited notes', () => {
  it('T79.6 codes carry "Traumatic rhabdomyolysis" and the T79 Excludes2', () => {
    for (const code of ['T79.6', 'T79.6XXA']) {
      expect(def(code).inclusionTerms, code).toContain('Traumatic rhabdomyolysis');
      expect(refs(def(code).excludes2), code).toEqual(expect.arrayContaining(['M62.2-', 'T79.A-', 'J80', 'T80-T88']));
    }
    expect(def('T79.6XXD').title).toBe('Traumatic ischemia of muscle, subsequent encounter');
  });

  it('R74.8 names other serum enzymes and not creatine kinase', () => {
    expect(def('R74.8').title).toBe('Abnormal levels of other serum enzymes');
    expect(def('R74.8').inclusionTerms.join(' ').toLowerCase()).not.toContain('creatine');
  });

  it('E86 codes say to use an additional E87.- code; E87 codes carry the block E70-E88 notes', () => {
    for (const code of ['E86.0', 'E86.9']) expect(refs(def(code).useAdditionalCode ?? []), code).toContain('E87.-');
    for (const code of ['E87.0', 'E87.1', 'E87.5', 'E87.6', 'E87.8']) {
      expect(excludes1Ref(def(code), 'E25.0'), code).not.toBeNull();
      expect(refs(def(code).excludes2), code).toContain('Q79.6-');
    }
  });

  it('E87.0 keeps diabetes with hyperosmolarity as Excludes2, not Excludes1', () => {
    expect(refs(def('E87.0').excludes2)).toEqual(expect.arrayContaining(['E11.00', 'E11.01', 'E13.00']));
    expect(excludes1Ref(def('E87.0'), 'E11.00')).toBeNull();
  });

  it('Z74.01 is "Bed confinement status" with the inclusion term Bedridden; Z74.09 excludes wheelchair dependence as Excludes2', () => {
    expect(def('Z74.01').title).toBe('Bed confinement status');
    expect(def('Z74.01').inclusionTerms).toEqual(['Bedridden']);
    expect(refs(def('Z74.09').excludes2)).toContain('Z99.3');
    expect(excludes1Ref(def('Z74.09'), 'Z99.3')).toBeNull();
  });
});
