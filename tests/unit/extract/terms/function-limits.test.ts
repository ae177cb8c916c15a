/**
 * Functional limits as therapists and clinicians write them: a limiter and an activity a few words
 * apart (function.yaml `limits`), assist levels, buckling, wheelchair level. Negated, conditional and
 * "independent" rows give no current limit.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON_DATA } from '../../../../src/lexicon/generated/lexicon.ts';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('function limits: limiter and activity', () => {
  it.each([
    ['HPI: She cannot manage the stairs at home.', 'cannot manage the stairs', 'stairs'],
    ["HPI: Can't do the steps into the house anymore.", "Can't do the steps", 'stairs'],
    ['HPI: Needs help getting off the commode at night.', 'Needs help getting off the commode', 'transfers'],
    ['Objective: Min assist for bed-to-chair transfers.', 'Min assist for bed-to-chair transfers', 'transfers'],
    ['Objective: Bed to chair transfer mod assist x1.', 'Bed to chair transfer mod assist', 'transfers'],
    ['Objective: Sit to stand: Mod A with RW.', 'Sit to stand: Mod A', 'sit-to-stand'],
    ['Objective: Sit-to-stand with UE push-off from arm rests.', 'Sit-to-stand with UE push-off', 'sit-to-stand'],
    ['HPI: Unable to rise from a low chair.', 'Unable to rise from a low chair', 'sit-to-stand'],
    ['HPI: Has trouble getting in and out of bed.', 'trouble getting in and out of bed', 'transfers'],
    ['Objective: Stairs: unable.', 'Stairs: unable', 'stairs'],
    ['Objective: Ascends 4 steps with rail, step-to pattern.', 'steps with rail', 'stairs'],
    ['Objective: Gait: ambulated 75 ft with gait belt and CGA.', 'Gait: ambulated 75 ft with gait belt', 'mobility'],
    ['HPI: Her daughter says she needs help with lower body dressing.', 'needs help with lower body dressing', 'adl'],
    ['HPI: No longer able to walk to the mailbox.', 'No longer able to walk to the mailbox', 'mobility'],
    ['HPI: Struggles with putting on shoes.', 'Struggles with putting on shoes', 'adl'],
    ['HPI: Needs help with transfers and bathing.', 'bathing', 'adl'],
    ['ADLs: UB dressing min A; LB dressing max A.', 'LB dressing max A', 'adl'],
    ['Mobility: unable to sit EOB without max assist x2.', 'unable to sit EOB', 'transfers'],
    ['S: Still needs arms to stand from low chair.', 'needs arms to stand from', 'sit-to-stand'],
    ['HPI: Unable to stand without her husband.', 'Unable to stand', 'sit-to-stand'],
    ['HPI: Unable to lift his arms to comb his hair.', 'Unable to lift his arms', 'reaching'],
    ['S: Still holds the wall on the basement stairs.', 'holds the wall on the basement stairs', 'stairs'],
    ['S: Pulls on the rail to climb the 2 steps into church.', 'Pulls on the rail to climb the 2 steps', 'stairs'],
    ['HPI: Cannot carry groceries up 2 flights.', 'Cannot carry groceries', 'adl'],
    ['S: Walks the driveway without resting, still holds the wall on the stairs.', 'holds the wall on the stairs', 'stairs'],
  ])('%s -> %s (%s)', (text, phrase, domain) => {
    const f = findingWith(text, 'function', phrase);
    expect(f.text).toBe(phrase);
    expect(f.attributes.domain).toBe(domain);
    expect(isAffirmed(f)).toBe(true);
  });
});

describe('function limits: single phrases', () => {
  it.each([
    ['HPI: Her left leg buckles when walking.', 'leg buckles', 'mobility'],
    ['HPI: Knee buckling on the stairs twice this week.', 'Knee buckling', 'mobility'],
    ['S: Pt reports L leg still buckles on uneven ground.', 'L leg still buckles', 'mobility'],
    ['HPI: Her right knee gave out twice on the stairs.', 'right knee gave out', 'mobility'],
    ['Objective: W/c level for community distances.', 'W/c level', 'mobility'],
    ['Objective: Transfers require 2-person assist.', '2-person assist', 'transfers'],
    ['Objective: SBA for toilet transfers.', 'SBA for toilet transfers', 'transfers'],
    ['Objective: HHA x1 for ambulation.', 'HHA x1 for ambulation', 'mobility'],
    ['HPI: Falls x2 since January.', 'Falls x2', 'falls'],
  ])('%s -> %s (%s)', (text, phrase, domain) => {
    expect(findingWith(text, 'function', phrase).attributes.domain).toBe(domain);
  });
});

describe('function limits: no limit', () => {
  it.each([
    'Objective: Independent with transfers.',
    'Objective: Transfers independently.',
    'Objective: Ambulates without difficulty.',
    'Objective: Transfers without assist.',
    'Objective: Stairs independent with rail.',
    'HPI: Able to walk to the mailbox and back.',
    'HPI: Unable to obtain further history; she was in the shower at the time of the fall risk screen.',
    'Plan: Walk 20 minutes daily.',
    'HPI: Walks 10 min a day.',
    'Labs: Min 3.2, max 4.1.',
    'Imaging: buckle fracture of the distal radius.',
    'Knee: unable to assess due to dressing.',
    'HPI: Her leg no longer buckles.',
    'HPI: Carries groceries up 2 flights without difficulty.',
    'HPI: Walks max a mile a day.',
    'Objective: Stands without assistance.',
  ])('%s', (text) => {
    // A function done independently ("independent with transfers") is a finding of no limit: level independent.
    expect(findingsOf(text, 'function').filter((f) => f.attributes.domain !== 'falls' && f.attributes.level !== 'independent')).toEqual([]);
  });
});

describe('function limits: assertion of the whole phrase', () => {
  const cases: AssertionCase[] = [
    { text: 'HPI: No difficulty with stairs.', phrase: 'difficulty with stairs', expect: 'negated' },
    { text: 'HPI: Denies trouble walking.', phrase: 'trouble walking', expect: 'negated' },
    { text: 'Plan: If she cannot climb stairs, arrange a first-floor bedroom.', phrase: 'cannot climb stairs', expect: 'hypothetical' },
    { text: 'Family history: Her mother needed help getting off the toilet.', phrase: 'needed help getting off the toilet', expect: 'family' },
    { text: 'HPI: No longer holds the wall on the stairs.', phrase: 'holds the wall on the stairs', expect: 'negated' },
    { text: 'Family history: her mother pulls on the rail to climb the steps.', phrase: 'pulls on the rail to climb the steps', expect: 'family' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: want }) => {
    const f = findingWith(text, 'function', phrase);
    if (want === 'affirmed') expect(isAffirmed(f)).toBe(true);
    else if (want !== 'none') expect(f.assertion[want]).toBe(true);
  });

  it('"no assistive device" is a negated aid, not an abnormal gait', () => {
    const [aid] = findingsOf('Objective: Ambulates 300 ft, no assistive device.', 'gait');
    expect(aid?.text).toBe('assistive device');
    expect(aid?.assertion.negated).toBe(true);
  });
});

// Every activity term makes a limit after a limiter; every limiter makes one before or after an activity.
describe('function.yaml limits: every term works', () => {
  const limits = LEXICON_DATA.findings.find((f) => f.type === 'function')?.limits;
  it('has limits', () => expect(limits).toBeDefined());
  const activities = (limits?.activities ?? []).flatMap((a) => a.terms.map((term) => ({ domain: a.domain, term, named: a.limiters ?? null })));
  // An activity that names its limiter groups is tried with the first phrase of the first of them.
  const limiterOf = (named: string[] | null) => limits?.limiters.find((l) => (named ? l.name === named[0] : !l.name));
  it.each(activities)('activity: $term', ({ domain, term, named }) => {
    const l = limiterOf(named)!;
    const text = l.position === 'after' ? `HPI: ${term} ${l.phrases[0]!} lately.` : `HPI: ${l.phrases[0]!} ${term} lately.`;
    expect(findingsOf(text, 'function').map((f) => f.attributes.domain)).toContain(domain);
  });
  const limiters = (limits?.limiters ?? []).flatMap((l) =>
    [...l.phrases, ...(l.caseSensitive ?? [])].map((p) => ({ p, position: l.position, name: l.name ?? null })),
  );
  it.each(limiters)('limiter: $p ($position)', ({ p, position, name }) => {
    const activity = limits?.activities.find((a) => (name ? a.limiters?.includes(name) : !a.limiters));
    const term = activity!.terms[0]!;
    const text = position === 'after' ? `Objective: ${term} ${p}.` : `Objective: ${p} ${term}.`;
    expect(findingsOf(text, 'function').map((f) => f.attributes.domain)).toContain(activity!.domain);
  });
});
