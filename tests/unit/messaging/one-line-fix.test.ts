/** The hover card's one-line fix: the instruction of the documentation hint, else the better code. */
import { describe, expect, it } from 'vitest';
import { MAX_FIX_LENGTH, oneLineFix } from '../../../src/messaging/one-line-fix.ts';

const suggested = (code: string, title = '') => ({ code, title, reason: 'r' });

describe('oneLineFix', () => {
  it.each([
    ['cuts the example off', 'Describe what the weakness limits, e.g. "Needs minimal assistance for transfers."', 'Describe what the weakness limits.'],
    ['keeps the first sentence', 'Report only the one the documentation supports: R53.1 (Weakness). Excludes1 allows both only when unrelated.', 'Report only the one the documentation supports: R53.1 (Weakness).'],
    ['keeps a dotted code inside the sentence', 'Document the cause of R53.1 weakness', 'Document the cause of R53.1 weakness.'],
    ['keeps a question', 'Is the weakness generalized or focal?', 'Is the weakness generalized or focal?'],
  ])('%s', (_name, hint, expected) => {
    expect(oneLineFix({ documentationHint: hint, suggestedCodes: [] })).toBe(expected);
  });

  it('falls back to the suggested codes, then to nothing', () => {
    expect(oneLineFix({ documentationHint: null, suggestedCodes: [suggested('G72.9', 'Myopathy, unspecified'), suggested('M62.82')] })).toBe(
      'Consider G72.9 (Myopathy, unspecified) (or M62.82).',
    );
    expect(oneLineFix({ documentationHint: '  ', suggestedCodes: [] })).toBeNull();
  });

  it('stays one line', () => {
    const fix = oneLineFix({ documentationHint: 'Document '.repeat(60), suggestedCodes: [] })!;
    expect(fix.length).toBeLessThanOrEqual(MAX_FIX_LENGTH);
    expect(fix.endsWith('…')).toBe(true);
  });
});
