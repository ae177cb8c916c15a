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
    ['Neuro: MAE x4, no focal deficit.', 'MAE x4', { domain: 'limb-movement', level: 'independent' }],
    ['Bedbound; moves all extremities 4/5.', 'moves all extremities', { domain: 'limb-movement', level: 'independent' }],
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

describe('function: an inability that names the help it takes is not dependence', () => {
  it.each<[string, string, FunctionAttributes['level'] | undefined]>([
    ['Function: needs mod assist for transfers, cannot walk without 2 assist.', 'cannot walk', 'assist'],
    ['Unable to ambulate w/o walker.', 'Unable to ambulate', 'assist'],
    ['Unable to walk without the help of two staff.', 'Unable to walk', 'assist'],
    ['Cannot walk unless someone holds her arm; contact guard.', 'Cannot walk', undefined],
    ['Cannot walk without pain in the left knee.', 'Cannot walk', undefined],
    // Negative rows: a plain inability, or "without" in a later clause, stays total.
    ['Cannot walk. Bedbound since March.', 'Cannot walk', 'total'],
    ['Unable to ambulate; without family support at home.', 'Unable to ambulate', 'total'],
    ['Bedbound without pressure injury.', 'Bedbound', 'total'],
  ])('%s -> %s is %s', (text, phrase, level) => {
    expect(findingWith(text, 'function', phrase).attributes.level).toBe(level);
  });
});

describe('function: a walked distance, any number', () => {
  it.each<[string, string, Partial<FunctionAttributes>]>([
    ['PT: pt ambulates 20 ft with RW.', 'ambulates 20 ft', { domain: 'mobility', level: 'assist', mobility: true }],
    ['Ambulated 25 ft w/ FWW + mod A.', 'Ambulated 25 ft', { domain: 'mobility', level: 'assist' }],
    ['Walks 40 feet with walker then needs to sit.', 'Walks 40 feet', { domain: 'mobility', level: 'assist' }],
    ["Gait: 150' with RW, CGA.", "Gait: 150'", { domain: 'mobility', level: 'assist' }],
    ['Ambulated 15m x2 with rollator.', 'Ambulated 15m', { domain: 'mobility', level: 'assist' }],
    ['Walked approx 320 ft independently.', 'Walked approx 320 ft', { domain: 'mobility', level: 'independent' }],
    ['Ambulates 35 ft.', 'Ambulates 35 ft', { domain: 'mobility', mobility: true }],
  ])('%s -> %s', (text, phrase, expected) => {
    expect(findingWith(text, 'function', phrase).attributes).toMatchObject(expected);
  });

  it.each([
    // Everyday distances and numbers that are not a distance walked.
    'Walks 2 miles daily with her dog.',
    'Walks 3 blocks before resting.',
    'Walk-in clinic visit, 20 ft hallway.',
    'Gait 5 seconds on TUG? no: TUG 14 sec.',
  ])('no walked distance in %s', (text) => {
    expect(findingsOf(text, 'function').filter((f) => /\d/.test(f.text))).toEqual([]);
  });

  it('"unable to ambulate 10 ft" stays the inability', () => {
    const [f] = findingsOf('Unable to ambulate 10 ft.', 'function');
    expect(f?.text).toBe('Unable to ambulate');
    expect(f?.attributes.level).toBe('total');
  });

  it('a negated or hypothetical walked distance is asserted so', () => {
    expect(findingWith('Did not ambulate 20 ft today.', 'function', 'ambulate 20 ft').assertion.negated).toBe(true);
    expect(findingWith('Goal: ambulate 150 ft with RW in 2 weeks.', 'function', 'ambulate 150 ft').attributes.level).toBe('assist');
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
