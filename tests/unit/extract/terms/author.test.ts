import { describe, expect, it } from 'vitest';
import { authorRoleAt, isProviderText } from '../../../../src/engine/evidence/authors.ts';
import { lint } from '../../../../src/engine/index.ts';
import type { AuthorAttributes } from '../../../../src/engine/types.ts';
import { findingsOf } from './helpers.ts';

describe('author: header lines', () => {
  it.each<[string, string, AuthorAttributes]>([
    ['RD note 3/4: intake < 50% of needs x 7 days.', 'RD note', { role: 'dietitian', scope: 'note' }],
    ['Nutrition Assessment (RD)\nBMI 17.8.', 'Nutrition Assessment', { role: 'dietitian', scope: 'note' }],
    ['Dietitian:\nPt seen for low intake.', 'Dietitian', { role: 'dietitian', scope: 'note' }],
    ['NURSING NOTE\nPt turned q2h.', 'NURSING NOTE', { role: 'nursing', scope: 'note' }],
    ['**PT Evaluation** - day 2\nAmbulates 20 ft.', 'PT Evaluation', { role: 'therapy', scope: 'note' }],
    ['Attending attestation: I saw and examined the patient.', 'Attending attestation', { role: 'provider', scope: 'note' }],
    ['H&P\nCC: weakness', 'H&P', { role: 'provider', scope: 'note' }],
    ['Progress Note - Hospitalist\nS: feels better', 'Progress Note', { role: 'provider', scope: 'note' }],
    ['Pharmacy consult note: vancomycin dosing.', 'Pharmacy consult note', { role: 'pharmacy', scope: 'note' }],
    ['Case management note 3/5: home with HH.', 'Case management note', { role: 'case-management', scope: 'note' }],
    ['Exam: frail.\nPT: min assist transfers.', 'PT', { role: 'therapy', scope: 'section' }],
    // A bare role below the note's first line heads its part only, even before any section header.
    ['Admit 11/20\nNutrition (RD consult 11/21): wt 61 kg.', 'Nutrition', { role: 'dietitian', scope: 'section' }],
    ['Seen at bedside.\nDietitian: intake 25%.', 'Dietitian', { role: 'dietitian', scope: 'section' }],
    ['Seen at bedside.\nDietitian:\nIntake 25%.', 'Dietitian', { role: 'dietitian', scope: 'note' }],
    // a role qualifying a note title: the title says whose note it is
    ['RD NUTRITION ASSESSMENT\nNFPE: temporal wasting.', 'RD NUTRITION ASSESSMENT', { role: 'dietitian', scope: 'note' }],
    ['Hospitalist H&P\nCC: weakness', 'Hospitalist H&P', { role: 'provider', scope: 'note' }],
    ['Nephrology consult note - day 2\nCr 2.4.', 'Nephrology consult note', { role: 'provider', scope: 'note' }],
  ])('%s -> %s', (text, phrase, expected) => {
    const found = findingsOf(text, 'author');
    expect(found.map((f) => [f.text, f.attributes])).toEqual([[phrase, expected]]);
  });

  it.each([
    'Discussed with nursing and the RD at bedside.',
    'Plan: PT to see, nutrition consult placed.',
    'No RD note available yet.',
    'Nursing home resident with dementia.',
    'Physical therapy helped her knee last year.',
    'Family history: mother was a nurse.',
    'Dietitian progress note reviewed and agree with plan.',
    'Hospitalist note from yesterday reviewed.',
  ])('no author in prose: %s', (text) => {
    expect(findingsOf(text, 'author')).toEqual([]);
  });
});

describe('authorRoleAt: who wrote the text at an offset', () => {
  const note = [
    'Hospitalist Progress Note',
    'HPI: 80M, weak, eating poorly.',
    'Exam: thin.',
    'PT: ambulates 50 ft with RW.',
    'A/P: Debility. Malnutrition, severe.',
    '',
    'Nutrition Assessment (RD)',
    'BMI 17.2. Severe temporal wasting. Meets ASPEN criteria for severe malnutrition.',
    '',
    'Attending attestation: I agree with severe protein-calorie malnutrition.',
  ].join('\n');
  const result = lint(note);
  it.each<[string, string]>([
    ['80M', 'provider'],
    ['ambulates', 'therapy'],
    ['Debility', 'provider'],
    ['BMI 17.2', 'dietitian'],
    ['Meets ASPEN', 'dietitian'],
    ['I agree', 'provider'],
  ])('%s -> %s', (word, role) => {
    expect(authorRoleAt(result, note.indexOf(word))).toBe(role);
  });

  it('a note without headers is the provider\'s', () => {
    const plain = 'A/P: severe malnutrition, BMI 16.';
    expect(authorRoleAt(lint(plain), plain.indexOf('malnutrition'))).toBe('provider');
    expect(isProviderText(lint(plain), 0)).toBe(true);
  });

  it('a dietitian paragraph inside a provider\'s discharge summary: the discharge diagnoses stay the provider\'s', () => {
    const summary = [
      'DISCHARGE SUMMARY',
      'Admit 11/20/2026  Discharge 11/28/2026',
      'Nutrition (RD consult 11/21): wt 61.5 kg, intake <50% of needs x 2 wk, severe temporal wasting.',
      '',
      'Discharge diagnoses',
      '1. Severe protein-calorie malnutrition, agree with RD.',
    ].join('\n');
    const result = lint(summary);
    expect(authorRoleAt(result, summary.indexOf('wt 61.5'))).toBe('dietitian');
    expect(authorRoleAt(result, summary.indexOf('Severe protein-calorie'))).toBe('provider');
  });

  it('an RD line, then a provider\'s note headed on a line of its own: the assessment is the provider\'s', () => {
    const text = 'RD: moderate malnutrition, intake 60% x 6 wks.\n\nCardiology/Medicine progress note\nA/P:\n1. Moderate malnutrition - agree with RD.';
    const result = lint(text);
    expect(authorRoleAt(result, text.indexOf('intake'))).toBe('dietitian');
    expect(authorRoleAt(result, text.indexOf('Moderate malnutrition'))).toBe('provider');
  });

  it('a dietitian note alone: the diagnosis there is not the provider\'s', () => {
    const rd = 'RD note\nAssessment: severe malnutrition in the context of acute illness.';
    expect(isProviderText(lint(rd), rd.indexOf('severe malnutrition'))).toBe(false);
  });
});
