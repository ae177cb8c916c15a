/**
 * Held-out sanity check: note sentences written for this test after the trigger lists were
 * settled, scored with the same code as `npm run eval:negex` (condition located in its sentence,
 * asserted by the real pipeline). Every row must be right; a failure names the row.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Row } from '../../../scripts/eval-negex.ts';

type N = 'Negated' | 'Affirmed';
type T = 'Recent' | 'Historical';
type E = 'Patient' | 'Family member';
const rows: [condition: string, sentence: string, negation: N, temporality: T, experiencer: E][] = [
  ['leg weakness', 'She denies any leg weakness or falls.', 'Negated', 'Recent', 'Patient'],
  ['falls', 'She denies any leg weakness or falls.', 'Negated', 'Recent', 'Patient'],
  ['muscle pain', 'Pt reports muscle pain after starting simvastatin.', 'Affirmed', 'Recent', 'Patient'],
  ['dysarthria', 'Speech fluent without dysarthria.', 'Negated', 'Recent', 'Patient'],
  ['facial droop', 'No facial droop, tongue midline.', 'Negated', 'Recent', 'Patient'],
  ['atrophy', 'Mild atrophy of the intrinsic hand muscles is noted.', 'Affirmed', 'Recent', 'Patient'],
  ['fasciculations', 'No fasciculations were observed.', 'Negated', 'Recent', 'Patient'],
  ['clonus', 'Clonus is absent bilaterally.', 'Negated', 'Recent', 'Patient'],
  ['sensory level', 'There is no sensory level.', 'Negated', 'Recent', 'Patient'],
  ['dizziness', 'Endorses dizziness on standing but no syncope.', 'Affirmed', 'Recent', 'Patient'],
  ['syncope', 'Endorses dizziness on standing but no syncope.', 'Negated', 'Recent', 'Patient'],
  ['myalgias', 'Myalgias have resolved since stopping the statin.', 'Negated', 'Recent', 'Patient'],
  ['weight loss', 'Negative for weight loss, night sweats.', 'Negated', 'Recent', 'Patient'],
  ['night sweats', 'Negative for weight loss, night sweats.', 'Negated', 'Recent', 'Patient'],
  ['resting tremor', 'Resting tremor noted in right hand.', 'Affirmed', 'Recent', 'Patient'],
  ['ataxia', 'Gait without ataxia; tandem walk intact.', 'Negated', 'Recent', 'Patient'],
  ['pronator drift', 'Pronator drift: none.', 'Negated', 'Recent', 'Patient'],
  ['hyperreflexia', 'Reflexes 2+ and symmetric, no hyperreflexia.', 'Negated', 'Recent', 'Patient'],
  ['ptosis', 'Mild left ptosis, worse with sustained upgaze.', 'Affirmed', 'Recent', 'Patient'],
  ['diplopia', 'She has not had diplopia.', 'Negated', 'Recent', 'Patient'],
  ['dysphagia', 'Reports intermittent dysphagia to solids.', 'Affirmed', 'Recent', 'Patient'],
  ['shortness of breath', 'No shortness of breath at rest; dyspnea with exertion.', 'Negated', 'Recent', 'Patient'],
  ['dyspnea', 'No shortness of breath at rest; dyspnea with exertion.', 'Affirmed', 'Recent', 'Patient'],
  ['hypokalemia', 'Hypokalemia was excluded with a normal BMP.', 'Negated', 'Recent', 'Patient'],
  ['B12 deficiency', 'B12 deficiency is unlikely.', 'Negated', 'Recent', 'Patient'],
  ['joint swelling', 'No joint swelling or erythema noted.', 'Negated', 'Recent', 'Patient'],
  ['heliotrope rash', 'Heliotrope rash is present on both eyelids.', 'Affirmed', 'Recent', 'Patient'],
  ['chest pain', 'The patient has never had chest pain.', 'Negated', 'Recent', 'Patient'],
  ['weakness', 'Weakness has not improved with PT.', 'Affirmed', 'Recent', 'Patient'],
  ['urinary incontinence', 'Denies bowel or urinary incontinence.', 'Negated', 'Recent', 'Patient'],
  ['back pain', 'Chronic back pain, stable.', 'Affirmed', 'Recent', 'Patient'],
  ['numbness', 'Numbness of the feet has been present for years.', 'Affirmed', 'Recent', 'Patient'],
  ['difficulty swallowing', 'No difficulty swallowing.', 'Negated', 'Recent', 'Patient'],
  ['weight gain', 'Weight gain of 5 kg since starting prednisone.', 'Affirmed', 'Recent', 'Patient'],
  ['edema', 'Trace edema at the ankles, no calf tenderness.', 'Affirmed', 'Recent', 'Patient'],
  ['calf tenderness', 'Trace edema at the ankles, no calf tenderness.', 'Negated', 'Recent', 'Patient'],
  ['lymphadenopathy', 'Neck supple without lymphadenopathy.', 'Negated', 'Recent', 'Patient'],
  ['pain', 'Patient states pain is well controlled.', 'Affirmed', 'Recent', 'Patient'],
  ['ALS', 'Her father died of ALS.', 'Affirmed', 'Recent', 'Family member'],
  ['stroke', 'Remote history of stroke without residual deficits.', 'Affirmed', 'Historical', 'Patient'],
  ['residual deficits', 'Remote history of stroke without residual deficits.', 'Negated', 'Recent', 'Patient'],
  ['seizures', 'No seizures since 2018.', 'Negated', 'Recent', 'Patient'],
  ['myocardial infarction', 'History of myocardial infarction in 2015.', 'Affirmed', 'Historical', 'Patient'],
  ['cough', 'Cough resolved after antibiotics.', 'Negated', 'Recent', 'Patient'],
  ['hemiparesis', 'Residual left hemiparesis from prior stroke.', 'Affirmed', 'Recent', 'Patient'],
  ['DVT', 'Doppler negative for DVT.', 'Negated', 'Recent', 'Patient'],
  ['anemia', 'Hemoglobin stable, anemia not present.', 'Negated', 'Recent', 'Patient'],
  ['gait instability', 'He walks with a cane due to gait instability.', 'Affirmed', 'Recent', 'Patient'],
  ['multiple sclerosis', 'Sister was diagnosed with multiple sclerosis at 30.', 'Affirmed', 'Recent', 'Family member'],
  ['fatigue', 'His wife says his fatigue is worse in the afternoon.', 'Affirmed', 'Recent', 'Patient'],
];

describe('held-out sentences', () => {
  const input: Row[] = rows.map(([condition, sentence, negation, temporality, experiencer], i) => ({
    line: i + 1,
    condition,
    sentence,
    negation,
    temporality,
    experiencer,
  }));
  const { summary, judged } = evaluate(input);

  it('has 40+ sentences, all located', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(summary.unlocated).toBe(0);
  });

  it.each(judged.map((j) => [j.row.condition, j.row.sentence, j] as const))('%s in "%s"', (_c, _s, j) => {
    expect({
      negated: j.assertion.negated,
      historical: j.assertion.historical,
      family: j.assertion.family,
    }).toEqual({
      negated: j.row.negation === 'Negated',
      historical: j.row.temporality === 'Historical',
      family: j.row.experiencer !== 'Patient',
    });
  });

  it('scores F1 and accuracy 1 on the negated class', () => {
    expect(summary).toMatchObject({ f1: 1, accuracy: 1 });
  });
});
