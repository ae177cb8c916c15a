import { describe, expect, it } from 'vitest';
import { add, compare, decimal, divide, multiply, round, subtract, toNumber, toText } from '../../../src/engine/evidence/decimal.ts';

describe('decimal: exact where binary floating point is not', () => {
  it.each([
    [2.3, 2.0, '0.3'],
    [0.3, 0.1, '0.2'],
    [1.1, 0.8, '0.3'],
    [48500, 1.5, '48498.5'],
    [2, 2.3, '-0.3'],
  ])('%s - %s = %s', (a, b, want) => {
    expect(toText(subtract(decimal(a), decimal(b)))).toBe(want);
    expect(toNumber(subtract(decimal(a), decimal(b)))).toBe(Number(want));
  });

  it('adds, multiplies and compares exactly', () => {
    expect(toText(add(decimal(0.1), decimal(0.2)))).toBe('0.3');
    expect(toText(multiply(decimal(1.5), decimal(0.9)))).toBe('1.35');
    expect(compare(decimal(1.35), multiply(decimal(1.5), decimal(0.9)))).toBe(0);
    expect(compare(decimal('1,200'), decimal(1199.99))).toBe(1);
    expect(compare(decimal(0.29), decimal(0.3))).toBe(-1);
  });

  it.each([
    // creatinine umol/L / 88.4 at two places: the KDIGO pairs of the AKI rulebook
    ['26.5', '88.4', 2, '0.3'],
    ['353.6', '88.4', 2, '4'],
    ['115', '88.4', 2, '1.3'],
    ['88', '88.4', 2, '1'],
    // hemoglobin mmol/L / 0.6206 at one place
    ['5.6', '0.6206', 1, '9'],
    ['2.1', '0.9', 2, '2.33'],
    ['1.35', '0.9', 2, '1.5'],
    ['-1', '3', 2, '-0.33'],
  ])('%s / %s to %i places = %s', (a, b, places, want) => {
    expect(toText(divide(decimal(a), decimal(b), places))).toBe(want);
  });

  it('rounds half away from zero', () => {
    expect(toText(round(decimal('0.125'), 2))).toBe('0.13');
    expect(toText(round(decimal('-0.125'), 2))).toBe('-0.13');
    expect(toText(round(decimal('99.088'), 0))).toBe('99');
    expect(toText(round(decimal('2.5'), 3))).toBe('2.5');
  });

  it('reads exponents and rejects non-numbers', () => {
    expect(toText(decimal(1e-7))).toBe('0.0000001');
    expect(toText(decimal('1.5e3'))).toBe('1500');
    expect(() => decimal(Number.NaN)).toThrow(RangeError);
    expect(() => decimal('abc')).toThrow(RangeError);
    expect(() => divide(decimal(1), decimal(0), 2)).toThrow(RangeError);
  });
});
