/**
 * A condition written before its order makes the order conditional (hypothetical): "Once ferritin
 * results, start IV iron", "Pending repeat BMP, may restart lisinopril". The condition reaches the
 * order's clause only; an order marked as done or ongoing, a dosing frequency ("once daily") and a
 * tolerance ("if tolerated") are no conditions. Rows name a finding of lint() by type and text.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import type { AssertionCategory, FindingType } from '../../../src/engine/types.ts';
import { expected } from './marked.ts';

describe('a condition before its order', () => {
  it.each<[note: string, type: FindingType, text: string, flags: AssertionCategory[]]>([
    ['Plan: Once ferritin results, start IV iron.', 'treatment', 'IV iron', ['hypothetical']],
    ['Plan: Pending repeat BMP, may restart lisinopril.', 'medication', 'lisinopril', ['hypothetical']],
    ['Plan: When K normalizes, restart lisinopril.', 'medication', 'lisinopril', ['hypothetical']],
    ['Plan:\nOnce iron studies back, start IV iron.', 'treatment', 'IV iron', ['hypothetical']],
    // already conditional before: "if" and "should" lead every finding's condition
    ['Plan: If K < 3.0, give KCl 40 mEq.', 'treatment', 'KCl', ['hypothetical']],
    ['Plan: Should Hgb drop below 7, transfuse 1 unit PRBC.', 'treatment', 'transfuse 1 unit PRBC', ['hypothetical']],
    ['Plan: start IV iron once iron studies back.', 'treatment', 'IV iron', ['hypothetical']],
    // negative rows: the condition's reach ends with the order's clause; done, ongoing and dosing words
    ['Plan: Once ferritin results, start IV iron, continue KCl 20 mEq daily.', 'treatment', 'KCl', []],
    ['Plan: Pending repeat BMP, continue KCl 20 mEq today.', 'treatment', 'KCl', []],
    ['Plan: Pending ferritin, IV iron given today.', 'treatment', 'IV iron', []],
    ['Plan: IV iron given, pending ferritin.', 'treatment', 'IV iron', []],
    ['Once home, she resumed lisinopril.', 'medication', 'lisinopril', []],
    ['When K normalized, lisinopril was restarted.', 'medication', 'lisinopril', []],
    ['Plan: Ferritin pending. Started IV iron.', 'treatment', 'IV iron', []],
    ['Plan: KCl 20 mEq once daily.', 'treatment', 'KCl', []],
    ['Plan: Once daily KCl 20 mEq.', 'treatment', 'KCl', []],
    ['Plan: continue lisinopril if tolerated.', 'medication', 'lisinopril', []],
    ['Plan: If tolerated, continue lisinopril.', 'medication', 'lisinopril', []],
    ['Plan: Will recheck ferritin once IV iron is done, then start oral iron.', 'treatment', 'IV iron', []],
    ['Labs: pending, on IV iron.', 'treatment', 'IV iron', []],
    ['Plan: BMP pending, on lisinopril.', 'medication', 'lisinopril', []],
    // the other flags still apply
    ['Plan: Once ferritin results, no IV iron.', 'treatment', 'IV iron', ['negated', 'hypothetical']],
  ])('%j: %s "%s"', (note, type, text, flags) => {
    const finding = lint(note).findings.find((f) => f.type === type && f.text === text);
    expect(finding, `${type} "${text}" is found`).toBeDefined();
    expect(finding!.assertion).toEqual(expected(flags));
  });
});
