// FY2026 ICD-10-CM facts the first import of the code lexicon got wrong (issue 11), one test each,
// checked against the FY2026 tabular (icd10c-tabular-April-1-2026.xml). Also: code ranges in notes.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';
import { excludes1Ref, refCovers } from '../../../src/engine/rules/support/codes.ts';

const lexicon = defaultLexicon();
const def = (code: string) => {
  const d = lexicon.codes.get(code);
  if (!d) throw new Error(`${code} is not in the code lexicon`);
  return d;
};
const refs = (list: { code: string }[]) => list.map((r) => r.code);
const conflicts = (a: string, b: string) => lint('', { codes: [a, b] }).diagnostics.filter((d) => d.ruleId === 'excludes1-conflict');

describe('FY2026 facts', () => {
  it('D51.0 has no Excludes1 E53.8; category D51 has Excludes2 E53.-', () => {
    expect(excludes1Ref(def('D51.0'), 'E53.8')).toBeNull();
    expect(refs(def('D51.0').excludes2)).toContain('E53.-');
    expect(conflicts('D51.0', 'E53.8')).toEqual([]);
  });

  it('E53.8 keeps Excludes1 D52.- only; D51.- is Excludes2', () => {
    expect(excludes1Ref(def('E53.8'), 'D52.0')).not.toBeNull();
    expect(excludes1Ref(def('E53.8'), 'D51.0')).toBeNull();
    expect(refs(def('E53.8').excludes2)).toContain('D51.-');
  });

  it('G93.3- carries Excludes1 R53.82 and F48.8 and a use-additional-code note for U09.9', () => {
    for (const code of ['G93.3', 'G93.31', 'G93.32', 'G93.39']) {
      expect(refs(def(code).excludes1), code).toEqual(expect.arrayContaining(['R53.82', 'F48.8']));
      expect(refs(def(code).useAdditionalCode ?? []), code).toContain('U09.9');
    }
    expect(conflicts('G93.32', 'R53.82')).toHaveLength(1);
  });

  it('R64 has no "wasting syndrome" inclusion and has Excludes1 E88.A', () => {
    expect(def('R64').inclusionTerms.map((t) => t.toLowerCase())).not.toContain('wasting syndrome');
    expect(excludes1Ref(def('R64'), 'E88.A')).not.toBeNull();
  });

  it('G20 has no Excludes1 G31.83 and lists hemiparkinsonism, paralysis agitans, idiopathic/primary parkinsonism', () => {
    for (const code of ['G20', 'G20.A1', 'G20.B2', 'G20.C']) expect(excludes1Ref(def(code), 'G31.83'), code).toBeNull();
    const inclusion = def('G20').inclusionTerms.join(' | ').toLowerCase();
    for (const term of ['hemiparkinsonism', 'paralysis agitans', 'idiopathic parkinsonism', 'primary parkinsonism']) expect(inclusion).toContain(term);
  });

  it('F32.9\'s only inclusion is "Major depression NOS"; "Depression NOS" sits under F32.A', () => {
    expect(def('F32.9').inclusionTerms).toEqual(['Major depression NOS']);
    expect(def('F32.A').inclusionTerms).toContain('Depression NOS');
  });

  it('E11.9 has Excludes1 E11.A', () => {
    expect(excludes1Ref(def('E11.9'), 'E11.A')).not.toBeNull();
  });

  it('M62.5 has the back children M62.5A0-M62.5A9, billable under the header M62.5A', () => {
    expect(def('M62.5').children).toEqual(expect.arrayContaining(['M62.5A0', 'M62.5A1', 'M62.5A2', 'M62.5A9']));
    expect(def('M62.5A').billable).toBe(false);
    expect(def('M62.5A2').title).toBe('Muscle wasting and atrophy, not elsewhere classified, back, lumbosacral');
    expect(lint('Assessment: lumbar paraspinal atrophy M62.5A').diagnostics.some((d) => d.ruleId === 'invalid-code')).toBe(true);
  });

  it('U07.1 has no Excludes2 B34.2', () => {
    expect(refs(def('U07.1').excludes2)).not.toContain('B34.2');
  });

  it('category E87\'s Excludes1 P19.9 applies to E87.1, E87.5 and E87.6', () => {
    for (const code of ['E87.1', 'E87.5', 'E87.6']) expect(excludes1Ref(def(code), 'P19.9'), code).not.toBeNull();
  });

  it('E83.5 Excludes1 E20.81- (autosomal dominant hypocalcemia, secondary and autoimmune hypoparathyroidism)', () => {
    for (const code of ['E83.51', 'E83.52']) {
      for (const other of ['E20.810', 'E20.811', 'E20.812']) expect(excludes1Ref(def(code), other), `${code} ${other}`).not.toBeNull();
    }
  });

  it('I63 Excludes2 Z86.73', () => {
    expect(refs(def('I63.9').excludes2)).toContain('Z86.73');
    expect(excludes1Ref(def('I63.9'), 'Z86.73')).toBeNull();
  });

  it('G47.33 Excludes1 P28.3- (the family, not only P28.3)', () => {
    expect(excludes1Ref(def('G47.33'), 'P28.33')).not.toBeNull();
  });
});

describe('code ranges in notes', () => {
  it.each([
    ['A39.2-A39.4', 'A39.2', true],
    ['A39.2-A39.4', 'A39.3', true],
    ['A39.2-A39.4', 'A39.4', true],
    ['A39.2-A39.4', 'A39.1', false],
    ['A39.2-A39.4', 'A39.50', false],
    ['E00-E02', 'E00.9', true],
    ['E00-E02', 'E01.8', true],
    ['E00-E02', 'E02', true],
    ['E00-E02', 'E03.9', false],
    ['G70.80-G70.81', 'G70.80', true],
    ['G70.80-G70.81', 'G70.81', true],
    ['G70.80-G70.81', 'G70.89', false],
    ['G70.80-G70.81', 'G70.01', false],
    ['C00-D49', 'C80.1', true],
    ['C00-D49', 'D50.9', false],
  ])('%s covers %s: %s', (range, code, covered) => {
    expect(refCovers(range, code)).toBe(covered);
  });

  it('the ranges of the tabular are kept in the lexicon', () => {
    expect(refs(def('A41.9').excludes2)).toContain('A39.2-A39.4');
    expect(refs(def('E03.9').excludes1)).toContain('E00-E02');
    expect(refs(def('G73.1').excludes1)).toContain('G70.80-G70.81');
  });

  it('Excludes1 matches over a range: E03.9 with an iodine-deficiency hypothyroidism code', () => {
    expect(conflicts('E03.9', 'E01.8')).toHaveLength(1);
    expect(conflicts('E03.9', 'E05.90')).toEqual([]);
    expect(conflicts('G73.1', 'G70.80')).toHaveLength(1);
  });
});
