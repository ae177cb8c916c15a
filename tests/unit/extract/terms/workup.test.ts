import { describe, expect, it } from 'vitest';
import type { WorkupAttributes } from '../../../../src/engine/types.ts';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('workup: items, category and status', () => {
  const cases: { text: string; phrase: string; attrs: WorkupAttributes }[] = [
    { text: 'Plan: Will check CBC.', phrase: 'CBC', attrs: { item: 'cbc', category: 'lab', status: 'ordered' } },
    { text: 'Plan: CMP ordered.', phrase: 'CMP', attrs: { item: 'cmp', category: 'lab', status: 'ordered' } },
    { text: 'HPI: BMP pending.', phrase: 'BMP', attrs: { item: 'bmp', category: 'lab', status: 'ordered' } },
    { text: 'Assessment: TSH pending.', phrase: 'TSH', attrs: { item: 'tsh', category: 'lab', status: 'ordered' } },
    { text: 'Plan: Obtain CK and aldolase.', phrase: 'CK', attrs: { item: 'ck', category: 'lab', status: 'ordered' } },
    { text: 'Plan: Send B12 and vitamin D.', phrase: 'vitamin D', attrs: { item: 'vitamin-d', category: 'lab', status: 'ordered' } },
    { text: 'Plan: UA, ESR, CRP.', phrase: 'ESR', attrs: { item: 'esr', category: 'lab', status: 'ordered' } },
    { text: 'Assessment: Consider iron studies.', phrase: 'iron studies', attrs: { item: 'iron-studies', category: 'lab', status: 'planned' } },
    { text: 'Plan: CXR today.', phrase: 'CXR', attrs: { item: 'chest-x-ray', category: 'imaging', status: 'ordered' } },
    { text: 'Plan: MRI brain to evaluate for stroke.', phrase: 'MRI brain', attrs: { item: 'mri-brain', category: 'imaging', status: 'planned' } },
    { text: 'HPI: CT head was unremarkable.', phrase: 'CT head', attrs: { item: 'ct-head', category: 'imaging', status: 'resulted' } },
    { text: 'Plan: Will order EMG/NCS.', phrase: 'EMG/NCS', attrs: { item: 'emg', category: 'electrodiagnostic', status: 'ordered' } },
    { text: 'Plan: Muscle biopsy if CK stays high.', phrase: 'Muscle biopsy', attrs: { item: 'muscle-biopsy', category: 'lab', status: 'ordered' } },
    { text: 'Plan: Refer to neurology.', phrase: 'neurology', attrs: { item: 'neurology', category: 'referral', status: 'planned' } },
    { text: 'Plan: PT referral placed.', phrase: 'PT referral', attrs: { item: 'physical-therapy', category: 'referral', status: 'ordered' } },
    { text: 'Plan: OT for ADL training.', phrase: 'OT', attrs: { item: 'occupational-therapy', category: 'referral', status: 'ordered' } },
    { text: 'Plan: Rheumatology consult.', phrase: 'Rheumatology consult', attrs: { item: 'rheumatology', category: 'referral', status: 'ordered' } },
    { text: 'Plan: Therapeutic exercise 3x/week.', phrase: 'Therapeutic exercise', attrs: { item: 'exercise-therapy', category: 'therapy', status: 'ordered' } },
    { text: 'Plan: Start a home exercise program.', phrase: 'home exercise program', attrs: { item: 'exercise-therapy', category: 'therapy', status: 'ordered' } },
    { text: 'Labs: CBC unremarkable.', phrase: 'CBC', attrs: { item: 'cbc', category: 'lab', status: 'resulted' } },
    { text: 'Labs: Urinalysis.', phrase: 'Urinalysis', attrs: { item: 'urinalysis', category: 'lab', status: 'resulted' } },
    { text: 'Plan: Transfer for neurology evaluation.', phrase: 'neurology', attrs: { item: 'neurology', category: 'referral', status: 'ordered' } },
    { text: 'HPI: Labs ordered by her PCP.', phrase: 'Labs', attrs: { item: 'labs', category: 'lab', status: 'ordered' } },
    // Therapy items, also with a CPT code or a frequency after them.
    { text: 'Plan: Therapeutic exercise 97110 for strengthening.', phrase: 'Therapeutic exercise', attrs: { item: 'exercise-therapy', category: 'therapy', status: 'ordered' } },
    { text: 'Plan: Gait training.', phrase: 'Gait training', attrs: { item: 'exercise-therapy', category: 'therapy', status: 'ordered' } },
    { text: 'Plan: Neuromuscular re-education 97112.', phrase: 'Neuromuscular re-education', attrs: { item: 'exercise-therapy', category: 'therapy', status: 'ordered' } },
    { text: 'HPI: Will start a home exercise program.', phrase: 'home exercise program', attrs: { item: 'exercise-therapy', category: 'therapy', status: 'ordered' } },
    { text: 'HPI: Doing a home exercise program.', phrase: 'home exercise program', attrs: { item: 'exercise-therapy', category: 'therapy', status: 'planned' } },
    { text: 'Plan: PT 3 times a week for 6 weeks.', phrase: 'PT', attrs: { item: 'physical-therapy', category: 'referral', status: 'ordered' } },
    { text: 'Plan: PT 90 min/day, OT 90 min/day, 5 days/wk.', phrase: 'PT', attrs: { item: 'physical-therapy', category: 'referral', status: 'ordered' } },
    { text: 'Plan: PT 60 minutes daily in the gym.', phrase: 'PT', attrs: { item: 'physical-therapy', category: 'referral', status: 'ordered' } },
    // A specialty below the note's title, or a title that asks for the service.
    { text: 'Neurology Progress Note\nPlan: Refer to neurology.', phrase: 'Refer to neurology', attrs: { item: 'neurology', category: 'referral', status: 'planned' } },
    { text: 'Physical Therapy Referral\nHPI: Weak legs.', phrase: 'Physical Therapy Referral', attrs: { item: 'physical-therapy', category: 'referral', status: 'planned' } },
    { text: 'Plan:\nPhysical therapy evaluation\nCBC', phrase: 'Physical therapy evaluation', attrs: { item: 'physical-therapy', category: 'referral', status: 'ordered' } },
    { text: 'Weakness for 2 weeks.\nPhysical therapy\nCBC', phrase: 'Physical therapy', attrs: { item: 'physical-therapy', category: 'referral', status: 'planned' } },
    { text: 'Plan: Labs (CBC, CMP) ordered.', phrase: 'Labs', attrs: { item: 'labs', category: 'lab', status: 'ordered' } },
  ];
  it.each(cases)('$text -> $phrase', ({ text, phrase, attrs }) => {
    expect(findingWith(text, 'workup', phrase).attributes).toEqual(attrs);
  });

  it('each item in a list gets the shared cue', () => {
    const items = findingsOf('Plan: Will check CBC, CMP, TSH, CK.', 'workup');
    expect(items.map((f) => [f.attributes.item, f.attributes.status])).toEqual([
      ['cbc', 'ordered'],
      ['cmp', 'ordered'],
      ['tsh', 'ordered'],
      ['ck', 'ordered'],
    ]);
  });
});

