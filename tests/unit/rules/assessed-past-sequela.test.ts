// A condition the assessment names only as past ("residual from prior R MCA stroke") is not an acute
// event of this encounter, even when the history narrates it with no time cue the note can place
// (held-out-2 neurology note: "R MCA ischemic stroke 3/2025 -> acute rehab", no visit date). Its
// residual hemiparesis is then a sequela (I69.35-), never the acute I63.9 with G81.9-. An assessment
// that names the event as current keeps the acute codes.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

const suggestedBy = (text: string, ruleId: string) =>
  lint(text, { codes: [{ code: 'R53.1', source: 'option' }], setting: 'outpatient' })
    .diagnostics.filter((d) => d.ruleId === ruleId)
    .flatMap((d) => d.suggestedCodes.map((s) => s.code));

describe('a stroke the assessment calls prior is coded as its sequela', () => {
  it.each<[string, string[], string[]]>([
    [
      'HPI: R MCA ischemic stroke 3/2025 (tPA) -> acute rehab. Since then residual L arm and leg weakness.\nExam: LUE 3/5, LLE 4-/5.\nA/P: Weakness (R53.1) - residual from prior R MCA stroke. PT.',
      ['I69.354'],
      ['I63.9', 'G81.94'],
    ],
    // negative rows: the assessment names the stroke as current, or says nothing of it as past
    [
      'HPI: R MCA ischemic stroke, tPA given.\nExam: L hemiparesis, LUE 3/5.\nA/P: Ischemic stroke, R MCA. Weakness (R53.1).',
      ['I63.9', 'G81.94'],
      ['I69.354'],
    ],
    [
      'HPI: R MCA ischemic stroke with L hemiparesis, LUE 3/5.\nA/P: Weakness (R53.1), neurology consult.',
      ['I63.9', 'G81.94'],
      ['I69.354'],
    ],
  ])('%s', (text, want, never) => {
    const got = suggestedBy(text, 'neurologic-cause-mismatch');
    for (const code of want) expect(got).toContain(code);
    for (const code of never) expect(got).not.toContain(code);
  });
});

// A past neurologic event the note names as the cause of a current symptom is a documented neurologic
// cause (its sequela); a past event that nothing current is linked to, or a link that is denied,
// hypothetical or a relative's, is not.
const fires = (text: string) =>
  lint(text, { codes: [{ code: 'R53.1', source: 'option' }], setting: 'outpatient' }).diagnostics.some((d) => d.ruleId === 'neurologic-cause-mismatch');

describe('a past neurologic event linked as the cause of a current symptom', () => {
  it.each<[string, boolean]>([
    ['HPI: h/o L MCA infarct in 2018, treated at an outside hospital.\nA/P: Weakness (R53.1) - residual from the old MCA infarct.', true],
    ['HPI: right MCA stroke in 3/2024. Since then L arm weakness.\nA/P: Weakness (R53.1), residual from prior stroke, PT.', true],
    // negative rows
    ['HPI: h/o L MCA infarct in 2018, no residual deficits. Hgb 8.1.\nA/P: Weakness (R53.1) from anemia, iron started.', false],
    ['FHx: father with weakness from a stroke in 2010.\nA/P: Weakness (R53.1), deconditioning.', false],
    ['HPI: h/o L MCA infarct in 2018.\nA/P: Weakness (R53.1). If from the old infarct, neurology to see.', false],
  ])('%s', (text, expected) => {
    expect(fires(text)).toBe(expected);
  });
});
