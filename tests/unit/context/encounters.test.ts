/**
 * Earlier encounters and conditionals through the whole pipeline: what the rules see once the
 * assertion stage dates a finding or makes it hypothetical. Unprompted suggestions must stay quiet
 * for past encounters and conditionals, and a re-evaluation that only carries the initial grades
 * forward has no current strength measurement.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

const ruleIds = (text: string, codes: string[] = []) => lint(text, { codes }).diagnostics.map((d) => d.ruleId);

const REEVAL_CARRIED = `PHYSICAL THERAPY RE-EVALUATION
Date of service: 05/02/2026
Initial evaluation 3/14/2026: MMT hip flexion 3+/5 bilaterally, hip abduction 3/5.
Pt reports she can do the stairs at home with one rail now.
Assessment: generalized muscle weakness M62.81 due to deconditioning. Continue therapeutic exercise 97110.
`;
const REEVAL_RETESTED = REEVAL_CARRIED.replace('Pt reports', 'Today: hip flexion 4/5 bilaterally, hip abduction 4-/5.\nPt reports');
const REEVAL_UNDATED = `PT Re-evaluation 05/02/2026
Initial evaluation 3/14: hip flexors 3+/5, quads 4-/5 (copied from prior).
Assessment: M62.81 muscle weakness (generalized) due to deconditioning; cont PT 97110.
`;

const COPIED_EXAM = `HOSPITAL PROGRESS NOTE HD 4
S: Walked 40 ft with PT, min assist to stand.
Exam (copied from prior): Gen NAD. Strength 4/5 hip flexors bilaterally.
A/P: Muscle weakness, generalized (M62.81) from deconditioning - PT/OT daily.
`;

describe('a re-evaluation that carries the initial grades forward', () => {
  it('an exam copied from a prior note has no current grade', () => {
    expect(ruleIds(COPIED_EXAM)).toContain('objective-strength-required');
    expect(ruleIds(COPIED_EXAM.replace('Exam (copied from prior):', 'Exam:'))).not.toContain('objective-strength-required');
  });
  it('has no current strength measurement', () => {
    const ids = ruleIds(REEVAL_CARRIED);
    expect(ids).toContain('reassessment-update');
    expect(ids).toContain('objective-strength-required');
  });
  it('without a year, a dated initial evaluation line is still earlier', () => {
    expect(ruleIds(REEVAL_UNDATED)).toContain('reassessment-update');
  });
  it('is quiet once strength is re-tested today (negative row)', () => {
    const ids = ruleIds(REEVAL_RETESTED);
    expect(ids).not.toContain('reassessment-update');
    expect(ids).not.toContain('objective-strength-required');
  });
});

const quiet: [name: string, note: string][] = [
  [
    'weakness at a dated ER visit years before this consultation',
    'HPI: Presents today as a consultation for neurogenic bladder. However, June 24, 2008, he was brought to the ER by his wife, and with fever, chills, weakness and possible urosepsis. Treated with IV antibiotics. Creatinine, July 7, 2008 was 2.0. Today he has no complaints.',
  ],
  ['weakness at an ED visit years ago', 'Seen in the ED 3 years ago for weakness and dehydration, treated with fluids. Today here for a knee injection; no complaints.'],
  ['weakness at her last admission', 'During her last admission she had weakness from hyponatremia. Today she feels well.'],
  [
    'weakness of a last admission written after the chronic problems',
    'Cardiology f/u\n\n81F, HFpEF, last admission in March for a CHF exacerbation with generalized weakness and 2 wks of rehab. Now at baseline, walking daily.',
  ],
  [
    'a residual deficit the patient would suffer',
    'Operative note: a discectomy was performed. Because of the sequela of cutting into a nerve root with residual weakness and persistent pain that the patient would suffer, the biopsy was not performed.',
  ],
  ['should she develop weakness', 'Discussed the new statin. Should she develop weakness or muscle pain, she will stop it and call.'],
  ['weakness in return precautions', 'Return to the ED if you develop weakness, numbness or trouble speaking.'],
];

describe('unprompted suggestions stay quiet for earlier encounters and conditionals', () => {
  it.each(quiet)('%s', (_name, note) => {
    expect(ruleIds(note)).not.toContain('suggested-code');
  });
  it('still suggests a code for weakness documented today (negative row)', () => {
    expect(ruleIds('Presents today with generalized weakness for 3 weeks; needs help rising from a chair.')).toContain('suggested-code');
  });
});
