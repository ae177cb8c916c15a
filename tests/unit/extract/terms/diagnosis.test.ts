import { describe, expect, it } from 'vitest';
import { lint } from '../../../../src/engine/index.ts';
import { defaultLexicon } from '../../../../src/engine/lexicon.ts';
import { findingsOf, findingWith, isAffirmed, type AssertionCase } from './helpers.ts';

describe('diagnosis: phrasings map to concepts and codes', () => {
  it.each([
    ['Hypothyroidism.', 'Hypothyroidism', 'hypothyroidism', 'E03.9', 'endocrine'],
    ['Low thyroid on last check.', 'Low thyroid', 'hypothyroidism', 'E03.9', 'endocrine'],
    ['Hypokalemia, repleted.', 'Hypokalemia', 'hypokalemia', 'E87.6', 'metabolic'],
    ['Low potassium.', 'Low potassium', 'hypokalemia', 'E87.6', 'metabolic'],
    ['Anemia.', 'Anemia', 'anemia', 'D64.9', 'hematologic'],
    ['B12 deficiency.', 'B12 deficiency', 'b12-deficiency', 'E53.8', 'nutritional'],
    ['UTI, on nitrofurantoin.', 'UTI', 'uti', 'N39.0', 'infectious'],
    ['Pneumonia.', 'Pneumonia', 'pneumonia', 'J18.9', 'infectious'],
    ['CHF exacerbation.', 'CHF', 'heart-failure', 'I50.-', 'cardiac'],
    ['Dehydration.', 'Dehydration', 'dehydration', 'E86.0', 'metabolic'],
    ['Long COVID.', 'Long COVID', 'post-covid', 'U09.9', 'infectious'],
    ['Post-COVID fatigue.', 'Post-COVID', 'post-covid', 'U09.9', 'infectious'],
    ['COVID-19 in March.', 'COVID-19', 'covid-19', 'U07.1', 'infectious'],
    // Issue 11: the course of MS picks its FY2026 code.
    ['Relapsing MS.', 'Relapsing MS', 'ms-relapsing-remitting', 'G35.A', 'neurologic'],
    ['MS flare.', 'MS', 'multiple-sclerosis', 'G35.-', 'neurologic'],
    ["Parkinson's disease.", "Parkinson's disease", 'parkinsons', 'G20.-', 'neurologic'],
    // Issue 11: an old stroke is a late effect (I69.3-), never the acute I63.9.
    ['Old CVA.', 'Old CVA', 'stroke-sequelae', 'I69.3-', 'neurologic'],
    ['New CVA.', 'CVA', 'stroke', 'I63.9', 'neurologic'],
    ['Acute ischemic stroke.', 'Acute ischemic stroke', 'stroke', 'I63.9', 'neurologic'],
    ['Left hemiparesis.', 'hemiparesis', 'hemiplegia', 'G81.9-', 'neurologic'],
    ['Peripheral neuropathy.', 'Peripheral neuropathy', 'polyneuropathy', 'G62.9', 'neurologic'],
    ['Myasthenia gravis.', 'Myasthenia gravis', 'myasthenia-gravis', 'G70.0-', 'neurologic'],
    ['ALS.', 'ALS', 'als', 'G12.21', 'neurologic'],
    ['Guillain-Barré syndrome.', 'Guillain-Barré syndrome', 'guillain-barre', 'G61.0', 'neurologic'],
    ['GBS.', 'GBS', 'guillain-barre', 'G61.0', 'neurologic'],
    ['Sarcopenia.', 'Sarcopenia', 'sarcopenia', 'M62.84', 'musculoskeletal'],
    ['Frailty.', 'Frailty', 'frailty', 'R54', 'age-related'],
    ['Inflammatory myopathy.', 'Inflammatory myopathy', 'inflammatory-myopathy', 'G72.4-', 'musculoskeletal'],
    ['Statin-induced myopathy.', 'Statin-induced myopathy', 'drug-induced-myopathy', 'G72.0', 'musculoskeletal'],
    ['Alcoholic myopathy.', 'Alcoholic myopathy', 'alcoholic-myopathy', 'G72.1', 'musculoskeletal'],
    ['Critical illness myopathy.', 'Critical illness myopathy', 'critical-illness-myopathy', 'G72.81', 'musculoskeletal'],
    ['Myositis.', 'Myositis', 'myositis', 'M60.9', 'musculoskeletal'],
    ['Rhabdomyolysis.', 'Rhabdomyolysis', 'rhabdomyolysis', 'M62.82', 'musculoskeletal'],
    ['Deconditioning.', 'Deconditioning', 'deconditioning', 'R53.81', 'musculoskeletal'],
    ['Disuse atrophy.', 'Disuse atrophy', 'disuse-atrophy', 'M62.5-', 'musculoskeletal'],
    ['Depression.', 'Depression', 'depression', 'F32.A', 'psychiatric'],
    ['Chronic fatigue syndrome.', 'Chronic fatigue syndrome', 'chronic-fatigue-syndrome', 'G93.32', 'other'],
    ['Senility.', 'Senility', 'old-age', 'R54', 'age-related'],
  ])('%s -> %s', (text, phrase, concept, code, category) => {
    const f = findingWith(`Assessment: ${text}`, 'diagnosis', phrase);
    expect(f.text).toBe(phrase);
    expect(f.attributes).toEqual({ concept, codes: expect.arrayContaining([code]), category });
  });
});

