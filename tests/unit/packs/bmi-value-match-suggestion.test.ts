/**
 * bmi-value-match says which code fits: a Z68 code whose range holds none of the documented BMI values
 * suggests the billable code of the same population whose range holds each value (from the code
 * file's `bmi` ranges, no list here). Rows where the code fits, or the age is what is wrong, suggest nothing.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

const suggestedFor = (note: string, codes: string[], age?: number) => {
  const d = lint(note, { codes, ...(age !== undefined ? { age } : {}) }).diagnostics.find((x) => x.ruleId === 'bmi-value-match');
  return d ? d.suggestedCodes.map((s) => s.code) : null;
};

describe('bmi-value-match suggestions', () => {
  it.each([
    ['underweight value, mid-range code', 'Wt 52.6 kg | Ht 170 cm | BMI 18.2\nA/P: Underweight (R63.6), Z68.22.', ['R63.6', 'Z68.22'], undefined, ['Z68.1']],
    ['obese value, lower class code', 'BMI 36.8. A/P: obesity - diet and exercise counseling.', ['E66.9', 'Z68.30'], undefined, ['Z68.36']],
    ['severe obesity value, underweight code', 'Wt 130 kg, BMI 42.3. A/P: morbid obesity; OSA on CPAP.', ['E66.01', 'Z68.1'], undefined, ['Z68.41']],
    ['value at a range edge (40.0 starts Z68.41)', 'BMI 40.0. A/P: obesity.', ['E66.9', 'Z68.39'], undefined, ['Z68.41']],
  ])('%s', (_name, note, codes, age, expected) => {
    expect(suggestedFor(note, codes, age)).toEqual(expected);
  });

  it.each([
    ['the code fits the value', 'BMI 30.4. A/P: obesity - diet counseling.', ['E66.9', 'Z68.30'], undefined],
    ['no BMI value documented', 'A/P: obesity - diet counseling.', ['E66.9', 'Z68.30'], undefined],
  ])('%s: no diagnostic', (_name, note, codes, age) => {
    expect(suggestedFor(note, codes, age)).toBeNull();
  });

  it('an adult code at age 15 is the age message, with no range suggestion', () => {
    expect(suggestedFor('15 yo male, wrestling. Wt 50 kg, BMI 17.5. A/P: sports physical.', ['Z68.1'], 15)).toEqual([]);
  });
});
