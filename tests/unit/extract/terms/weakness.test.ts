import { describe, expect, it } from 'vitest';
import type { WeaknessAttributes } from '../../../../src/engine/types.ts';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('weakness: phrases and distribution', () => {
  const cases: { text: string; phrase: string; attrs: Partial<WeaknessAttributes> }[] = [
    { text: 'HPI: Patient feels weak.', phrase: 'feels weak', attrs: { distribution: 'unspecified', observation: 'subjective' } },
    { text: 'HPI: She has been feeling weak all over.', phrase: 'feeling weak all over', attrs: { distribution: 'generalized', observation: 'subjective' } },
    { text: 'CC: Generalized weakness.', phrase: 'Generalized weakness', attrs: { distribution: 'generalized' } },
    { text: 'HPI: He is weak.', phrase: 'weak', attrs: { distribution: 'unspecified' } },
    { text: 'HPI: Progressive asthenia for two months.', phrase: 'asthenia', attrs: { distribution: 'unspecified' } },
    { text: 'HPI: Reports loss of strength.', phrase: 'loss of strength', attrs: { observation: 'subjective' } },
    { text: 'HPI: Decreased strength in the last month.', phrase: 'Decreased strength', attrs: { observation: 'subjective' } },
    { text: 'HPI: She can\'t get up from a chair.', phrase: "can't get up from a chair", attrs: { observation: 'subjective' } },
    { text: 'HPI: Muscle weakness.', phrase: 'Muscle weakness', attrs: { distribution: 'unspecified' } },
    { text: 'HPI: Diffuse weakness for a week.', phrase: 'weakness', attrs: { distribution: 'generalized' } },
    { text: 'HPI: Weakness throughout.', phrase: 'weakness', attrs: { distribution: 'generalized' } },
    { text: 'Exam: Proximal muscle weakness.', phrase: 'Proximal muscle weakness', attrs: { distribution: 'generalized', site: 'proximal', observation: 'objective' } },
    { text: 'Generalized muscle weakness (4/5 strength in all extremities).', phrase: 'Generalized muscle weakness', attrs: { distribution: 'generalized' } },
    { text: 'Exam: Left arm weakness.', phrase: 'arm weakness', attrs: { distribution: 'focal', site: 'upper extremity', laterality: 'left' } },
    { text: 'Exam: Right-sided weakness.', phrase: 'sided weakness', attrs: { distribution: 'focal', site: 'side', laterality: 'right' } },
    { text: 'Exam: RLE weakness.', phrase: 'RLE weakness', attrs: { distribution: 'focal', site: 'lower extremity', laterality: 'right' } },
    { text: 'Exam: Weakness of the left leg.', phrase: 'weakness of the left leg', attrs: { distribution: 'focal', site: 'lower extremity', laterality: 'left' } },
    { text: 'HPI: Weakness in her hands.', phrase: 'Weakness in her hands', attrs: { distribution: 'focal', site: 'hand' } },
    { text: 'HPI: Developed right facial weakness.', phrase: 'facial weakness', attrs: { distribution: 'focal', site: 'face', laterality: 'right' } },
    { text: 'Exam: Left hemiparesis.', phrase: 'hemiparesis', attrs: { distribution: 'focal', site: 'side', laterality: 'left', observation: 'objective' } },
    { text: 'Exam: Monoparesis of the right arm.', phrase: 'Monoparesis', attrs: { distribution: 'focal', laterality: 'right' } },
    { text: 'Exam: Hip flexor weakness bilaterally.', phrase: 'weakness', attrs: { distribution: 'focal', site: 'hip flexors', laterality: 'bilateral' } },
    // A problem label names the condition (R54 here): age-related, but no evidence of a distribution.
    { text: 'Assessment: Age-related weakness.', phrase: 'Age-related weakness', attrs: { ageRelated: true, distribution: 'unspecified', label: true } },
    { text: 'HPI: Age-related weakness over the past year.', phrase: 'Age-related weakness', attrs: { ageRelated: true, distribution: 'generalized' } },
    { text: 'Assessment: Senile asthenia.', phrase: 'Senile asthenia', attrs: { ageRelated: true } },
    { text: 'Assessment: Weakness of old age.', phrase: 'Weakness of old age', attrs: { ageRelated: true } },
  ];
  it.each(cases)('$text -> $phrase', ({ text, phrase, attrs }) => {
    expect(findingWith(text, 'weakness', phrase).attributes).toMatchObject(attrs);
  });

  it('two focal phrases in one sentence keep their own side', () => {
    const found = findingsOf('Exam: Left arm weakness and right leg weakness.', 'weakness');
    expect(found.map((f) => [f.text, f.attributes.site, f.attributes.laterality])).toEqual([
      ['Left arm weakness', 'upper extremity', 'left'],
      ['right leg weakness', 'lower extremity', 'right'],
    ]);
  });

  // A finding holds one site, the first written. Two sides in one phrase are not one limb
  // (laterality bilateral: neither one limb nor generalized); an arm and a leg of one side are that
  // side of the body (site "side", as hemiparesis).
  it.each([
    ['Exam: Right arm and left leg weakness.', 'Right arm and left leg weakness', 'upper extremity', 'bilateral'],
    ['Exam: Left leg and right arm weakness.', 'Left leg and right arm weakness', 'lower extremity', 'bilateral'],
    ['Exam: Left hand and right foot weakness.', 'Left hand and right foot weakness', 'hands', 'bilateral'],
    ['Exam: RLE and LUE weakness.', 'RLE and LUE weakness', 'lower extremity', 'bilateral'],
    ['Exam: Weakness of the right arm and leg.', 'Weakness of the right arm and leg', 'side', 'right'],
    ['Exam: left arm and leg weakness.', 'left arm and leg weakness', 'side', 'left'],
    ['Exam: Left leg weakness.', 'Left leg weakness', 'lower extremity', 'left'],
    ['Exam: Left deltoid and biceps weakness.', 'Left deltoid and biceps weakness', 'deltoids', 'left'],
  ])('%s: site %s, side %s', (text, phrase, site, laterality) => {
    const f = findingWith(text, 'weakness', phrase);
    expect(f.text).toBe(phrase);
    expect(f.attributes).toMatchObject({ distribution: 'focal', site, laterality });
  });

  // Proximal and distal name a pattern over the limbs: generalized, with the pattern as its site.
  it.each([
    ['Weakness proximal > distal.', 'Weakness proximal > distal', 'proximal'],
    ['Exam: weakness proximal greater than distal.', 'weakness proximal greater than distal', 'proximal'],
    ['Weakness, distal more than proximal.', 'Weakness, distal more than proximal', 'distal'],
  ])('%s is generalized', (text, phrase, site) => {
    const f = findingWith(text, 'weakness', phrase);
    expect(f.text).toBe(phrase);
    expect(f.attributes).toMatchObject({ distribution: 'generalized', site });
    expect(f.attributes.laterality).toBeUndefined();
  });

  it('a plain mention is not age related', () => {
    expect(findingWith('HPI: Generalized weakness.', 'weakness', 'weakness').attributes.ageRelated).toBe(false);
  });
});

