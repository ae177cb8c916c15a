/**
 * Two extra triggers of the assertion stage: a bare past year ("transfused in 2019") is historical,
 * and a threshold condition ("transfuse if Hgb < 7") makes the order before it hypothetical.
 */
import { describe, expect, it } from 'vitest';
import { assertSpan } from '../../../src/engine/assertion/assert.ts';
import type { AssertionCategory } from '../../../src/engine/types.ts';

function flagsOf(text: string, phrase: string): AssertionCategory[] {
  const start = text.indexOf(phrase);
  const a = assertSpan(text, start, start + phrase.length);
  return (Object.keys(a) as AssertionCategory[]).filter((k) => a[k]);
}

describe('a bare year before the encounter is historical', () => {
  it.each<[string, string, AssertionCategory[]]>([
    ['Transfused in 2019 for a GI bleed.', 'Transfused', ['historical']],
    ['She needed a walker during 2018 after hip surgery.', 'walker', ['historical']],
    ['Weakness since 2019.', 'Weakness', []],
    ['Date of service: 03/02/2019. Transfused in 2019.', 'Transfused', []],
    ['Date of service: 03/02/2024. Transfused in 2019.', 'Transfused', ['historical']],
    ['Weakness in 20 minutes after walking.', 'Weakness', []],
  ])('%s -> %s %j', (text, phrase, flags) => {
    expect(flagsOf(text, phrase)).toEqual(flags);
  });
});

describe('a threshold condition makes its clause hypothetical', () => {
  it.each<[string, string, AssertionCategory[]]>([
    ['Plan: transfuse 1 unit PRBC if Hgb < 7.', 'transfuse', ['hypothetical']],
    ['Replete KCl for K < 3.5 per protocol.', 'KCl', ['hypothetical']],
    ['Hold lisinopril if K > 5.5.', 'lisinopril', ['hypothetical']],
    ['Call if SBP drops below 90.', 'Call', ['hypothetical']],
    ['Transfused 1 unit, Hgb 7.8 after.', 'Transfused', []],
    ['Hyperkalemia, K 6.1. Lokelma given for K > 6.', 'Hyperkalemia', []],
    ['K 6.1. Lokelma given for K > 6.', 'Lokelma', []],
    ['Fatigue for 2 weeks, worse in the evening.', 'Fatigue', []],
    ['89-year-old woman seen for progressive decline over 6 months.', 'woman', []],
    ['Weakness when walking over 2 blocks.', 'Weakness', []],
    ['Transfuse when Hgb falls below 7.', 'Transfuse', ['hypothetical']],
    // An order that names its threshold directly: the threshold is no measured value.
    ['Daily CBC; transfuse Hgb < 7 or plt < 10.', 'Hgb < 7', ['hypothetical']],
    ['Daily CBC; transfuse Hgb < 7 or plt < 10.', 'plt < 10', ['hypothetical']],
    ['Replete lytes, goal K > 4.', 'K > 4', ['hypothetical']],
    ['Transfusion threshold Hgb < 8 given CAD.', 'Hgb < 8', ['hypothetical']],
    ['Transfusion given overnight, Hgb 6.8 before it.', 'Hgb 6.8', []],
    ['Plt < 10 this morning: transfused 1 unit platelets.', 'Plt < 10', []],
  ])('%s -> %s %j', (text, phrase, flags) => {
    expect(flagsOf(text, phrase)).toEqual(flags);
  });
});
