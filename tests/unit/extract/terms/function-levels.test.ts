import { describe, expect, it } from 'vitest';
import type { FunctionAttributes } from '../../../../src/engine/types.ts';
import { lint } from '../../../../src/engine/index.ts';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('function: level and mobility', () => {
  it.each<[string, string, Partial<FunctionAttributes>]>([
    ['89F w/ FAST 7c dementia. Bedbound for a year.', 'Bedbound', { domain: 'mobility', level: 'total', mobility: true }],
    ['Pt is bed-ridden since the fall.', 'bed-ridden', { domain: 'mobility', level: 'total', mobility: true }],
    ['Chair-bound, needs 2 staff to get OOB.', 'Chair-bound', { domain: 'mobility', level: 'total', mobility: true }],
    ['Non-ambulatory at baseline (SNF resident).', 'Non-ambulatory at baseline', { level: 'total', mobility: true }],
    ['Functional status: total dependence for all ADLs.', 'total dependence for all ADLs', { domain: 'adl', level: 'total' }],
    ['Requires total care, Hoyer lift for transfers.', 'Hoyer lift for transfers', { domain: 'transfers', level: 'total' }],
    ['Nursing: mechanical lift used for all transfers', 'mechanical lift', { domain: 'transfers', level: 'total' }],
    ['Turned q2h by staff; skin intact.', 'Turned q2h by staff', { domain: 'bed-mobility', level: 'total', mobility: true }],
    ['Dependent for bed mobility.', 'Dependent for bed mobility', { domain: 'bed-mobility', level: 'total', mobility: true }],
    ['She is unable to reposition self in bed.', 'unable to reposition self', { domain: 'bed-mobility', level: 'total' }],
    ['Does not move extremities purposefully.', 'Does not move extremities purposefully', { domain: 'mobility', level: 'total', mobility: true }],
    ['PT: ambulates 150 ft with rolling walker, CGA.', 'ambulates 150 ft', { domain: 'mobility', level: 'assist', mobility: true }],
    ['PT: Ambulates 150 ft independently.', 'Ambulates 150 ft', { level: 'independent', mobility: true }],
    ['Ambulates 100 ft w/o assist', 'Ambulates 100 ft', { level: 'independent' }],
    ['Independent with ADLs at home.', 'Independent with ADLs', { domain: 'adl', level: 'independent' }],
    ['Repositions self in bed without difficulty.', 'Repositions self in bed', { domain: 'bed-mobility', level: 'independent' }],
    ['Neuro: MAE x4, no focal deficit.', 'MAE x4', { domain: 'mobility', level: 'independent' }],
    ['Min assist for bed-to-chair transfers.', 'Min assist for bed-to-chair transfers', { domain: 'transfers', level: 'assist' }],
    ['Dependent for toilet transfers.', 'Dependent for toilet transfers', { domain: 'transfers', level: 'total' }],
    ['Difficulty climbing stairs.', 'Difficulty climbing stairs', { domain: 'stairs' }],
  ])('%s -> %s', (text, phrase, expected) => {
    expect(findingWith(text, 'function', phrase).attributes).toMatchObject(expected);
  });

  it('a phrase without a level cue has none', () => {
    expect(findingWith('Difficulty climbing stairs x 3 months.', 'function', 'stairs').attributes.level).toBeUndefined();
    expect(findingWith('Unable to climb stairs.', 'function', 'stairs').attributes.level).toBeUndefined();
  });
});

describe('function: levels and assertion', () => {
  const cases: AssertionCase[] = [
    { text: 'Now bedbound after the hip fracture.', phrase: 'bedbound', expect: 'affirmed' },
    { text: 'She is not bedbound; walks to the bathroom.', phrase: 'bedbound', expect: 'negated' },
    { text: 'No longer requires Hoyer lift.', phrase: 'Hoyer lift', expect: 'negated' },
    { text: 'History of being bedridden in 2019 after a stroke, now ambulatory.', phrase: 'bedridden', expect: 'historical' },
    { text: 'Family history: father was bedbound with ALS.', phrase: 'bedbound', expect: 'family' },
    { text: 'If she becomes bedbound, hospice will reassess.', phrase: 'bedbound', expect: 'hypothetical' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: flag }) => {
    const f = findingWith(text, 'function', phrase);
    if (flag === 'affirmed') expect(isAffirmed(f)).toBe(true);
    else if (flag !== 'none') expect(f.assertion[flag]).toBe(true);
  });
});

describe('function: independent levels are no functional impact', () => {
  it('M62.81 with only independent function still lacks a functional impact', () => {
    const note = 'HPI: generalized weakness.\nExam: strength 4/5 hip flexors bilaterally. Ambulates independently. Independent with ADLs.\nA/P: Muscle weakness (M62.81). PT referral.';
    const ids = lint(note, { codes: ['M62.81'] }).diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('functional-impact');
    const limited = lint(note.replace('Ambulates independently.', 'Needs assistance with transfers.'), { codes: ['M62.81'] }).diagnostics.map((d) => d.ruleId);
    expect(limited).not.toContain('functional-impact');
  });

  it('"ambulates independently" is a function finding, not a limitation', () => {
    const [f] = findingsOf('Ambulates independently in the hallway.', 'function');
    expect(f?.attributes.level).toBe('independent');
  });
});
