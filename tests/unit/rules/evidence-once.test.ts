/**
 * A diagnostic quotes each mention once, however many parts of its rule's evidence found it: in a lab
 * table a CK of 5400 is both a value above the threshold and the start of the series, and listing it
 * twice in the evidence (and the query's indicators) says nothing more.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

const NOTES: Array<[string, string]> = [
  [
    'a lab table by day',
    [
      'Hospital medicine progress note, HD 3. 72M admitted after a fall, weak all over.',
      'Labs:        11/30   12/1   12/2',
      'Na           129     126    124',
      'CK                   5400   2100',
      'Hgb          11.8    10.2   9.9',
      'A/P: falls - PT/OT. Na 124 - 1.2 L fluid restriction.',
    ].join('\n'),
  ],
  ['a trend written inline', 'Hospitalist note. Cr 0.9 (baseline) -> 1.6 -> 2.4 today, UOP 0.3 mL/kg/h x 8h. K 5.9 -> 6.2. A/P: CHF, diurese.'],
];

describe('a diagnostic lists each quoted mention once', () => {
  it.each(NOTES)('%s', (_name, text) => {
    const result = lint(text, { setting: 'inpatient' });
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) {
      const keys = d.evidence.map((e) => `${e.start}:${e.end}:${e.findingId}`);
      expect(new Set(keys).size, `${d.ruleId}: ${keys.join(' ')}`).toBe(keys.length);
    }
  });
});
