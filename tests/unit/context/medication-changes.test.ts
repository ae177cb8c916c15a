/**
 * The reason of a past medication change is past: "torsemide reduced from 40 after AKI" (the AKI came
 * before the change), unless the change is made now or the note states the condition now. The change
 * words are lexicon data (context.yaml medicationChanges).
 */
import { describe, expect, it } from 'vitest';
import { assertSpan } from '../../../src/engine/assertion/assert.ts';
import { lint } from '../../../src/engine/index.ts';
import type { AssertionCategory } from '../../../src/engine/types.ts';
import { expected } from './marked.ts';

function flagsOf(text: string, phrase: string): AssertionCategory[] {
  const start = text.indexOf(phrase);
  const a = assertSpan(text, start, start + phrase.length);
  return (Object.keys(a) as AssertionCategory[]).filter((k) => a[k]);
}

describe('the reason of a past medication change is past', () => {
  it.each<[string, string, AssertionCategory[]]>([
    ['Continue torsemide 20 daily (reduced from 40 after AKI), empagliflozin 10.', 'AKI', ['historical']],
    ['Metformin stopped after AKI in October.', 'AKI', ['historical']],
    ['Stopped metformin following AKI.', 'AKI', ['historical']],
    ['Torsemide was reduced from 40 to 20 mg after the AKI.', 'AKI', ['historical']],
    ['Lisinopril held since AKI last month.', 'AKI', ['historical']],
    // negative rows: a change made now, a reason without a change, a later clause, an ongoing order
    ['Lisinopril held today after AKI.', 'AKI', []],
    ['Lisinopril held for AKI.', 'AKI', []],
    ['Weakness after AKI.', 'AKI', []],
    ['Torsemide reduced after AKI. AKI persists, Cr 2.3.', 'AKI persists', []],
    ['Lisinopril held after AKI; AKI ongoing, Cr 2.3.', 'AKI ongoing', []],
    // the other flags still apply
    ['Torsemide reduced after AKI, now resolved.', 'AKI', ['negated', 'historical']],
    ['Mother: lisinopril stopped after AKI.', 'AKI', ['historical', 'family']],
  ])('%s -> %s %j', (text, phrase, flags) => {
    expect(flagsOf(text, phrase)).toEqual(flags);
  });
});

describe('a measured value named as the reason stays today\'s', () => {
  it.each<[note: string, text: string, flags: AssertionCategory[]]>([
    ['Lisinopril held after K 5.9 this morning.', 'K 5.9', []],
    ['Spironolactone stopped following K 6.1 today.', 'K 6.1', []],
  ])('%j: "%s"', (note, text, flags) => {
    const finding = lint(note).findings.find((f) => f.type === 'lab' && f.text === text);
    expect(finding, `lab "${text}" is found`).toBeDefined();
    expect(finding!.assertion).toEqual(expected(flags));
  });
});
