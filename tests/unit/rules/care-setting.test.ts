// The care setting: the caller's, else inferred from the note's weighted cues, else outpatient.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

const setting = (text: string, options = {}) => lint(text, options).setting!;

describe('care setting inferred from the note', () => {
  it.each([
    ['discharge summary', 'DISCHARGE SUMMARY\nDate of admission: 3/2. Hospital course: treated for pneumonia.\nDischarge diagnoses: pneumonia.'],
    ['H&P', 'H&P\nCC: weakness\nHPI: 79M brought by EMS, admitted to medicine for hyponatremia.'],
    ['hospital day', 'Hospitalist progress note, hospital day 4. Pt still weak, Na 129.'],
    ['ICU', 'ICU progress note: intubated day 9 in the MICU, diffuse weakness.'],
    ['LTACH', 'LTACH admission note: trach/PEG, weaning from vent, critical illness myopathy.'],
    ['SNF', 'Skilled nursing facility progress note. Resident with generalized weakness, PT daily.'],
    ['inpatient rehab', 'Inpatient rehabilitation facility admission: s/p L MCA stroke, right hemiparesis.'],
    ['postoperative day', 'ORTHO / HOSPITALIST CO-MANAGEMENT  POD#1\n81F s/p hemiarthroplasty, EBL 700 mL.'],
    ['telemetry', 'Hospitalist f/u. Remains on telemetry, no further runs of VT. K 3.4 repleted.'],
    ['hospital medicine', 'HOSPITAL MEDICINE PROGRESS NOTE\nS: 72M admitted w/ falls, feels wiped out.'],
  ])('inpatient: %s', (_name, text) => {
    const s = setting(text);
    expect(s.value).toBe('inpatient');
    expect(s.source).toBe('note');
    expect(s.evidence!.length).toBeGreaterThan(0);
    for (const e of s.evidence!) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it.each([
    ['office visit', 'Office visit. 54F with fatigue x 2 months.'],
    ['telehealth', 'Telehealth visit (video). Pt reports low energy.'],
    ['clinic follow-up', 'Seen in clinic today for follow-up of hypothyroidism.'],
    ['annual physical', 'Annual wellness visit. No complaints.'],
    // Observation is an outpatient status (Guidelines Section IV), even in a hospital bed.
    ['observation unit', 'OBSERVATION UNIT NOTE (placed in observation status, not admitted)\n62F weak, light-headed.'],
    ['observation stay', 'Observation stay day 2 on the medical floor. Chest pain workup, troponins negative.'],
    ['a wound check weeks after surgery', 'Ortho clinic visit, POD #14: wound check, staples out.'],
  ])('outpatient: %s', (_name, text) => {
    expect(setting(text)).toMatchObject({ value: 'outpatient', source: 'note' });
  });

  it.each([
    ['no cues at all', 'Pt feels weak. Assessment: weakness R53.1.'],
    ['a past admission only', '70M, hospitalized in 2019 for pneumonia, now tired.'],
    ['a negated hospitalization', 'Denies recent hospitalization or ICU stay. Tired for a month.'],
    ['a hypothetical admission', 'If symptoms worsen, will admit to the hospital. Fatigue today.'],
    ['a single weak cue', 'Weakness since admission last spring.'],
    ['a postoperative day alone', 'Post-op day #2, tolerating diet, pain controlled.'],
  ])('default outpatient: %s', (_name, text) => {
    expect(setting(text)).toMatchObject({ value: 'outpatient', source: 'default' });
  });

  it('an observation stay converted to an inpatient admission is inpatient', () => {
    expect(setting('Observation unit note, day 2: converted to inpatient status for IV antibiotics. Weak, febrile.').value).toBe('inpatient');
  });

  it('a clinic follow-up plan in a discharge summary stays inpatient', () => {
    const text = 'Discharge Summary\nHospital course: IV fluids for dehydration.\nFollow up in clinic in 2 weeks with PCP.';
    expect(setting(text).value).toBe('inpatient');
  });

  it('the caller wins over the note', () => {
    expect(setting('Discharge summary. Hospital day 3.', { setting: 'outpatient' })).toEqual({ value: 'outpatient', source: 'option' });
    expect(setting('Office visit.', { setting: 'inpatient' })).toEqual({ value: 'inpatient', source: 'option' });
  });

  it('rules read the resolved setting: an uncertain diagnosis counts inpatient', () => {
    const note = 'Assessment: Weakness (R53.1), likely due to hypokalemia, K 3.0.';
    const ids = (text: string) => lint(text).diagnostics.map((d) => d.ruleId);
    expect(ids(note)).not.toContain('symptom-with-definitive-dx');
    expect(ids(`DISCHARGE SUMMARY\nHospital day 5.\n${note}`)).toContain('symptom-with-definitive-dx');
  });
});

describe('front ends carry the setting', async () => {
  const { formatJson } = await import('../../../src/cli/formatters/json.ts');
  const { formatStylish } = await import('../../../src/cli/formatters/stylish.ts');
  const { toFieldResult } = await import('../../../src/messaging/protocol.ts');
  const text = 'DISCHARGE SUMMARY\nHospital course: weak, Na 124.\nDischarge diagnoses: Weakness (R53.1)';
  const result = lint(text);

  it('json: a setting field per result', () => {
    const json = JSON.parse(formatJson([{ file: 'a.txt', text, result }]));
    expect(json.results[0].setting).toMatchObject({ value: 'inpatient', source: 'note' });
    expect(json.results[0].setting.evidence[0].text).toBe('DISCHARGE SUMMARY');
  });

  it('stylish: the setting beside the file name', () => {
    expect(formatStylish([{ file: 'a.txt', text, result }], false)).toContain('a.txt\n  inpatient setting (from the note: "DISCHARGE SUMMARY"');
  });

  it('popup data: the field result keeps the setting', () => {
    expect(toFieldResult(result).setting).toEqual(result.setting);
  });
});