describe('weakness: who observed it', () => {
  const cases: { text: string; phrase: string; observation: 'subjective' | 'objective' }[] = [
    { text: 'HPI: Complains of weakness in both legs.', phrase: 'weakness', observation: 'subjective' },
    { text: 'Exam: Weakness noted in the deltoids.', phrase: 'Weakness', observation: 'objective' },
    { text: 'Exam: Weakness of the hip flexors.', phrase: 'Weakness', observation: 'objective' },
    { text: 'Exam: Patient reports weakness.', phrase: 'weakness', observation: 'subjective' },
    { text: 'ROS: Positive for weakness.', phrase: 'weakness', observation: 'subjective' },
    { text: 'Assessment: Weakness on exam, worse proximally.', phrase: 'Weakness', observation: 'objective' },
    { text: 'Pt c/o weakness.', phrase: 'weakness', observation: 'subjective' },
    { text: 'She demonstrates weakness with resisted hip flexion.', phrase: 'weakness', observation: 'objective' },
  ];
  it.each(cases)('$text -> $observation', ({ text, phrase, observation }) => {
    expect(findingWith(text, 'weakness', phrase).attributes.observation).toBe(observation);
  });
});

describe('weakness: words that are not weakness', () => {
  it.each([
    'Exam: Weak pulses in both feet.',
    'Exam: Pulses are weak.',
    'HPI: Denies weak stream.',
    'Labs: ANA weakly positive.',
    'Labs: Weak positive band on immunofixation.',
    'HPI: Weak urinary stream for years.',
    'Plan: This is a weak recommendation based on limited data.',
  ])('%s', (text) => {
    expect(findingsOf(text, 'weakness')).toEqual([]);
  });
});

