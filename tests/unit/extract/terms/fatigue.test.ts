import { describe, expect, it } from 'vitest';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('fatigue: phrases', () => {
  it.each([
    ['HPI: Fatigue for 3 weeks.', 'Fatigue'],
    ['HPI: She is fatigued.', 'fatigued'],
    ['HPI: Feels tired all the time.', 'tired'],
    ['HPI: Increasing tiredness.', 'tiredness'],
    ['HPI: Lethargy since the infection.', 'Lethargy'],
    ['Exam: Lethargic but arousable.', 'Lethargic'],
    ['HPI: Low energy and poor appetite.', 'Low energy'],
    ['HPI: Has no energy to do chores.', 'no energy'],
    ['HPI: Exhausted after short walks.', 'Exhausted'],
    ['ROS: Malaise.', 'Malaise'],
    ['HPI: Lack of energy.', 'lack of energy'],
    ['HPI: Feels worn out.', 'worn out'],
    ['HPI: Feels run down.', 'run down'],
    ['HPI: She is exhausted all the time.', 'exhausted'],
    ['HPI: Exhausted by the chemotherapy.', 'Exhausted'],
    ['HPI: Feels exhausted; treatment options discussed.', 'exhausted'],
  ])('%s -> %s', (text, phrase) => {
    expect(findingWith(text, 'fatigue', phrase).type).toBe('fatigue');
  });
});

describe('fatigue: not fatigue', () => {
  it.each([
    'Assessment: Chronic fatigue syndrome (G93.32).',
    'HPI: Stress fracture, previously called a fatigue fracture.',
    'Plan: We have exhausted conservative treatment.',
    'Social: Sick and tired of the pain.',
    'HPI: Conservative options have been exhausted.',
    'Plan: Surgery, as she has exhausted all nonsurgical options.',
    'HPI: Exhausted all conservative treatment.',
    'HPI: Her PT visits are exhausted for this year.',
    'Assessment: Exhaustion of conservative measures.',
  ])('%s', (text) => {
    expect(findingsOf(text, 'fatigue')).toEqual([]);
  });

  it('chronic fatigue syndrome is a diagnosis instead', () => {
    expect(findingWith('Assessment: Chronic fatigue syndrome.', 'diagnosis', 'chronic fatigue syndrome').attributes.concept).toBe(
      'chronic-fatigue-syndrome',
    );
  });
});

describe('fatigue: assertion', () => {
  const cases: AssertionCase[] = [
    { text: 'HPI: Reports fatigue.', phrase: 'fatigue', expect: 'affirmed' },
    { text: 'ROS: Denies fatigue.', phrase: 'fatigue', expect: 'negated' },
    { text: 'HPI: No fevers but endorses fatigue.', phrase: 'fatigue', expect: 'affirmed' },
    { text: 'HPI: No increase in her chronic fatigue.', phrase: 'fatigue', expect: 'affirmed' },
    { text: 'HPI: History of fatigue during chemotherapy in 2015.', phrase: 'fatigue', expect: 'historical' },
    { text: 'Family history: Sister with chronic tiredness.', phrase: 'tiredness', expect: 'family' },
    { text: 'Instructions: Call if fatigue worsens.', phrase: 'fatigue', expect: 'hypothetical' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: want }) => {
    const f = findingWith(text, 'fatigue', phrase);
    if (want === 'affirmed') expect(isAffirmed(f)).toBe(true);
    else if (want !== 'none') expect(f.assertion[want]).toBe(true);
  });
});
