/**
 * A time anchor that labels a list ("Labs at that admission: Na 126, K 3.2, Hgb 7.9") dates every value
 * of the list, not only the first clause: values are clause-bound, and the colon and commas of the list
 * would otherwise end the anchor's scope. Values after "today" and on the next line stay current.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

const labAssertions = (text: string) =>
  lint(text, { setting: 'inpatient' })
    .findings.filter((f) => f.type === 'lab')
    .map((f) => [f.text, f.assertion.historical] as const);

describe('a time anchor that labels a list of values', () => {
  const rows: [name: string, note: string, historical: string[], current: string[]][] = [
    ['the list after "at that admission:"', 'Labs at that admission: Na 126, K 3.2, Hgb 7.9.\nToday: Na 138, Hgb 13.4.', ['Na 126', 'K 3.2', 'Hgb 7.9'], ['Na 138', 'Hgb 13.4']],
    ['the list after "on prior admission (08/2026):"', 'On prior admission (08/2026): Cr 2.4, Hgb 8.1\nCr 0.9, Hgb 12.9 this AM', ['Cr 2.4', 'Hgb 8.1'], ['Cr 0.9', 'Hgb 12.9']],
    ['values after "today" on the labelled line stay current', 'At her last admission: Na 124; today Na 131, K 4.0.', ['Na 124'], ['Na 131', 'K 4.0']],
    ['a long list reaches its line end', 'Labs at that admission: Na 126, K 3.2, Hgb 7.9 s/p 2u PRBC for GI bleed, Cr 1.4, BUN 40.\nNa 133, Cr 1.1', ['Na 126', 'Hgb 7.9', 'Cr 1.4'], ['Na 133', 'Cr 1.1']],
    // what complicated an earlier stay labels the rest of its sentence, parentheses and commas included
    [
      'the complications of an earlier stay',
      'That admission was complicated by AKI (Cr peak 3.1 on 11/9, discharge 1.4) and a GI bleed w/ Hgb 9.4 requiring 1 unit PRBC.\nToday: Cr 0.9, Hgb 12.8.',
      ['Cr peak 3.1', '1.4', 'Hgb 9.4'],
      ['Cr 0.9', 'Hgb 12.8'],
    ],
    ['the complications of her last admission, then today', 'Her last admission was complicated by a GI bleed w/ Hgb 7.9; today Hgb 12.1.', ['Hgb 7.9'], ['Hgb 12.1']],
    ['this admission\'s complications are current', 'This admission was complicated by AKI (Cr 2.1) and a GI bleed w/ Hgb 7.4.', [], ['Cr 2.1', 'Hgb 7.4']],
    // negative rows: no colon after the anchor, or the colon belongs to a later label
    ['an anchor in prose reaches its own clause only', 'Na 126 at her last admission, now Na 133 and Hgb 9.1.', ['Na 126'], ['Na 133', 'Hgb 9.1']],
    ['a value between the anchor and a colon: no label', 'Last admission Cr 2.4 per records. BMP: Cr 1.1, K 4.2.', ['Cr 2.4'], ['Cr 1.1', 'K 4.2']],
  ];
  it.each(rows)('%s', (_name, note, historical, current) => {
    const found = new Map(labAssertions(note));
    for (const v of historical) expect(found.get(v), v).toBe(true);
    for (const v of current) expect(found.get(v), v).toBe(false);
  });

  it('a copied admission list no longer raises possible-dx queries; the same list today still does', () => {
    const old = 'Labs at that admission: Na 126, Hgb 7.9.\nToday: Na 138, Hgb 13.4.';
    const ids = (t: string) => lint(t, { setting: 'inpatient' }).diagnostics.map((d) => d.ruleId);
    expect(ids(old)).not.toContain('possible-hyponatremia');
    expect(ids(old)).not.toContain('possible-anemia');
    const now = 'Labs this admission: Na 126, Hgb 7.9.\nToday: Na 127, Hgb 7.6.';
    expect(ids(now)).toContain('possible-hyponatremia');
    expect(ids(now)).toContain('possible-anemia');
  });
});
