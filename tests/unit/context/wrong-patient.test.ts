/**
 * A wrong-patient paste corrected in the note (src/engine/assertion/wrong-patient.ts): earlier values
 * of an analyte reported again after a statement that they belong to another patient are not the
 * patient's, and ask nothing. Negative rows: no such statement, an analyte not reported again, the
 * values after the statement.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

const otherPatient = (text: string) =>
  lint(text, { setting: 'outpatient' })
    .findings.filter((f) => f.type === 'lab')
    .map((f) => [f.text, f.assertion.family] as const);

const PASTE = 'ED note. Syncope, back to baseline.\nLabs: Hgb 7.1 (L) | Na 129 (L) | K 6.2 (H) | Cr 3.4 (H)\n';

describe('values a later statement gives to another patient', () => {
  const rows: [name: string, note: string, other: string[], patient: string[]][] = [
    [
      'an addendum naming a wrong-patient paste, with the correct values',
      `${PASTE}ADDENDUM: the lab results above were copied in error from another patient's chart. Correct labs: Hgb 14.6 | Na 140 | K 4.1 | Cr 0.9.`,
      ['Hgb 7.1 (L)', 'Na 129 (L)', 'K 6.2 (H)', 'Cr 3.4 (H)'],
      ['Hgb 14.6', 'Na 140', 'K 4.1', 'Cr 0.9'],
    ],
    ['"wrong patient", only the values reported again', `${PASTE}*** WRONG PATIENT *** Repeat for this patient: Hgb 14.2, K 4.0.`, ['Hgb 7.1 (L)', 'K 6.2 (H)'], ['Na 129 (L)', 'Cr 3.4 (H)', 'Hgb 14.2', 'K 4.0']],
    // negative rows: no statement, a repeat that is only later
    ['a repeat with no wrong-patient statement', `${PASTE}Repeat labs: Hgb 7.3, K 5.9.`, [], ['Hgb 7.1 (L)', 'K 6.2 (H)', 'Hgb 7.3', 'K 5.9']],
  ];
  it.each(rows)('%s', (_name, note, other, patient) => {
    const found = new Map(otherPatient(note));
    for (const v of other) expect(found.get(v), v).toBe(true);
    for (const v of patient) expect(found.get(v), v).toBe(false);
  });

  it('asks nothing about the other patient\'s values; the same values without the statement still ask', () => {
    const ids = (t: string) => lint(t, { setting: 'outpatient' }).diagnostics.map((d) => d.ruleId);
    const corrected = `${PASTE}ADDENDUM: wrong patient - the labs above belong to another patient. Correct labs: Hgb 14.6, Na 140, K 4.1, Cr 0.9.`;
    expect(ids(corrected)).not.toContain('possible-anemia');
    expect(ids(corrected)).not.toContain('possible-hyperkalemia');
    expect(ids(PASTE)).toContain('possible-anemia');
    expect(ids(PASTE)).toContain('possible-hyperkalemia');
  });
});
