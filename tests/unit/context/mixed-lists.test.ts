/**
 * Exam and review-of-systems lines that deny some items and affirm others after one negation: the
 * denial's list ends where a new clause affirms ("no edema, has temporal wasting", "without edema, with
 * bilateral temporal wasting"), while a plain list stays denied ("No fever, chills, or weakness").
 * Each row is a sentence with its target in brackets and the flags that must be set (others false).
 */
import { describe, expect, it } from 'vitest';
import type { AssertionCategory } from '../../../src/engine/types.ts';
import { assertMarked, expected } from './marked.ts';

describe('a denial list ends where a clause affirms', () => {
  it.each<[marked: string, flags: AssertionCategory[]]>([
    // affirmed after the list: a comma and a verb or "with" open the new clause
    ['Extremities: without edema, with bilateral [temporal wasting].', []],
    ['Exam: no edema, has [temporal wasting] and reduced deltoid bulk.', []],
    ['No edema, does have [temporal wasting].', []],
    ['No focal deficit, is [weak] in both hips.', []],
    ['No edema, appears [cachectic].', []],
    ['No edema, notable for [temporal wasting].', []],
    ['No edema, noted [temporal wasting] bilaterally.', []],
    ['No edema and with [temporal wasting].', []],
    ['Possible pneumonia, with [cough] for 3 days.', []],
    // forms that already ended the list: sentence, semicolon, "+", "but", "reports"
    ['No edema. [Temporal wasting], reduced deltoid bulk.', []],
    ['No edema; + [temporal wasting].', []],
    ['Without edema but with bilateral [temporal wasting].', []],
    ['Denies CP, SOB; reports [fatigue].', []],
    // negative rows: plain lists stay denied, "with" inside the denial stays in it
    ['No edema, temporal wasting, [reduced deltoid bulk].', ['negated']],
    ['No fever, chills, or [weakness].', ['negated']],
    ['No pain with ambulation or [weakness].', ['negated']],
    ['Denies [weakness] with walking.', ['negated']],
    // the comma's words keep their own phrases: "is resolved" denies, "now with" is current
    ['[Weakness], is resolved.', ['negated']],
    ['History of stroke, now with [residual weakness].', []],
    // the new clause ends only denial and doubt: history, family and conditions go on
    ['History of DVT, with [pulmonary embolism] in 2019.', ['historical']],
    ['Mother with diabetes, has [hypertension].', ['family', 'chronic']],
    ['Call if fever, with [chills].', ['hypothetical']],
    ['Lives alone, with her daughter nearby who has [diabetes].', ['chronic']],
  ])('%s -> %j', (marked, flags) => {
    expect(assertMarked(marked)).toEqual(expected(flags));
  });
});
