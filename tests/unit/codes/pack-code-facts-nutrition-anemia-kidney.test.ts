// FY2026 code facts of the malnutrition, anemia and AKI packs (the other packs' facts are in
// pack-code-facts.test.ts), one row each, checked against the FY2026 tabular: headers, Excludes1 with
// category and block inheritance and ranges, Excludes2 that must not conflict, code-first and
// use-additional notes, and the Z68 BMI ranges.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';
import { excludes1Ref, refCovers } from '../../../src/engine/rules/support/codes.ts';
import type { CodeDef } from '../../../src/lexicon/types.ts';

const lexicon = defaultLexicon();
const def = (code: string): CodeDef => {
  const d = lexicon.codes.get(code);
  if (!d) throw new Error(`${code} is not in the code lexicon`);
  return d;
};
const conflicts = (a: string, b: string) => lint('', { codes: [a, b] }).diagnostics.filter((d) => d.ruleId === 'excludes1-conflict');

describe('pack headers are headers with their billable children', () => {
  it.each([
    ['E44', ['E44.0', 'E44.1']],
    ['N17', ['N17.0', 'N17.1', 'N17.2', 'N17.8', 'N17.9']],
    ['N18', ['N18.1', 'N18.2', 'N18.30', 'N18.31', 'N18.32', 'N18.4', 'N18.5', 'N18.6', 'N18.9']],
    ['N18.3', ['N18.30', 'N18.31', 'N18.32']],
    ['D61.81', ['D61.810', 'D61.811', 'D61.818']],
    ['D63', ['D63.0', 'D63.1', 'D63.8']],
    ['D64', ['D64.0', 'D64.1', 'D64.2', 'D64.3', 'D64.4', 'D64.81', 'D64.89', 'D64.9']],
    ['D64.8', ['D64.81', 'D64.89']],
    ['Z68.4', ['Z68.41', 'Z68.42', 'Z68.43', 'Z68.44', 'Z68.45']],
    ['Z68.5', ['Z68.51', 'Z68.52', 'Z68.53', 'Z68.54', 'Z68.55', 'Z68.56']],
  ])('%s', (code, children) => {
    expect(def(code).billable).toBe(false);
    expect(def(code).children).toEqual(children);
    expect(lint(`A/P: ${code}`).diagnostics.some((d) => d.ruleId === 'invalid-code' && d.code === code)).toBe(true);
  });

  it.each(['E40', 'E41', 'E42', 'E43', 'E45', 'E46', 'E88.A', 'R64', 'R63.4', 'R63.6', 'R62.7', 'Z68.1', 'D53.9', 'D62', 'D63.1', 'D64.81', 'R71.0', 'N17.9', 'N18.6', 'N19', 'N28.9', 'R39.2', 'R34', 'R79.89', 'R94.4'])(
    '%s is billable',
    (code) => expect(def(code).billable).toBe(true),
  );
});

describe('Excludes1 pairs of the packs conflict, both ways', () => {
  it.each([
    // malnutrition: own notes, the R63.6 range E40-E46, the block note of E40-E46
    ['R63.6', 'E43'], ['R63.6', 'E44.1'], ['R64', 'E88.A'], ['R64', 'R63.4'], ['R64', 'E41'], ['E88.A', 'E41'],
    ['E40', 'E42'], ['E41', 'E42'], ['E46', 'E63.9'], ['R63.6', 'R63.4'], ['E43', 'K90.0'], ['E44.0', 'E64.0'],
    // inherited from R63 and R62
    ['R63.4', 'F50.23'], ['R62.7', 'E23.0'],
    // anemia: D62 / D50.0, D53.9 / D64.9, R71 category range D50-D64, D61.81 notes, D64 notes
    ['D62', 'D50.0'], ['D53.9', 'D64.9'], ['R71.0', 'D62'], ['R71.0', 'D64.9'], ['R71.0', 'D50.9'],
    ['D61.818', 'D61.9'], ['D61.818', 'D61.82'], ['D61.810', 'C91.40'], ['D64.9', 'D46.9'], ['D64.81', 'C92.00'],
    // AKI: N19 notes, N18.5 / N18.6, N17 category T79.5, N28.9 / N18.9, R39.2 / N19
    ['N19', 'N17.9'], ['N19', 'N18.4'], ['N19', 'N28.9'], ['N18.5', 'N18.6'], ['N17.9', 'T79.5XXA'], ['N17.0', 'T79.5XXA'],
    ['R39.2', 'N19'], ['N28.9', 'N18.9'],
  ])('%s + %s', (a, b) => {
    expect(conflicts(a, b)).toHaveLength(1);
    expect(conflicts(b, a)).toHaveLength(1);
  });
});

