/**
 * "not yet" denies what follows ("CKD 5, not yet on HD"): "yet" alone ends a denial's scope
 * ("no fever, yet weak"), so without its own trigger "not yet" negated nothing.
 */
import { describe, expect, it } from 'vitest';
import type { AssertionCategory } from '../../../src/engine/types.ts';
import { assertMarked, expected } from './marked.ts';

describe('"not yet" is a forward negation', () => {
  it.each<[string, AssertionCategory[]]>([
    ['CKD stage 5, not yet on [HD], AVF maturing.', ['negated']],
    ['CKD 5 - N18.5 - not yet on [dialysis].', ['negated']],
    ['Has not yet started [hemodialysis].', ['negated']],
    ['Pt is not yet [ambulating] with PT.', ['negated']],
    // negative rows: "yet" alone still ends a denial; "not yet" does not reach backward or past "but"
    ['No fever, yet [weakness] persists.', []],
    ['On [HD] since March, not yet at dry weight.', []],
    ['Not yet ambulating, but [transfers] with min assist.', []],
  ])('%s -> %j', (marked, flags) => {
    expect(assertMarked(marked)).toEqual(expected(flags));
  });
});
