import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

/**
 * The claim's order is the order of the codes given with the note (options, FHIR, the page); a code
 * written in the narrative follows its sentence, which says nothing about sequencing.
 */
describe('chosen codes: the given order is the claim order', () => {
  const narrative = 'A/P: Functional quadriplegia (R53.2) due to end-stage Alzheimer dementia (G30.1): bedbound, unable to move any of her 4 extremities.';

  it.each([
    { name: 'given codes keep their order although the note names them the other way', codes: ['G30.1', 'R53.2'], order: ['G30.1', 'R53.2'] },
    { name: 'given codes in the note order', codes: ['R53.2', 'G30.1'], order: ['R53.2', 'G30.1'] },
    { name: 'no given codes: the note order', codes: [], order: ['R53.2', 'G30.1'] },
    { name: 'a code only in the note follows the given ones', codes: ['G30.1'], order: ['G30.1', 'R53.2'] },
  ])('$name', ({ codes, order }) => {
    expect(lint(narrative, { codes, setting: 'inpatient' }).codes.map((c) => c.code)).toEqual(order);
  });

  it('a given code written in the note keeps the note span (the popup can show it)', () => {
    const out = lint(narrative, { codes: ['G30.1', 'R53.2'] });
    const r532 = out.codes.find((c) => c.code === 'R53.2')!;
    expect(narrative.slice(r532.start, r532.end)).toBe('R53.2');
  });

  it.each([
    { codes: ['G30.1', 'R53.2'], fires: false },
    { codes: ['R53.2', 'G30.1'], fires: true },
  ])('sequencing judges the claim order $codes', ({ codes, fires }) => {
    const out = lint(narrative, { codes, setting: 'inpatient' });
    expect(out.diagnostics.some((d) => d.ruleId === 'functional-quadriplegia-sequencing')).toBe(fires);
  });
});

describe('chosen codes: a range written in the note chooses neither end', () => {
  it.each([
    { note: 'Assessment: Hypokalemia (E87.6). Electrolyte codes E87.0-E87.8 reviewed.', codes: ['E87.6'] },
    { note: 'Assessment: Severe malnutrition E43; other codes of the block (E40-E46) not supported.', codes: ['E43'] },
    { note: 'Assessment: Hypokalemia E87.6, hyponatremia E87.1.', codes: ['E87.6', 'E87.1'] },
  ])('$note', ({ note, codes }) => {
    expect(lint(note).codes.map((c) => c.code)).toEqual(codes);
  });
});
