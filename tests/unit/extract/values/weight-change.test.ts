import { describe, expect, it } from 'vitest';
import { lint } from '../../../../src/engine/index.ts';
import { compileLexicon } from '../../../../src/engine/lexicon.ts';
import type { Assertion, FindingOf, WeightChangeAttributes } from '../../../../src/engine/types.ts';
import { LEXICON_DATA } from '../../../../src/lexicon/generated/lexicon.ts';
import { findingsOf } from './helpers.ts';

const changes = (note: string) => findingsOf(note, 'weight-change');
const flags = (a: Assertion) => Object.entries(a).filter(([k, v]) => v && k !== 'chronic').map(([k]) => k);

const POSITIVE: { note: string; text: string; change: WeightChangeAttributes }[] = [
  { note: 'Lost 8 kg in 2 months.', text: 'Lost 8 kg in 2 months', change: { direction: 'loss', amountKg: 8, periodDays: 60 } },
  { note: '12 lb weight loss over 6 weeks.', text: '12 lb weight loss over 6 weeks', change: { direction: 'loss', amountKg: 5.44308, periodDays: 42 } },
  { note: 'Reports 10% weight loss in 6 months.', text: '10% weight loss in 6 months', change: { direction: 'loss', percent: 10, periodDays: 180 } },
  { note: 'She has lost about 15 lbs (10%) over the past 3 months.', text: 'has lost about 15 lbs (10%) over the past 3 months', change: { direction: 'loss', amountKg: 6.80385, percent: 10, periodDays: 90 } },
  { note: 'Unintentional weight loss.', text: 'Unintentional weight loss', change: { direction: 'loss', periodDays: null, intentional: false } },
  { note: 'Intentional weight loss of 5 kg with diet.', text: 'Intentional weight loss of 5 kg', change: { direction: 'loss', amountKg: 5, periodDays: null, intentional: true } },
  { note: 'Gained 3 kg in 1 week, edematous.', text: 'Gained 3 kg in 1 week', change: { direction: 'gain', amountKg: 3, periodDays: 7 } },
  // "loss" alone, with its percent or amount: the way a palliative or RD note sums up the weights.
  { note: 'Weight 58.5 kg today; 68 kg in June = 14% loss in ~5 months.', text: '14% loss in ~5 months', change: { direction: 'loss', percent: 14, periodDays: 150 } },
  { note: 'RD: 8 kg loss since admission last month.', text: '8 kg loss', change: { direction: 'loss', amountKg: 8, periodDays: null } },
  // An earlier weight with its date: the period runs from that date to the encounter's.
  {
    note: 'Date of service: 4/20/2026. Wt 69 kg, was 78 kg in Feb.',
    text: 'Wt 69 kg, was 78 kg in Feb',
    change: { direction: 'loss', amountKg: 9, percent: 11.538462, periodDays: 78, usualWeightKg: 78 },
  },
  {
    note: 'DOS 4/20/2026. Weight 69 kg; weighed 78 kg on 1/20/2026.',
    text: 'Weight 69 kg; weighed 78 kg on 1/20/2026',
    change: { direction: 'loss', amountKg: 9, percent: 11.538462, periodDays: 90, usualWeightKg: 78 },
  },
  {
    note: 'DOS 1/15/2026. Wt 69 kg, was 78 kg in Nov.',
    text: 'Wt 69 kg, was 78 kg in Nov',
    change: { direction: 'loss', amountKg: 9, percent: 11.538462, periodDays: 75, usualWeightKg: 78 },
  },
  // No encounter date: the amount, with no period.
  {
    note: 'Wt 69 kg, was 78 kg in Feb.',
    text: 'Wt 69 kg, was 78 kg',
    change: { direction: 'loss', amountKg: 9, percent: 11.538462, periodDays: null, usualWeightKg: 78 },
  },
  {
    note: 'Usual weight 70 kg, now 62 kg.',
    text: 'Usual weight 70 kg, now 62 kg',
    change: { direction: 'loss', amountKg: 8, percent: 11.428571, periodDays: null, usualWeightKg: 70 },
  },
  {
    note: 'RD: weight 61.2 kg, usual 68 kg one month ago.',
    text: 'weight 61.2 kg, usual 68 kg one month ago',
    change: { direction: 'loss', amountKg: 6.8, percent: 10, periodDays: 30, usualWeightKg: 68 },
  },
  {
    note: 'Weight 150 lb, down from 165 lb 3 months ago.',
    text: 'Weight 150 lb, down from 165 lb 3 months ago',
    change: { direction: 'loss', amountKg: 6.80385, percent: 9.090909, periodDays: 90, usualWeightKg: 74.84235 },
  },
  // An earlier weight in parentheses after the current one, with when it was.
  {
    note: 'Wt 54 kg (63 kg 5 months ago, 14% loss).',
    text: 'Wt 54 kg (63 kg 5 months ago, 14% loss)',
    change: { direction: 'loss', amountKg: 9, percent: 14.285714, periodDays: 150, usualWeightKg: 63 },
  },
  {
    note: 'DOS 6/1/2026. Wt 120 lb (135 lb in March).',
    text: 'Wt 120 lb (135 lb in March)',
    change: { direction: 'loss', amountKg: 6.80385, percent: 11.111111, periodDays: 92, usualWeightKg: 61.23465 },
  },
  // "since <month>" runs to the encounter's date; with no date there is no period.
  { note: 'DOS 9/15/2026. Weight down 9 kg since June.', text: 'Weight down 9 kg since June', change: { direction: 'loss', amountKg: 9, periodDays: 106 } },
  { note: 'Weight down 9 kg since June.', text: 'Weight down 9 kg', change: { direction: 'loss', amountKg: 9, periodDays: null } },
  { note: 'He has lost 20 lb over 3 mo.', text: 'has lost 20 lb over 3 mo', change: { direction: 'loss', amountKg: 9.0718, periodDays: 90 } },
  // Two weights written as a course: the change from the first to the second, one unit for both.
  {
    note: 'Secondary: cachexia - wt 71 -> 62 kg over 4 months (12.7%), BMI 21.0',
    text: 'wt 71 -> 62 kg over 4 months (12.7%)',
    change: { direction: 'loss', amountKg: 9, percent: 12.676056, periodDays: 120, usualWeightKg: 71 },
  },
  {
    note: 'Weight 165 lb \u2192 148 lb in 3 months.',
    text: 'Weight 165 lb \u2192 148 lb in 3 months',
    change: { direction: 'loss', amountKg: 7.71103, percent: 10.30303, periodDays: 90, usualWeightKg: 74.84235 },
  },
  {
    note: 'Weight decreased from 71 to 62 kg over 4 months.',
    text: 'Weight decreased from 71 to 62 kg over 4 months',
    change: { direction: 'loss', amountKg: 9, percent: 12.676056, periodDays: 120, usualWeightKg: 71 },
  },
  {
    note: 'Weight 62 -> 71 kg since starting megestrol.',
    text: 'Weight 62 -> 71 kg',
    change: { direction: 'gain', amountKg: 9, percent: 14.516129, periodDays: null, usualWeightKg: 62 },
  },
  // An earlier weight with a month but no encounter date: the change, with no period.
  {
    note: 'Wt 58 kg (135 lb in March).',
    text: 'Wt 58 kg (135 lb in March)',
    change: { direction: 'loss', amountKg: 3.23465, percent: 5.282385, periodDays: null, usualWeightKg: 61.23465 },
  },
  {
    note: 'DOS 12/5/2026. Wt 58 kg (135 lb in March).',
    text: 'Wt 58 kg (135 lb in March)',
    change: { direction: 'loss', amountKg: 3.23465, percent: 5.282385, periodDays: 279, usualWeightKg: 61.23465 },
  },
  {
    note: 'DOS 12/5/2026. Weight 61 kg, was 70 kg in June.',
    text: 'Weight 61 kg, was 70 kg in June',
    change: { direction: 'loss', amountKg: 9, percent: 12.857143, periodDays: 187, usualWeightKg: 70 },
  },
  // A decimal amount before the words ("9.0%" is four tokens), and words between it and them.
  { note: '12/2026  73.7 kg  -> 9.0% loss in 5 months.', text: '9.0% loss in 5 months', change: { direction: 'loss', percent: 9, periodDays: 150 } },
  { note: '7.5 kg weight loss in 2 mo.', text: '7.5 kg weight loss in 2 mo', change: { direction: 'loss', amountKg: 7.5, periodDays: 60 } },
  { note: 'Cardiac cachexia: 9% dry weight loss in 5 mo.', text: '9% dry weight loss in 5 mo', change: { direction: 'loss', percent: 9, periodDays: 150 } },
  { note: '12% total body weight loss over 6 months.', text: '12% total body weight loss over 6 months', change: { direction: 'loss', percent: 12, periodDays: 180 } },
];

