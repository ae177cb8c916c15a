// The rulebook's own seed cases (rules.md "The seeds' own test cases"), verbatim.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import type { FindingOf } from '../../../src/engine/types.ts';
import { SEED_001_NOTE } from './cases/invalid-code.ts';

describe('rulebook seed cases', () => {
  it('poor: "Patient feels weak." with M62.81 -> objective-strength-required (error) and unsupported-weakness', () => {
    const r = lint('Patient feels weak.', { codes: ['M62.81'] });
    const osr = r.diagnostics.find((d) => d.ruleId === 'objective-strength-required');
    expect(osr?.severity).toBe('error');
    expect(r.diagnostics.some((d) => d.ruleId === 'unsupported-weakness')).toBe(true);
  });

  it('good: graded generalized weakness with M62.81 -> no error-level diagnostic about strength', () => {
    const r = lint('Generalized muscle weakness (4/5 strength in all extremities), persistent >2 weeks, CK elevated to 500 U/L.', { codes: ['M62.81'] });
    const strengthRules = new Set(['objective-strength-required', 'strength-detail', 'unsupported-weakness', 'reassessment-update']);
    expect(r.diagnostics.filter((d) => d.severity === 'error' && strengthRules.has(d.ruleId))).toEqual([]);
    expect(r.checklists.find((c) => c.code === 'M62.81')?.items.find((i) => i.requirement === 'reduced-strength')?.met).toBe(true);
  });

  it('neurology progress note (seed 001): grades with regions, CK with its range, EMG, duration; G72.4 is a header', () => {
    const r = lint(SEED_001_NOTE);
    const grades = r.findings.filter((f): f is FindingOf<'strength-grade'> => f.type === 'strength-grade');
    const reduced = grades.find((g) => g.attributes.grade === 4);
    expect(reduced?.attributes.sites.join(' ')).toMatch(/proximal/);
    expect(grades.some((g) => g.attributes.normal && g.attributes.sites.join(' ').includes('distal'))).toBe(true);
    const ck = r.findings.find((f): f is FindingOf<'lab'> => f.type === 'lab' && f.attributes.analyte === 'ck');
    expect(ck?.attributes).toMatchObject({ value: 1200, refLow: 30, refHigh: 200, flag: 'high' });
    expect(r.findings.some((f) => f.type === 'electrodiagnostic')).toBe(true);
    expect(r.findings.find((f): f is FindingOf<'duration'> => f.type === 'duration')?.attributes.days).toBeGreaterThanOrEqual(85);
    expect(r.codes.map((c) => c.code)).toEqual(['M62.81', 'G72.4']);
    const invalid = r.diagnostics.find((d) => d.ruleId === 'invalid-code');
    expect(invalid?.code).toBe('G72.4');
    expect(invalid?.suggestedCodes.map((s) => s.code)).toEqual(['G72.41', 'G72.49']);
  });

  it('R53.1 and M62.81 on one note -> excludes1-conflict', () => {
    const r = lint('Assessment: Weakness (R53.1); muscle weakness (M62.81).');
    expect(r.diagnostics.filter((d) => d.ruleId === 'excludes1-conflict')).toHaveLength(1);
  });
});