describe('weakness: assertion', () => {
  const cases: AssertionCase[] = [
    { text: 'HPI: Patient reports generalized weakness.', phrase: 'weakness', expect: 'affirmed' },
    { text: 'HPI: Denies weakness.', phrase: 'weakness', expect: 'negated' },
    { text: 'HPI: No focal weakness.', phrase: 'weakness', expect: 'negated' },
    { text: 'HPI: No numbness but reports weakness.', phrase: 'weakness', expect: 'affirmed' },
    { text: 'HPI: History of weakness after surgery in 2010.', phrase: 'weakness', expect: 'historical' },
    { text: 'Family history: Mother had weakness from MS.', phrase: 'weakness', expect: 'family' },
    { text: 'Instructions: Return if weakness worsens.', phrase: 'weakness', expect: 'hypothetical' },
    { text: 'HPI: Possible weakness of the left leg.', phrase: 'weakness', expect: 'uncertain' },
    { text: 'HPI: Not only weak but also dizzy.', phrase: 'weak', expect: 'affirmed' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: want }) => {
    const f = findingWith(text, 'weakness', phrase);
    if (want === 'affirmed') expect(isAffirmed(f)).toBe(true);
    else if (want !== 'none') expect(f.assertion[want]).toBe(true);
  });
});

// The assessment's own problem label names the coded condition; it is not evidence of the
// condition's distribution. An observation in the same section ("... on exam", "..., likely
// deconditioning") is more than a label and keeps its distribution.
describe('weakness: a diagnosis label is not evidence of its distribution', () => {
  it.each([
    ['Assessment:\n1. Generalized weakness - R53.1', 'Generalized weakness'],
    ['Assessment: Weakness', 'Weakness'],
    ['ASSESSMENT/PLAN:\n# Muscle weakness (generalized) (M62.81)', 'Muscle weakness (generalized)'],
    ['Impression:\n2) Diffuse weakness, unspecified', 'Diffuse weakness'],
    ['Billing: Generalized weakness R53.1', 'Generalized weakness'],
    ['HPI: feels weak. Dx: generalized weakness.', 'generalized weakness'],
    ['Diagnoses:\n- Weakness, generalized - M62.81\n- Hypokalemia - E87.6', 'Weakness, generalized'],
  ])('%j: label', (text, phrase) => {
    const f = findingWith(text, 'weakness', phrase);
    expect(f.attributes).toMatchObject({ distribution: 'unspecified', label: true });
    expect(f.attributes.site).toBeUndefined();
  });

  it.each([
    ['Assessment: Generalized weakness, likely deconditioning.', 'Generalized weakness', 'generalized'],
    ['Assessment: Generalized weakness on exam with 4/5 hip flexors.', 'Generalized weakness', 'generalized'],
    ['HPI: Generalized weakness for 3 weeks.', 'Generalized weakness', 'generalized'],
    ['Subjective: Weakness all over since the flu.', 'Weakness all over', 'generalized'],
    // A focal label names another condition (hemiparesis): it stays focal evidence.
    ['Assessment:\n1. Right hemiparesis - G81.91', 'Right hemiparesis', 'focal'],
  ])('%j: not a label', (text, phrase, distribution) => {
    const f = findingWith(text, 'weakness', phrase);
    expect(f.attributes.distribution).toBe(distribution);
    expect(f.attributes.label).toBeUndefined();
  });
});
