/**
 * Levels the AKI rulebook (packs/aki.md) sets. aki-criteria: an error only when two or more creatinine
 * values do not move (below 1.5 x and less than 0.3 mg/dL apart), no urine-output criterion is met and
 * nothing says the injury is resolving; otherwise a warning (discharge notes often show only the
 * recovered value). possible-aki: info; a warning when dialysis or CRRT is started (possible-dx-from-findings `warningWhen`).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

const level = (note: string, codes: string[] = ['N17.9']) =>
  lint(note, { codes, setting: 'inpatient' }).diagnostics.find((d) => d.ruleId === 'aki-criteria')?.severity ?? 'silent';

describe('aki-criteria level', () => {
  it.each([
    ['three flat values', 'Labs: Cr 1.2 (6/3), 1.3 (6/4), 1.2 (6/5).\nA/P: AKI - encourage PO.', 'error'],
    ['a value barely over its stated baseline', 'A/P: acute renal insufficiency. Cr 1.5 (baseline 1.3). Encourage PO.', 'error'],
    ['SI values that do not move', 'Creatinine 100 umol/L on 6/3, 106 umol/L on 6/4.\nA/P: AKI, hydrate.', 'error'],
    ['flat values but the AKI is resolving', 'Cr 1.2, 1.3, 1.2.\nA/P: AKI, resolving with fluids.', 'warning'],
    ['one recovered value at discharge', 'Dx: AKI - resolved. Cr 1.2 on day of discharge.', 'warning'],
    ['a single value', 'Cr 1.1.\nA/P: AKI.', 'warning'],
    ['flat values, urine output criterion met', 'Wt 70 kg. UOP 20 mL/h x 8 h. Cr 1.1, 1.2.\nA/P: AKI, septic shock.', 'silent'],
    ['a KDIGO rise', 'Cr 1.0 (6/3 06:00), 1.4 (6/4 06:00).\nA/P: AKI.', 'silent'],
    ['a stated peak', 'A/P: AKI, peak creatinine 3.1, now 1.3.', 'silent'],
    // a baseline labelled in parentheses (with its year, date or "bl") before the arrow
    ['a baseline with its year, then an arrow', 'Cr 1.1 (baseline 2024) -> 3.0.\nA/P: AKI due to obstructive uropathy.', 'silent'],
    ['a baseline with its month, then an arrow', 'creatinine 0.9 (baseline, 3/2026) \u2192 2.7.\nA/P: AKI.', 'silent'],
    ['an abbreviated baseline and a series', 'Cr 1.0 (bl) -> 2.1 -> 2.8.\nA/P: AKI.', 'silent'],
  ])('%s', (_name, note, want) => {
    expect(level(note)).toBe(want);
  });
});

describe('possible-aki level', () => {
  const possible = (note: string) => lint(note, { codes: ['E87.5'], setting: 'inpatient' }).diagnostics.find((d) => d.ruleId === 'possible-aki')?.severity ?? 'silent';
  it.each([
    ['CRRT started', 'Cr 1.0 (baseline, clinic 1/2026) -> 3.9 today. K 6.8.\nA/P: hyperkalemia, start CRRT; renal consulted.', 'warning'],
    ['urgent hemodialysis ordered', 'Cr 0.9 (baseline) -> 4.2. K 7.1.\nA/P: hyperkalemia - urgent hemodialysis tonight.', 'warning'],
    ['no dialysis', 'Cr 0.9 (baseline) -> 2.2. K 5.9.\nA/P: hyperkalemia - lokelma, hold lisinopril.', 'info'],
    ['dialysis only discussed', 'Cr 0.9 (baseline) -> 2.2. K 5.9.\nA/P: hyperkalemia - lokelma; would consider dialysis if refractory.', 'info'],
    ['chronic dialysis', 'ESRD on HD MWF. Cr 8.1. K 6.2.\nA/P: hyperkalemia - HD today.', 'silent'],
  ])('%s', (_name, note, want) => {
    expect(possible(note)).toBe(want);
  });
});