describe('weight-change', () => {
  it.each(POSITIVE)('$note', ({ note, text, change }) => {
    expect(changes(note).map((f) => ({ text: f.text, change: f.attributes }))).toEqual([{ text, change }]);
  });

  it('compares a usual weight with the current weight of another line of the section', () => {
    const [c] = changes('Nutrition assessment:\nCurrent wt 62 kg\nUBW 70 kg (6 months ago)');
    expect(c?.attributes).toEqual({ direction: 'loss', amountKg: 8, percent: 11.428571, periodDays: 180, usualWeightKg: 70 });
    expect(flags(c!.assertion)).toEqual([]);
  });

  it.each([
    'Weight stable.',
    'Weight 70 kg, usual weight 70 kg.',
    'Lost consciousness briefly.',
    'Lost to follow-up.',
    'Discussed weight loss medication.',
    'Follow up in 2 weeks.',
    'Usual weight unknown.',
    // "was" with a weight and nothing to compare, or a weight that did not change
    'DOS 4/20/2026. Weight was 69 kg.',
    'DOS 4/20/2026. Wt 69 kg, was 69 kg in Feb.',
    'DOS 4/20/2026. BP was 120/80. Wt 70 kg.',
    // a weight in parentheses with no time is a conversion or another weight, not an earlier one
    'Wt 70 kg (154 lb).',
    'Wt 70 kg (dry weight 68 kg).',
    'Wt 70 kg (70 kg 3 months ago).',
    // two weights without a unit, with two units, unchanged, or a goal
    'Wt 71 -> 62.',
    'Weight 70 kg to 72 lb.',
    'Wt 70 -> 70 kg.',
    'Goal weight 62 -> 70 kg.',
    // "loss" of something else, or without an amount
    'EBL 900 mL, about 20% blood loss.',
    'Hair loss 30% after chemotherapy.',
    'Hearing loss 40% on the left.',
    'Loss of appetite for 2 weeks.',
    // a decimal amount of something else before "loss", or too far from it
    'EBL 2.5 L, total blood loss.',
    'Hgb 7.5 total. Loss of appetite.',
  ])('no weight change in: %s', (note) => {
    expect(changes(note).map((f) => f.text)).toEqual([]);
  });

  it.each([
    ['negated', 'Denies weight loss.', ['negated']],
    ['negated by no', 'No unintentional weight loss.', ['negated']],
    ['historical', 'Lost 20 lb last year, now stable.', ['historical']],
    ['historical, dated by ago', 'Lost 20 lb 2 years ago.', ['historical']],
    ['family', 'Mother had weight loss.', ['family']],
    ['hypothetical', 'Return if weight loss continues.', ['hypothetical']],
    ['an earlier weight in parentheses: the change is current', 'Wt 54 kg (63 kg 5 months ago).', []],
    ['family, earlier weight in parentheses', 'Mother: wt 54 kg (63 kg 5 months ago).', ['family']],
    ['negated since-month', 'DOS 9/15/2026. Denies weight loss since June.', ['negated']],
    ['hypothetical earlier weight', 'If wt 54 kg (63 kg 5 months ago) on recheck, call RD.', ['hypothetical']],
    ['a course of weights', 'Wt 71 -> 62 kg over 4 months.', []],
    ['family, a course of weights', 'Mother wt 80 -> 60 kg.', ['family']],
    ['hypothetical course of weights', 'If wt 70 -> 65 kg, call.', ['hypothetical']],
  ])('assertion: %s', (_why, note, expected) => {
    const [c] = changes(note);
    expect(c).toBeDefined();
    expect(flags(c!.assertion)).toEqual(expected);
  });

  it('a month elsewhere in the clause is not "since": no period', () => {
    expect(changes('DOS 9/15/2026. Lost 9 kg, seen in June.').map((c) => c.attributes.periodDays)).toEqual([null]);
    expect(changes('DOS 9/15/2026. Lost 9 kg in June.').map((c) => c.attributes.periodDays)).toEqual([null]);
  });

  it('"ago" dates the loss itself, so it is not the period', () => {
    expect(changes('Lost 20 lb 2 years ago.')[0]?.attributes.periodDays).toBeNull();
  });
});

