import { describe, expect, it } from 'vitest';
import type { MedicationAttributes } from '../../../../src/engine/types.ts';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('medication: class and name', () => {
  const cases: { text: string; phrase: string; attrs: MedicationAttributes }[] = [
    { text: 'Meds: atorvastatin 40 mg daily.', phrase: 'atorvastatin', attrs: { class: 'statin', name: 'atorvastatin' } },
    { text: 'Meds: Simvastatin 20 mg.', phrase: 'Simvastatin', attrs: { class: 'statin', name: 'simvastatin' } },
    { text: 'Meds: Crestor 10 mg.', phrase: 'Crestor', attrs: { class: 'statin', name: 'rosuvastatin' } },
    { text: 'HPI: Started a statin in May.', phrase: 'statin', attrs: { class: 'statin' } },
    { text: 'Meds: Prednisone 20 mg daily.', phrase: 'Prednisone', attrs: { class: 'corticosteroid', name: 'prednisone' } },
    { text: 'HPI: Long-term steroid use.', phrase: 'steroid', attrs: { class: 'corticosteroid' } },
    { text: 'Meds: Lorazepam 1 mg qhs.', phrase: 'Lorazepam', attrs: { class: 'benzodiazepine', name: 'lorazepam' } },
    { text: 'HPI: Takes sedatives at night.', phrase: 'sedatives', attrs: { class: 'sedative' } },
    { text: 'Meds: Oxycodone 5 mg prn.', phrase: 'Oxycodone', attrs: { class: 'opioid', name: 'oxycodone' } },
    { text: 'Meds: Metoprolol 25 mg bid.', phrase: 'Metoprolol', attrs: { class: 'beta-blocker', name: 'metoprolol' } },
    { text: 'HPI: New antihypertensives last month.', phrase: 'antihypertensives', attrs: { class: 'antihypertensive' } },
    { text: 'Assessment: Polypharmacy.', phrase: 'Polypharmacy', attrs: { class: 'polypharmacy' } },
  ];
  it.each(cases)('$text -> $phrase', ({ text, phrase, attrs }) => {
    expect(findingWith(text, 'medication', phrase).attributes).toEqual(attrs);
  });

  it('steroid injection site is not a medication finding', () => {
    expect(findingsOf('Exam: Steroid injection site clean.', 'medication')).toEqual([]);
  });
});

describe('medication: assertion', () => {
  const cases: AssertionCase[] = [
    { text: 'Meds: Atorvastatin.', phrase: 'Atorvastatin', expect: 'affirmed' },
    { text: 'HPI: Not on a statin.', phrase: 'statin', expect: 'negated' },
    { text: 'HPI: Previously on prednisone, stopped in 2019.', phrase: 'prednisone', expect: 'historical' },
    { text: 'HPI: Never took opioids but takes gabapentin.', phrase: 'gabapentin', expect: 'affirmed' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: want }) => {
    const f = findingWith(text, 'medication', phrase);
    if (want === 'affirmed') expect(isAffirmed(f)).toBe(true);
    else if (want !== 'none') expect(f.assertion[want]).toBe(true);
  });
});