describe('diagnosis: look-alikes', () => {
  it.each([
    'ECG: 1 mm ST depression in V5.',
    'Exam: No CVA tenderness.',
    'Med list: MS Contin 15 mg.',
    'Dear Ms. Smith.',
    'Labs: ms value.',
    'HPI: Heat stroke risk discussed.',
    'Plan: COVID vaccine booster given.',
    'Plan: Depression screening negative.',
  ])('%s', (text) => {
    expect(findingsOf(text, 'diagnosis')).toEqual([]);
  });
});

describe('diagnosis: the weakness pack concept sets', () => {
  const d = defaultLexicon().diagnoses;
  const sets = defaultLexicon().conceptSets;
  it.each([
    ['stroke', { 'neurologic-causes': true, 'explains-weakness': true }],
    ['multiple-sclerosis', { 'neurologic-causes': true }],
    ['hypokalemia', { 'explains-weakness': true, 'neurologic-causes': false }],
    ['deconditioning', { 'msk-etiologies': true }],
    ['inflammatory-myopathy', { 'msk-etiologies': true, 'explains-weakness': true }],
    ['prolonged-bed-rest', { 'msk-etiologies': true }],
  ] as const)('%s', (concept, membership) => {
    for (const [set, member] of Object.entries(membership)) expect(sets.get(set)?.has(concept), set).toBe(member);
  });

  it.each([
    ['hypokalemia', 'potassium', 'low'],
    ['hyponatremia', 'sodium', 'low'],
    ['hypothyroidism', 'tsh', 'high'],
    ['anemia', 'hemoglobin', 'low'],
    ['b12-deficiency', 'b12', 'low'],
    ['vitamin-d-deficiency', 'vitamin-d', 'low'],
    ['rhabdomyolysis', 'ck', 'high'],
  ])('%s is suggested by %s %s', (concept, analyte, flag) => {
    expect(d.get(concept)?.suggestedBy).toEqual(expect.arrayContaining([expect.objectContaining({ analyte, flag })]));
  });
});

describe('diagnosis: a procedure after a procedure cue is a post-surgical state', () => {
  it.each([
    ['HPI: 68F s/p R TKA 3 weeks ago.', 's/p R TKA', 'knee-replacement', 'Z96.65-'],
    ['HPI: Weak legs following TKA.', 'following TKA', 'knee-replacement', 'Z96.65-'],
    ['HPI: Weakness after hip replacement.', 'after hip replacement', 'hip-replacement', 'Z96.64-'],
    ['HPI: Status post laminectomy in May.', 'Status post laminectomy', 'post-surgical', 'Z98.890'],
    ['Assessment: Post-op deconditioning.', 'Post-op deconditioning', 'post-surgical', 'Z98.890'],
    ['HPI: Weak since her recent elective left total knee arthroplasty.', 'since her recent elective left total knee arthroplasty', 'knee-replacement', 'Z96.65-'],
    ['HPI: Post-TKA weakness.', 'Post-TKA', 'knee-replacement', 'Z96.65-'],
    ['HPI: S/p bilateral THA.', 'S/p bilateral THA', 'hip-replacement', 'Z96.64-'],
  ])('%s -> %s', (text, phrase, concept, code) => {
    const f = findingWith(text, 'diagnosis', phrase);
    expect(f.text).toBe(phrase);
    expect(f.attributes).toEqual({ concept, codes: [code], category: 'musculoskeletal' });
    expect(defaultLexicon().conceptSets.get('msk-etiologies')?.has(concept)).toBe(true);
  });

  it.each([
    'Plan: TKA scheduled next month.',
    'HPI: Considering total hip arthroplasty.',
    'HPI: Worse after walking to the laminectomy clinic.',
    'HPI: After a long discussion, TKA was deferred.',
  ])('%s', (text) => {
    expect(findingsOf(text, 'diagnosis')).toEqual([]);
  });

  it('an old procedure in the surgical history is historical', () => {
    expect(findingWith('PSH: s/p R TKA 2015.', 'diagnosis', 'TKA').assertion.historical).toBe(true);
  });
});