describe('Excludes2 and unrelated pairs do not conflict', () => {
  it.each([
    ['E88.A', 'R62.7'], ['E43', 'D50.9'], ['E43', 'T73.0XXA'], ['N17.9', 'N18.4'], ['N18.4', 'T79.5XXA'], ['N17.9', 'R39.2'],
    ['N18.32', 'N14.11'], ['D63.0', 'D64.81'], ['D61.818', 'D46.9'], ['D61.810', 'D70.1'], ['R79.89', 'D69.6'], ['N17.9', 'S37.009A'],
  ])('%s + %s', (a, b) => {
    expect(conflicts(a, b)).toEqual([]);
  });
});

describe('code-first and use-additional notes', () => {
  const covers = (refs: { code: string }[] | undefined, code: string) => (refs ?? []).some((r) => refCovers(r.code, code));
  it.each([
    ['D63.1', 'N18.4'], ['D63.0', 'C18.9'], ['D63.8', 'E03.9'], ['N18.4', 'E11.22'], ['N18.32', 'I12.9'], ['N18.6', 'I13.2'],
  ])('%s: code first %s', (code, first) => expect(covers(def(code).codeFirst, first)).toBe(true));

  it.each([
    ['R63.6', 'Z68.1'], ['N18.6', 'Z99.2'], ['N18.4', 'E88.A'], ['N18.9', 'Z94.0'],
  ])('%s: use additional %s', (code, additional) => expect(covers(def(code).useAdditionalCode, additional)).toBe(true));

  it('the block Excludes2 of N17-N19 reaches every code of the block', () => {
    for (const code of ['N17.9', 'N18.4', 'N18.6', 'N19']) expect(covers(def(code).excludes2, 'N14.11'), code).toBe(true);
  });

  it('N17.9 is the code of nontraumatic acute kidney injury; acute renal insufficiency is N28.9', () => {
    expect(def('N17.9').inclusionTerms).toEqual(['Acute kidney injury (nontraumatic)']);
    expect(def('N28.9').inclusionTerms).toContain('Renal insufficiency (acute)');
    expect(excludes1Ref(def('N19'), 'N28.9')).not.toBeNull();
  });
});

describe('Z68 BMI ranges', () => {
  const adult = [...lexicon.codes.values()].filter((d) => d.billable && d.bmi?.population === 'adult');
  const codeFor = (bmi: number) => adult.filter((d) => (d.bmi!.min ?? -Infinity) <= bmi && bmi < (d.bmi!.below ?? Infinity)).map((d) => d.code);

  it.each([
    [12.4, 'Z68.1'], [19.9, 'Z68.1'], [19.95, 'Z68.1'], [20, 'Z68.20'], [20.9, 'Z68.20'], [24.99, 'Z68.24'], [29.9, 'Z68.29'], [30, 'Z68.30'],
    [39.9, 'Z68.39'], [40, 'Z68.41'], [44.9, 'Z68.41'], [45, 'Z68.42'], [59.9, 'Z68.43'], [60, 'Z68.44'], [69.9, 'Z68.44'], [70, 'Z68.45'], [84, 'Z68.45'],
  ])('BMI %s is %s, and only it', (bmi, code) => {
    expect(codeFor(bmi)).toEqual([code]);
  });

  it('every adult code is for ages 20 and over, every pediatric code for ages 2-19', () => {
    expect(adult).toHaveLength(26);
    for (const d of adult) expect(d.bmi!.ages, d.code).toEqual({ min: 20 });
    const pediatric = [...lexicon.codes.values()].filter((d) => d.bmi?.population === 'pediatric');
    expect(pediatric.map((d) => d.code).sort()).toEqual(['Z68.51', 'Z68.52', 'Z68.53', 'Z68.54', 'Z68.55', 'Z68.56']);
    for (const d of pediatric) expect(d.bmi!.ages, d.code).toEqual({ min: 2, max: 19 });
  });

  it('pediatric codes: percentiles for age, then percent of the 95th percentile', () => {
    expect(def('Z68.53').bmi).toMatchObject({ measure: 'percentile-for-age', min: 85, below: 95 });
    expect(def('Z68.54').bmi).toMatchObject({ measure: 'percent-of-95th-percentile', min: 100, below: 120 });
    expect(def('Z68.56').bmi).toMatchObject({ measure: 'percent-of-95th-percentile', min: 140 });
    expect(def('Z68.56').bmi?.below).toBeUndefined();
  });

  it('headers carry the range of their children', () => {
    expect(def('Z68.2').bmi).toMatchObject({ min: 20, below: 30 });
    expect(def('Z68.4').bmi).toMatchObject({ min: 40 });
    expect(def('Z68').bmi).toBeUndefined();
  });
});
