/**
 * A date written right after a measured value dates that value ("usual 49.5 kg 6/2026", "Cr 1.1 (3/2026)"):
 * it does not put the rest of the sentence in the past ("= 11% loss in 6 months" is today's finding). A date
 * that leads its words or labels its line still dates what follows.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import type { AssertionCategory } from '../../../src/engine/types.ts';
import { assertMarked, expected } from './marked.ts';

const DOS = 'Date of service: 12/05/2026\n';

describe('a date after a measured value does not make the text after it historical', () => {
  it.each<[note: string, type: string, text: string, flags: AssertionCategory[]]>([
    // the dated value is a comparison point; the change measured against it is current
    ['Nutrition: Wt 44 kg today, usual 49.5 kg 6/2026 = 11% loss in 6 months.', 'weight-change', '11% loss in 6 months', []],
    ['Nutrition: Weight 44 kg (usual 49.5 kg in 6/2026), 11% loss over 6 months.', 'weight-change', '11% loss over 6 months', []],
    ['Nutrition: Weight 44 kg (usual 97 lb 06/01/2026) with 11% loss over 6 months.', 'weight-change', '11% loss over 6 months', []],
    ['Nutrition: Weight 44 kg, usual 49.5 kg in 2025, 11% loss over 6 months.', 'weight-change', '11% loss over 6 months', []],
    // negative rows: a leading date, a date labelling its line, negated, family, hypothetical, normal weight
    ['Nutrition: In 6/2026 she had lost 11% over 3 months.', 'weight-change', 'lost 11% over 3 months', ['historical']],
    ['6/2026: Wt 49.5 kg, 11% loss over 3 months.', 'weight-change', '11% loss over 3 months', ['historical']],
    ['6/2026: Wt 49.5 kg, 11% loss over 3 months.', 'vital', 'Wt 49.5 kg', ['historical']],
    ['Nutrition: Wt 44 kg, usual 44.5 kg 6/2026, no weight loss.', 'weight-change', 'weight loss', ['negated']],
    ['Nutrition: Wt 44 kg, usual 44.5 kg 6/2026. Mother had 11% weight loss over 6 months.', 'weight-change', '11% weight loss over 6 months', ['family']],
    ['Nutrition: Wt 44 kg, usual 44.5 kg 6/2026. If 5% loss over 1 month, consult dietitian.', 'weight-change', '5% loss over 1 month', ['hypothetical']],
    ['Nutrition: Wt 70 kg, usual 70 kg 6/2026, weight stable.', 'vital', 'Wt 70 kg', []],
  ])('%j: %s "%s"', (note, type, text, flags) => {
    const finding = lint(DOS + note, { setting: 'inpatient' }).findings.find((f) => f.type === type && f.text === text);
    expect(finding, `${type} "${text}" is found`).toBeDefined();
    expect(finding!.assertion).toEqual(expected(flags));
  });
});

describe('a date after a value dates the value, not its clause neighbours', () => {
  it.each<[string, AssertionCategory[]]>([
    ['Date of service: 12/05/2026. Hgb 12.9 on 11/02/2026, [Cr 2.3] today.', []],
    ['Date of service: 12/05/2026. Wt 44 kg, usual 49.5 kg 6/2026 = [weight loss] of 11%.', []],
    ['Date of service: 12/05/2026. Cr 1.1 (3/2026) [AKI] now.', []],
    // negative rows: the value itself stays dated; a leading date and a date after a diagnosis keep their reach
    ['Date of service: 12/05/2026. [Hgb 12.9] on 11/02/2026, Cr 2.3 today.', ['historical']],
    ['Date of service: 12/05/2026. On 11/02/2026 he had [melena].', ['historical']],
    ['Date of service: 12/05/2026. Hgb 9.1 11/28, today [7.2].', []],
    ['Date of service: 12/05/2026. Stroke 3/2019, residual [weakness].', []],
    ['Date of service: 12/05/2026. Stroke 3/2019 with [aphasia].', ['historical']],
    ['Date of service: 12/05/2026. Hospitalized for 3 days 6/2026 with [pneumonia].', ['historical']],
  ])('%s -> %j', (marked, flags) => {
    expect(assertMarked(marked)).toEqual(expected(flags));
  });
});
