/**
 * Dictated text spells punctuation out: "comma" reads as ",", so a spoken value list parses as a typed
 * one ("hemoglobin 12.8 on 11/28 comma this morning 7.6" has two hemoglobin results). Only words that
 * are never clinical terms are marks ("colon" stays an organ).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

const labs = (text: string) =>
  lint(text).findings.filter((f) => f.type === 'lab').map((f) => `${String(f.attributes.analyte)} ${String(f.attributes.value)}`);

describe('spoken punctuation marks', () => {
  it.each([
    ['a spoken comma before an elliptical value', 'labs preop hemoglobin 12.8 on 11/28 comma this morning 7.6 comma platelets 198', ['hemoglobin 12.8', 'hemoglobin 7.6', 'platelets 198']],
    ['the typed form reads the same', 'labs preop hemoglobin 12.8 on 11/28, this morning 7.6, platelets 198', ['hemoglobin 12.8', 'hemoglobin 7.6', 'platelets 198']],
    ['a spoken semicolon', 'sodium 128 semicolon potassium 3.1', ['sodium 128', 'potassium 3.1']],
    // negative row: "colon" is an organ, never a mark, so the stage number is no second hemoglobin
    ['"colon" is no mark', 'hemoglobin 12.8 colon cancer stage 2 this morning', ['hemoglobin 12.8']],
  ])('%s', (_name, text, expected) => {
    expect(labs(text)).toEqual(expected);
  });
});
