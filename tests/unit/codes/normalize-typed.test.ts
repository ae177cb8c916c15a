import { describe, expect, it } from 'vitest';
import { normalizeIcd10cm as normalizeCode } from '../../../src/codes/icd10cm.ts';

describe('normalizeCode', () => {
  it.each([
    ['M62.81', 'M62.81'],
    ['m6281', 'M62.81'],
    [' r53.1 ', 'R53.1'],
    ['R531', 'R53.1'],
    ['G72', 'G72'],
    ['U09.9', 'U09.9'],
    ['S72.001A', 'S72.001A'],
  ])('%s -> %s', (input, code) => {
    expect(normalizeCode(input)).toBe(code);
  });

  it.each(['', '62.81', 'M6', 'M62.81234', 'M62..81', '<b>', 'M62.81;'])('rejects %j', (input) => {
    expect(normalizeCode(input)).toBeNull();
  });
});
