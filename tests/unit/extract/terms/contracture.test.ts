import { describe, expect, it } from 'vitest';
import type { ContractureAttributes } from '../../../../src/engine/types.ts';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('contracture: joints, side, severity', () => {
  it.each<[string, string, ContractureAttributes]>([
    ['Ext: bilateral knee and hip flexion contractures.', 'contractures', { sites: ['knee', 'hip'], laterality: 'bilateral', severity: null }],
    ['Severe contractures of all extremities, FAST 7d.', 'contractures', { sites: ['all extremities'], severity: 'severe' }],
    ['contractures of both knees and hips', 'contractures', { sites: ['knee', 'hip'], laterality: 'bilateral', severity: null }],
    ['MSK: R elbow flexion contracture (moderate)', 'contracture', { sites: ['elbow'], laterality: 'right', severity: null }],
    ['Hands contracted bilaterally.', 'contracted', { sites: ['hand'], laterality: 'bilateral', severity: null }],
    ['Mild L ankle plantarflexion contracture', 'contracture', { sites: ['ankle'], laterality: 'left', severity: 'mild' }],
    ['Skin: sacral ulcer. Contractures present.', 'Contractures', { sites: [], severity: null }],
  ])('%s', (text, phrase, expected) => {
    expect(findingWith(text, 'contracture', phrase).attributes).toEqual(expected);
  });
});

describe('contracture: not a contracture', () => {
  it.each([
    'She contracted pneumonia at the nursing home.',
    "PMH: Dupuytren's contracture of the R hand.",
    'Plan: PT for ROM to prevent contractures.',
    'Contracted with hospice agency today.',
  ])('%s', (text) => {
    expect(findingsOf(text, 'contracture')).toEqual([]);
  });
});

describe('contracture: assertion', () => {
  const cases: AssertionCase[] = [
    { text: 'Knee contractures noted on exam.', phrase: 'contractures', expect: 'affirmed' },
    { text: 'Extremities: no contractures, no edema.', phrase: 'contractures', expect: 'negated' },
    { text: 'History of knee contracture, released in 2015.', phrase: 'contracture', expect: 'historical' },
    { text: 'Family history: brother with contractures from cerebral palsy.', phrase: 'contractures', expect: 'family' },
    { text: 'Plan: call if new contractures develop at the facility.', phrase: 'contractures', expect: 'hypothetical' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: flag }) => {
    const f = findingWith(text, 'contracture', phrase);
    if (flag === 'affirmed') expect(isAffirmed(f)).toBe(true);
    else if (flag !== 'none') expect(f.assertion[flag]).toBe(true);
  });
});