describe('workup: not workup', () => {
  it.each([
    'Labs: TSH 8.2 mIU/L.',
    'Labs: K 3.1, CK: 1,200 U/L.',
    'HPI: B12 level of 150.',
    'Assessment: B12 deficiency.',
    'Plan: Continue vitamin D supplementation.',
    'HPI: Pt reports weakness.',
    'Labs: PT/INR normal.',
    'Labs: PT 14 sec, INR 1.1.',
    'Coags: PT 15.9, PTT 31.',
    'Imaging:\nNone.',
    'Labs (today):\nSodium 138',
    'Neurology clinic - follow-up visit.',
    'HPI: Seen by neurology last year.',
    // The note's title or a note type names a specialty: no referral.
    'Neurology Progress Note\nHPI: Weakness for 2 weeks.',
    'NEUROLOGY CONSULTATION\nHPI: Weakness for 2 weeks.',
    'Dictated and signed.\n\nRheumatology Consult Note\nHPI: Weakness for 2 weeks.',
    'Neurology clinic \u2014 follow-up\nHPI: Weakness.',
    'Physical Therapy Re-evaluation\nHPI: Weakness.',
    'HPI: Seen today.\nPhysical therapy re-evaluation\nStrength 4/5.',
    // A generic word labelling a line, not an order, even in the plan.
    'Plan: Continue walking.\nLabs (today):\nNa 138',
    'Assessment and Plan: Weakness.\nLabs (drawn 10/2):\nK 3.9',
    'Plan: Labs (today): reviewed.',
    // A prothrombin time with its value.
    'Labs: PT of 15.9, PTT 36.',
  ])('%s', (text) => {
    expect(findingsOf(text, 'workup')).toEqual([]);
  });
});

describe('workup: assertion', () => {
  const cases: AssertionCase[] = [
    { text: 'Plan: Check TSH.', phrase: 'TSH', expect: 'affirmed' },
    { text: 'Plan: No imaging needed.', phrase: 'imaging', expect: 'negated' },
    { text: 'Plan: No MRI but will check CK.', phrase: 'CK', expect: 'affirmed' },
    { text: 'PMH: EMG in 2015.', phrase: 'EMG', expect: 'historical' },
    { text: 'Instructions: If weakness persists, we will order an MRI.', phrase: 'MRI', expect: 'hypothetical' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: want }) => {
    const f = findingWith(text, 'workup', phrase);
    if (want === 'affirmed') expect(isAffirmed(f)).toBe(true);
    else if (want !== 'none') expect(f.assertion[want]).toBe(true);
  });
});
