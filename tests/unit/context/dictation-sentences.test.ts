/**
 * Speech recognition leaves spoken punctuation in dictated notes ("no distension period labs preop
 * hemoglobin ...", "new paragraph"). It ends a sentence, so a denial does not run on into the next
 * dictated sentence; "period" as a plain word ("menstrual period", "a period of 3 weeks") does not.
 */
import { describe, expect, it } from 'vitest';
import type { AssertionCategory } from '../../../src/engine/types.ts';
import { assertMarked, expected } from './marked.ts';

describe('spoken sentence ends in dictated text', () => {
  it.each<[string, string, AssertionCategory[]]>([
    ['"period" ends a denial', 'exam abdomen soft no distension period labs preop [hemoglobin] 12.8 this morning 7.6', []],
    ['"period" across a wrapped line', 'she denies fever or chills period\nshe reports [weakness] in both legs for 2 weeks', []],
    ['"new paragraph"', 'no chest pain new paragraph [dyspnea] on exertion for a month', []],
    ['"full stop"', 'no rash full stop [edema] of both legs to the knees', []],
    // negative rows: "period" as a plain word keeps the denial going; a real denial after a spoken end still denies
    ['"menstrual period" is a word', 'no menstrual period or [spotting] since march', ['negated']],
    ['"a period of" is a word', 'denies pain for a period of weeks or [swelling] of the knee', ['negated']],
    ['"postoperative period." is a word', 'no bleeding in the postoperative period or [hematoma] at the incision', ['negated']],
    ['the next dictated sentence can deny', 'abdomen soft period no [distension] period', ['negated']],
  ])('%s', (_name, marked, flags) => {
    expect(assertMarked(marked)).toEqual(expected(flags));
  });
});
