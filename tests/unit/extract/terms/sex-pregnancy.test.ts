import { describe, expect, it } from 'vitest';
import { patientSex, pregnancyStatus } from '../../../../src/engine/evidence/demographics.ts';
import { lint } from '../../../../src/engine/index.ts';
import { compileLexicon } from '../../../../src/engine/lexicon.ts';
import { LEXICON_DATA } from '../../../../src/lexicon/generated/lexicon.ts';
import type { PregnancyAttributes, SexAttributes } from '../../../../src/engine/types.ts';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('sex: explicit demographics', () => {
  it.each<[string, string, SexAttributes]>([
    ['72M w/ CHF, here for weakness.', '72M', { sex: 'male', cue: 'explicit' }],
    ['68 yo F presents with fatigue.', 'F', { sex: 'female', cue: 'explicit' }],
    ['72 F, nursing home resident.', 'F', { sex: 'female', cue: 'explicit' }],
    ['A 72-year-old white woman with CKD 4.', 'woman', { sex: 'female', cue: 'explicit' }],
    ['84 y/o pleasant gentleman, hard of hearing.', 'gentleman', { sex: 'male', cue: 'explicit' }],
    ['Sex: F\nDOB: 01/02/1950', 'F', { sex: 'female', cue: 'explicit' }],
    ['Gender: male', 'male', { sex: 'male', cue: 'explicit' }],
    ['Mrs. Lopez was seen on rounds.', 'Mrs', { sex: 'female', cue: 'explicit' }],
    ['Mr Ng reports dark urine.', 'Mr', { sex: 'male', cue: 'explicit' }],
  ])('%s -> %s', (text, phrase, expected) => {
    expect(findingWith(text, 'sex', phrase).attributes).toEqual(expected);
  });

  it('a pronoun is reported only when nothing explicit is, and only its first', () => {
    expect(findingsOf('She reports fatigue. Her husband agrees; she sleeps 10 h.', 'sex').map((f) => [f.text, f.attributes])).toEqual([
      ['She', { sex: 'female', cue: 'pronoun' }],
    ]);
    expect(findingsOf('72M. She (daughter) reports he is weaker.', 'sex').map((f) => f.text)).toEqual(['72M']);
  });

  it.each([
    'Temp 101 F, HR 110.',
    'Lisinopril 10 mg daily; F/u in 2 weeks.',
    'Male pattern baldness.',
    'Ms. not available.',
  ])('no sex stated: %s', (text) => {
    expect(findingsOf(text, 'sex').filter((f) => f.attributes.cue === 'explicit')).toEqual([]);
  });
});

describe('patientSex: the first explicit statement wins', () => {
  it.each<[string, 'female' | 'male' | null]>([
    ['72M. His daughter says she is worried.', 'male'],
    ['She is tired. 68 yo M per registration.', 'male'],
    ['She reports dark urine.', 'female'],
    ['Family history: 45-year-old sister with anemia.\nHPI: 72M with fatigue.', 'male'],
    ['Family history: 45-year-old sister with anemia.', null],
    ['Hgb 9.1, ferritin 8.', null],
  ])('%s -> %s', (text, sex) => {
    expect(patientSex(lint(text).findings)).toBe(sex);
  });
});

