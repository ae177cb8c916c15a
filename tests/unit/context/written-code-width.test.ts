/**
 * A written ICD-10-CM code counts as one word for a trigger's reach: "Anemia (D64.9) - resolved" is as
 * resolved as "Anemia (D64) - resolved", although the tokenizer splits "D64.9" into three tokens.
 */
import { describe, expect, it } from 'vitest';
import { assertSpan } from '../../../src/engine/assertion/assert.ts';

const negated = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return assertSpan(text, start, start + phrase.length).negated;
};

describe('a written code is one word of a trigger scope', () => {
  it.each<[string, string, boolean]>([
    ['A: Anemia (D64.9) - resolved.', 'Anemia', true],
    ['2. Hypokalemia (E87.6) -- resolved, off KCl.', 'Hypokalemia', true],
    ['Dx: AKI (N17.9) - now resolved', 'AKI', true],
    ['A: Anemia (D64) - resolved.', 'Anemia', true],
    // negative rows: the trigger still reaches only its words, and no further
    ['A: Anemia (D64.9), iron started, cough has resolved.', 'Anemia', false],
    ['A: Anemia (D64.9) on darbepoetin q2wk per nephrology, rash resolved.', 'Anemia', false],
  ])('%s -> %s negated %s', (text, phrase, expected) => {
    expect(negated(text, phrase)).toBe(expected);
  });
});
