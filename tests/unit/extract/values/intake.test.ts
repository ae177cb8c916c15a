import { describe, expect, it } from 'vitest';
import type { Assertion, IntakeAttributes } from '../../../../src/engine/types.ts';
import { findingsOf } from './helpers.ts';

const intake = (note: string) => findingsOf(note, 'intake');
const flags = (a: Assertion) => Object.entries(a).filter(([k, v]) => v && k !== 'chronic').map(([k]) => k);

const POSITIVE: { note: string; text: string; intake: IntakeAttributes }[] = [
  { note: 'Eating <25% of meals x 7 days.', text: 'Eating <25% of meals x 7 days', intake: { percent: 25, comparator: '<', days: 7, basis: 'meals' } },
  {
    note: 'Intake <50% of estimated energy needs for >5 days.',
    text: 'Intake <50% of estimated energy needs for >5 days',
    intake: { percent: 50, comparator: '<', days: 5, basis: 'estimated-needs' },
  },
  { note: 'poor PO intake for 2 weeks', text: 'poor PO intake for 2 weeks', intake: { percent: null, days: 14 } },
  { note: 'NPO x 5 days for ileus.', text: 'NPO x 5 days', intake: { percent: 0, days: 5 } },
  { note: 'RD: intake < 50% of needs x 7 days since admit', text: 'intake < 50% of needs x 7 days', intake: { percent: 50, comparator: '<', days: 7, basis: 'needs' } },
  { note: 'Meal intake 25-50%.', text: 'Meal intake 25-50%', intake: { percent: 50, comparator: '<=', days: null, basis: 'meals' } },
  {
    note: 'Consuming less than 50% of meals for the past 2 weeks.',
    text: 'Consuming less than 50% of meals for the past 2 weeks',
    intake: { percent: 50, comparator: '<', days: 14, basis: 'meals' },
  },
  { note: 'PO intake minimal since admission.', text: 'PO intake minimal', intake: { percent: null, days: null } },
  { note: 'Intake < 75% for 2 months (COPD).', text: 'Intake < 75% for 2 months', intake: { percent: 75, comparator: '<', days: 60 } },
  { note: 'Pt eating only a few bites.', text: 'eating only a few bites', intake: { percent: null, days: null } },
  // shares in words, verbs that need a basis, the share after a qualifier
  { note: 'Eating about half of his usual.', text: 'Eating about half of his usual', intake: { percent: 50, days: null } },
  { note: 'Intake: eating ~half of usual x 3 weeks d/t pain.', text: 'eating ~half of usual x 3 weeks', intake: { percent: 50, days: 21 } },
  { note: 'Eating ~ a quarter of meals x 5 days.', text: 'Eating ~ a quarter of meals x 5 days', intake: { percent: 25, days: 5, basis: 'meals' } },
  { note: 'Pt eats less than a quarter of meals x 5 days.', text: 'eats less than a quarter of meals x 5 days', intake: { percent: 25, comparator: '<', days: 5, basis: 'meals' } },
  { note: 'Taking <50% of meals x 6 days.', text: 'Taking <50% of meals x 6 days', intake: { percent: 50, comparator: '<', days: 6, basis: 'meals' } },
  { note: 'PO intake poor, ~25% of trays for a week.', text: 'PO intake poor, ~25% of trays for a week', intake: { percent: 25, days: 7, basis: 'meals' } },
  { note: 'Oral intake decreased, about 50% of needs since 3 days ago.', text: 'Oral intake decreased, about 50% of needs since 3 days ago', intake: { percent: 50, days: 3, basis: 'needs' } },
];

describe('intake', () => {
  it.each(POSITIVE)('$note', ({ note, text, intake: attrs }) => {
    expect(intake(note).map((f) => ({ text: f.text, intake: f.attributes }))).toEqual([{ text, intake: attrs }]);
  });

  it.each(['Good PO intake.', 'Strict intake and output.', 'Encourage fluid intake.', 'NPO after midnight for EGD.', 'Eating dinner with family.', 'Taking her medications.',
    'Taking 50% of her insulin dose.', 'Eating half a sandwich.', 'Taking metoprolol 25 mg.', 'Half of the meals were brought from home.'])(
    'no intake finding in: %s',
    (note) => {
      expect(intake(note).map((f) => f.text)).toEqual([]);
    },
  );

  it.each([
    ['a normal intake stays a finding', 'Eating 100% of meals, weight stable.', []],
    ['negated', 'Denies poor intake.', ['negated']],
    ['historical', 'History of poor oral intake during chemotherapy in 2019.', ['historical']],
    ['family', 'Mother not eating well.', ['family']],
    ['hypothetical', 'If intake remains <50%, start tube feeds.', ['hypothetical']],
    ['negated share in words', 'Denies eating less than half of her usual.', ['negated']],
    ['family share in words', 'Mother eating about a third of her usual.', ['family']],
    ['hypothetical share in words', 'If eating less than half of meals, call.', ['hypothetical']],
    ['historical share', 'In 2019 she was taking <50% of meals during chemo.', ['historical']],
    ['a full share stays a finding', 'Taking 100% of meals.', []],
  ])('assertion: %s', (_why, note, expected) => {
    const [f] = intake(note);
    expect(f).toBeDefined();
    expect(flags(f!.assertion)).toEqual(expected);
  });
});