describe('pregnancy: weeks and postpartum', () => {
  it.each<[string, string, PregnancyAttributes]>([
    ['32F G2P1 at 28 weeks with Hgb 9.6.', 'G2P1 at 28 weeks', { weeks: 28 }],
    ['She is 28 weeks pregnant.', '28 weeks pregnant', { weeks: 28 }],
    ['Pregnant, 12 wks by LMP.', 'Pregnant', { weeks: 12 }],
    ['IUP at 30w2d, fetal heart tones present.', 'IUP', { weeks: 30 }],
    ['EGA 28+3 weeks.', 'EGA', { weeks: 28 }],
    ['Currently pregnant, dating uncertain.', 'Currently pregnant', {}],
    ['Postpartum day 2 after SVD, EBL 900 mL.', 'Postpartum day', { postpartum: true }],
  ])('%s -> %s', (text, phrase, expected) => {
    expect(findingWith(text, 'pregnancy', phrase).attributes).toEqual(expected);
  });

  it.each([
    'Urine pregnancy test negative.',
    'OB history: G3P3, LMP 6 weeks ago.',
    'Weakness for 3 weeks.',
  ])('no pregnancy: %s', (text) => {
    expect(findingsOf(text, 'pregnancy')).toEqual([]);
  });

  const cases: AssertionCase[] = [
    { text: 'She is 28 weeks pregnant.', phrase: 'pregnant', expect: 'affirmed' },
    { text: 'She is not pregnant (hCG negative).', phrase: 'pregnant', expect: 'negated' },
    { text: 'Iron deficiency during her pregnancy in 2015, treated.', phrase: 'pregnancy', expect: 'historical' },
    { text: 'PMH: preeclampsia with first pregnancy.', phrase: 'pregnancy', expect: 'historical' },
    { text: 'Family history: sister had anemia during pregnancy.', phrase: 'pregnancy', expect: 'family' },
    { text: 'If she becomes pregnant, stop lisinopril.', phrase: 'pregnant', expect: 'hypothetical' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: flag }) => {
    const f = findingsOf(text, 'pregnancy').find((x) => x.text.toLowerCase().includes(phrase.toLowerCase()));
    expect(f).toBeDefined();
    if (flag === 'affirmed') expect(isAffirmed(f!)).toBe(true);
    else if (flag !== 'none') expect(f!.assertion[flag]).toBe(true);
  });

  it.each<[string, PregnancyAttributes | null]>([
    ['G2P1 at 28 weeks with anemia.', { weeks: 28 }],
    ['Postpartum day 1, Hgb 8.9.', { postpartum: true }],
    ['She is not pregnant.', null],
    ['Hgb 11.2.', null],
  ])('pregnancyStatus: %s', (text, status) => {
    expect(pregnancyStatus(lint(text).findings)).toEqual(status);
  });
});

describe('the weeks a gestational age can be are lexicon data (findings/pregnancy.yaml gestationalWeeks)', () => {
  const withWeeks = (min: number, max: number) =>
    compileLexicon({
      ...LEXICON_DATA,
      findings: LEXICON_DATA.findings.map((f) => (f.pregnancy ? { ...f, pregnancy: { ...f.pregnancy, gestationalWeeks: { ...f.pregnancy.gestationalWeeks, min, max } } } : f)),
    });
  const shipped = LEXICON_DATA.findings.find((f) => f.pregnancy)!.pregnancy!.gestationalWeeks;
  const pregnancies = (note: string, range?: [number, number]) =>
    lint(note, {}, range ? withWeeks(...range) : undefined)
      .findings.filter((f) => f.type === 'pregnancy')
      .map((f) => [f.text, f.attributes, isAffirmed(f)]);
  it.each<[note: string, range: [number, number] | undefined, found: [string, PregnancyAttributes, boolean][]]>([
    // the shipped range, 3-44 weeks: at each bound and just outside
    ['She is 3 weeks pregnant by LMP.', undefined, [['3 weeks pregnant', { weeks: 3 }, true]]],
    ['She is 2 weeks pregnant by LMP.', undefined, [['weeks pregnant', {}, true]]],
    ['She is 44 weeks pregnant, induction today.', undefined, [['44 weeks pregnant', { weeks: 44 }, true]]],
    ['She is 45 weeks pregnant, induction today.', undefined, [['weeks pregnant', {}, true]]],
    ['G1P0 at 44 weeks, Hgb 10.2.', undefined, [['G1P0 at 44 weeks', { weeks: 44 }, true]]],
    ['G1P0 at 45 weeks, Hgb 10.2.', undefined, []],
    // another range read from the data
    ['She is 41 weeks pregnant.', [4, 40], [['weeks pregnant', {}, true]]],
    ['She is 40 weeks pregnant.', [4, 40], [['40 weeks pregnant', { weeks: 40 }, true]]],
    ['IUP at 4w1d.', [4, 40], [['IUP', { weeks: 4 }, true]]],
    ['IUP at 3w6d.', [4, 40], [['IUP', {}, true]]],
    // negated and hypothetical pregnancies keep their weeks and their assertion
    ['Not pregnant; LMP 6 weeks ago.', undefined, [['pregnant', {}, false]]],
    ['If she were 30 weeks pregnant, hold the iron.', undefined, [['30 weeks pregnant', { weeks: 30 }, false]]],
  ])('%s (range %j) -> %j', (note, range, found) => {
    expect(pregnancies(note, range)).toEqual(found);
  });

  it('the shipped range is 3-44 weeks', () => {
    expect([shipped.min, shipped.max]).toEqual([3, 44]);
  });
});
