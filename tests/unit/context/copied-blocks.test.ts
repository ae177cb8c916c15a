/**
 * Text carried into this note from an earlier one ("Copied from 11/28 note:", "Previous note:", "Prior
 * H&P:", "Interval history (from 11/28):") is history up to the next section header: its grades, labs
 * and treatments are not this encounter's. A block dated to this encounter stays current.
 * Rows name a finding of lint() by type and text.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import type { AssertionCategory, FindingType } from '../../../src/engine/types.ts';
import { expected } from './marked.ts';

const DOS = 'Date of service: 12/05/2026\n';

describe('a block copied from an earlier note is historical', () => {
  it.each<[note: string, type: FindingType, text: string, flags: AssertionCategory[]]>([
    [`${DOS}Copied from 11/28 note:\nStrength 3/5 hip flexors. Hgb 7.2. Transfused 1 unit PRBC.`, 'strength-grade', '3/5', ['historical']],
    [`${DOS}Copied from 11/28 note:\nStrength 3/5 hip flexors. Hgb 7.2. Transfused 1 unit PRBC.`, 'lab', 'Hgb 7.2', ['historical']],
    [`${DOS}Copied from 11/28 note:\nStrength 3/5 hip flexors. Hgb 7.2. Transfused 1 unit PRBC.`, 'treatment', 'Transfused 1 unit PRBC', ['historical']],
    ['Previous note:\nRhabdomyolysis, CK 12000.\nAssessment:\nWeakness.', 'lab', 'CK 12000', ['historical']],
    ['Prior H&P:\nAKI, Cr 2.1 on admission.\nAssessment:\nWeakness.', 'lab', 'Cr 2.1', ['historical']],
    [`${DOS}Interval history (from 11/28):\nHgb 7.2. Transfused 1 unit PRBC.\nHPI:\nWeakness.`, 'lab', 'Hgb 7.2', ['historical']],
    // the block's other flags stay
    ['Previous note:\nNo weakness. CK 12000.', 'weakness', 'weakness', ['negated', 'historical']],
    // negative rows: the next header ends the block; a block of this encounter; sections without a carried-over word
    [`${DOS}Copied from 11/28 note:\nStrength 3/5 hip flexors.\nExam:\nStrength 4/5 hip flexors.`, 'strength-grade', '4/5', []],
    ['Previous note:\nRhabdomyolysis, CK 12000.\nAssessment:\nWeakness.', 'weakness', 'Weakness', []],
    [`${DOS}Copied from 12/05 note:\nHgb 7.2. Transfused 1 unit PRBC.`, 'lab', 'Hgb 7.2', []],
    [`Admission date: 12/01/2026\n${DOS}Copied from 12/02 H&P:\nHgb 7.2.`, 'lab', 'Hgb 7.2', []],
    [`${DOS}Interval history:\nHgb 7.2. Transfused 1 unit PRBC.`, 'lab', 'Hgb 7.2', []],
    [`${DOS}Interval history (since 12/04):\nHgb 7.2.`, 'lab', 'Hgb 7.2', []],
    ['Prior notes reviewed, CK 12000 today.', 'lab', 'CK 12000', []],
  ])('%j: %s "%s"', (note, type, text, flags) => {
    const finding = lint(note).findings.find((f) => f.type === type && f.text === text);
    expect(finding, `${type} "${text}" is found`).toBeDefined();
    expect(finding!.assertion).toEqual(expected(flags));
  });
});