describe('an amount heavier than a body weight is no weight (the weight measure max of lexicon/findings/vital.yaml)', () => {
  const withHeaviest = (max: number) =>
    compileLexicon({
      ...LEXICON_DATA,
      findings: LEXICON_DATA.findings.map((f) =>
        f.vital ? { ...f, entries: f.entries.map((e) => (e.attributes.measure === 'weight' ? { ...e, attributes: { ...e.attributes, max } } : e)) } : f,
      ),
    });
  const amounts = (note: string, max?: number) =>
    (lint(note, {}, max === undefined ? undefined : withHeaviest(max)).findings.filter((f) => f.type === 'weight-change') as FindingOf<'weight-change'>[]).map(
      (f) => [f.attributes.amountKg ?? null, f.attributes.usualWeightKg ?? null],
    );
  it.each<[note: string, max: number | undefined, found: [number | null, number | null][]]>([
    // the shipped bound, 450 kg: at it and just above
    ['Usual weight 450 kg, now 440 kg.', undefined, [[10, 450]]],
    ['Usual weight 451 kg, now 440 kg.', undefined, []],
    ['Lost 450 kg.', undefined, [[450, null]]],
    // "lost" needs an amount: with none that is a weight, there is no weight change
    ['Lost 451 kg.', undefined, []],
    // another bound read from the data
    ['Usual weight 120 kg, now 110 kg.', 120, [[10, 120]]],
    ['Usual weight 121 kg, now 110 kg.', 120, []],
    ['Lost 20 lb over 3 months.', 120, [[9.0718, null]]],
  ])('%s (max %s) -> %j', (note, max, found) => {
    expect(amounts(note, max)).toEqual(found);
  });
});
