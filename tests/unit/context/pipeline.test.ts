/**
 * Assertion as lint() reports it: the extractors' findings carry the context stage's flags.
 * Each row names a finding by type and text and the flags that must be set (others false).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import type { AssertionCategory, FindingType } from '../../../src/engine/types.ts';
import { expected } from './marked.ts';

const rows: [note: string, type: FindingType, text: string, flags: AssertionCategory[]][] = [
  ['Denies weakness.', 'weakness', 'weakness', ['negated']],
  ['Denies fever, chills, or weakness.', 'weakness', 'weakness', ['negated']],
  ['No fever but reports weakness.', 'weakness', 'reports weakness', []],
  ['Feels weak with no energy.', 'fatigue', 'no energy', []],
  ['Fatigue likely due to hypothyroidism.', 'fatigue', 'Fatigue', []],
  ['Fatigue likely due to hypothyroidism.', 'diagnosis', 'hypothyroidism', ['uncertain', 'chronic']],
  ['Possible myasthenia gravis.', 'diagnosis', 'myasthenia gravis', ['uncertain', 'chronic']],
  ['History of stroke with residual right hemiparesis.', 'diagnosis', 'stroke', ['historical']],
  ['History of stroke with residual right hemiparesis.', 'weakness', 'right hemiparesis', []],
  ['Mother with multiple sclerosis.', 'diagnosis', 'multiple sclerosis', ['family', 'chronic']],
  ['Strength 5/5 throughout.', 'strength-grade', '5/5', []],
  // measured values are bound to their own clause
  ['Denies weakness, strength 5/5 throughout.', 'strength-grade', '5/5', []],
  ['Denies weakness, strength 5/5 throughout.', 'weakness', 'weakness', ['negated']],
  ['History of stroke, strength 4/5 in the right deltoid.', 'strength-grade', '4/5', []],
  ['No fever, CK 1200 U/L.', 'lab', 'CK 1200 U/L', []],
  ['Past Medical History:\nHypothyroidism\n', 'diagnosis', 'Hypothyroidism', ['historical', 'chronic']],
  ['Patient Instructions:\nReturn if weakness worsens.\n', 'weakness', 'weakness', ['hypothetical']],
  // "since ... she is" ends the past event of "since" before a limit stated now, whatever the patient's sex cue.
  ['58F. Since home she is unable to rise from a low chair.', 'function', 'unable to rise from a low chair', []],
  ['58 yo woman. Since then she is unable to climb stairs.', 'function', 'unable to climb stairs', []],
  ['58F. Unable to climb stairs in 2019, now walks a mile daily.', 'function', 'Unable to climb stairs', ['historical']],
  // A reported result's own words qualify what it names, and the report itself still happened.
  ['EMG/NCS today: no evidence of myopathy, normal motor units.', 'diagnosis', 'myopathy', ['negated']],
  ['EMG/NCS today: no evidence of myopathy, normal motor units.', 'electrodiagnostic', 'EMG/NCS today: no evidence of myopathy, normal motor units', []],
  ['No evidence of myopathy on EMG.', 'diagnosis', 'myopathy', ['negated']],
  ['EMG confirmed critical illness myopathy.', 'diagnosis', 'critical illness myopathy', []],
  ['EMG: myopathic motor units, possible inflammatory myopathy.', 'diagnosis', 'inflammatory myopathy', ['uncertain']],
];

describe('assertions on lint() findings', () => {
  it.each(rows)('%j: %s "%s"', (note, type, text, flags) => {
    const finding = lint(note).findings.find((f) => f.type === type && f.text === text);
    expect(finding, `${type} "${text}" is found`).toBeDefined();
    expect(finding!.assertion).toEqual(expected(flags));
  });
});