describe('diagnosis: which concepts explain weakness (rules.md list)', () => {
  const explains = defaultLexicon().conceptSets.get("explains-weakness")!;
  it.each([
    'hypothyroidism', 'hypokalemia', 'hyponatremia', 'anemia', 'iron-deficiency', 'b12-deficiency', 'vitamin-d-deficiency',
    'uti', 'pneumonia', 'heart-failure', 'dehydration', 'volume-depletion', 'post-covid', 'myopathy', 'inflammatory-myopathy',
    'drug-induced-myopathy', 'alcoholic-myopathy', 'critical-illness-myopathy', 'rhabdomyolysis', 'sarcopenia', 'depression',
    'stroke', 'stroke-sequelae', 'hemiplegia', 'multiple-sclerosis', 'parkinsons', 'polyneuropathy', 'myasthenia-gravis',
    'als', 'guillain-barre', 'spinal-cord-injury',
  ])('%s explains weakness', (concept) => {
    expect(defaultLexicon().diagnoses.has(concept)).toBe(true);
    expect(explains.has(concept)).toBe(true);
  });

  it.each([
    'chronic-kidney-disease', 'malignancy', 'sleep-apnea', 'sepsis', 'covid-19', 'copd', 'diabetes', 'fibromyalgia',
    'hyperkalemia', 'hypercalcemia', 'malnutrition', 'cachexia', 'tia', 'radiculopathy', 'deconditioning', 'frailty',
  ])('%s does not (off the list)', (concept) => {
    expect(defaultLexicon().diagnoses.has(concept)).toBe(true);
    expect(explains.has(concept)).toBe(false);
  });

  it('a listed problem off the list raises no sequencing warning; a linked one still does', () => {
    const rule = (text: string) => lint(text, { codes: ['R53.1'] }).diagnostics.filter((x) => x.ruleId === 'symptom-with-definitive-dx');
    expect(rule('HPI: Generalized weakness.\nPMH: CKD stage 3, prostate cancer, OSA.\nAssessment: Weakness (R53.1).')).toEqual([]);
    expect(rule('HPI: Generalized weakness due to sepsis.\nAssessment: Weakness (R53.1).')).toHaveLength(1);
    expect(rule('HPI: Generalized weakness.\nAssessment: Hypothyroidism. Weakness (R53.1).')).toHaveLength(1);
  });
});

describe('diagnosis: a high CK is explained by a documented myopathy', () => {
  const myopathies = ['myopathy', 'inflammatory-myopathy', 'inclusion-body-myositis', 'drug-induced-myopathy', 'alcoholic-myopathy',
    'critical-illness-myopathy', 'myositis', 'polymyositis', 'dermatomyositis', 'muscular-dystrophy', 'rhabdomyolysis'];
  it.each(myopathies)('%s is suggested by a high CK', (concept) => {
    expect(defaultLexicon().diagnoses.get(concept)?.suggestedBy).toEqual(expect.arrayContaining([expect.objectContaining({ analyte: 'ck', flag: 'high' })]));
  });

  const query = (text: string) => lint(text).diagnostics.filter((x) => x.ruleId === 'possible-rhabdomyolysis');
  it.each([
    'Labs: CK 1,200 U/L (Ref: 30-200).\nAssessment: Statin-induced myopathy.',
    'Labs: CK 2,400 U/L.\nAssessment: Dermatomyositis.',
    'Labs: CK 900 U/L.\nAssessment: Critical illness myopathy after a long ICU stay.',
    'Labs: CK 450 U/L.\nAssessment: Muscular dystrophy, stable.',
  ])('%s: no query', (text) => {
    expect(query(text)).toEqual([]);
  });

  // A high CK is queried only with a sign of clinical significance (packs/rhabdomyolysis.md): alone, nothing.
  it.each([
    'Labs: CK 1,200 U/L (Ref: 30-200).\nAssessment: Fatigue.',
    'Labs: CK 1,200 U/L (Ref: 30-200).\nAssessment: No evidence of myopathy.',
  ])('%s: no query (a high CK alone)', (text) => {
    expect(query(text)).toEqual([]);
  });

  it.each([
    'HPI: Thigh myalgias.\nLabs: CK 1,200 U/L (Ref: 30-200).\nAssessment: Fatigue. Repeat CK in AM.',
    'HPI: Diffuse myalgias.\nLabs: CK 1,200 U/L (Ref: 30-200).\nAssessment: No evidence of myopathy.',
  ])('%s: query', (text) => {
    expect(query(text)).toHaveLength(1);
  });
});

describe('diagnosis: assertion', () => {
  const cases: AssertionCase[] = [
    { text: 'Assessment: Hypothyroidism.', phrase: 'Hypothyroidism', expect: 'affirmed' },
    { text: 'Assessment: No evidence of myopathy.', phrase: 'myopathy', expect: 'negated' },
    { text: 'Assessment: Rule out myasthenia gravis.', phrase: 'myasthenia gravis', expect: 'uncertain' },
    { text: 'Assessment: No anemia but hypokalemia present.', phrase: 'hypokalemia', expect: 'affirmed' },
    { text: 'Assessment: Not only hypothyroidism but also anemia.', phrase: 'hypothyroidism', expect: 'affirmed' },
    { text: 'Instructions: If you develop pneumonia symptoms, call.', phrase: 'pneumonia', expect: 'hypothetical' },
    { text: 'PMH: Stroke in 2015.', phrase: 'Stroke', expect: 'historical' },
    { text: 'Family history: Father with ALS.', phrase: 'ALS', expect: 'family' },
  ];
  it.each(cases)('$text -> $expect', ({ text, phrase, expect: want }) => {
    const f = findingWith(text, 'diagnosis', phrase);
    if (want === 'affirmed') expect(isAffirmed(f)).toBe(true);
    else if (want !== 'none') expect(f.assertion[want]).toBe(true);
  });
});
