import { describe, expect, it } from 'vitest';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('setting: canonical ids', () => {
  it.each([
    ['HPI: Two-week ICU stay for sepsis.', 'ICU stay', 'icu'],
    ['HPI: Admitted to intensive care.', 'intensive care', 'icu'],
    ['HPI: Transferred from the MICU.', 'MICU', 'icu'],
    ['HPI: Mechanically ventilated for 10 days.', 'Mechanically ventilated', 'icu'],
    ['Inpatient consult note.', 'Inpatient', 'inpatient'],
    ['HPI: She was admitted on 3/2.', 'admitted', 'inpatient'],
    ['Outpatient follow-up.', 'Outpatient', 'outpatient'],
    ['Clinic visit for weakness.', 'Clinic visit', 'outpatient'],
    ['PT evaluation for gait.', 'PT evaluation', 'pt-evaluation'],
    ['PT re-evaluation, week 4.', 'PT re-evaluation', 're-evaluation'],
    ['Neurology progress note.', 'progress note', 'progress-note'],
    ['Plan of care recertification.', 'Plan of care recertification', 'recertification'],
    ['Lives in a skilled nursing facility.', 'skilled nursing facility', 'nursing-facility'],
    ['Resident of a nursing home.', 'nursing home', 'nursing-facility'],
  ])('%s -> %s', (text, phrase, setting) => {
    expect(findingWith(text, 'setting', phrase).attributes.setting).toBe(setting);
  });
});

describe('setting: not a setting', () => {
  it.each(['HPI: She admits to drinking wine.', 'HPI: Admits to fatigue.'])('%s', (text) => {
    expect(findingsOf(text, 'setting')).toEqual([]);
  });
});

describe('setting: assertion', () => {
  const cases: AssertionCase[] = [
    { text: 'HPI: Recent ICU stay.', phrase: 'ICU', expect: 'affirmed' },
    { text: 'HPI: Never admitted to the ICU.', phrase: 'ICU', expect: 'negated' },
    { text: 'PMH: ICU admission in 2010 for pneumonia.', phrase: 'ICU', expect: 'historical' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: want }) => {
    const f = findingWith(text, 'setting', phrase);
    if (want === 'affirmed') expect(isAffirmed(f)).toBe(true);
    else if (want !== 'none') expect(f.assertion[want]).toBe(true);
  });
});
