/**
 * A bare year after an acute event dates the event ("L MCA infarct 2018": past); after a chronic
 * condition it is the diagnosis year ("DM2 2010": still present). The events are lexicon data
 * (context.yaml datedEvents).
 */
import { describe, expect, it } from 'vitest';
import { assertSpan } from '../../../src/engine/assertion/assert.ts';
import { lint } from '../../../src/engine/index.ts';
import type { AssertionCategory } from '../../../src/engine/types.ts';
import { expected } from './marked.ts';

function flagsOf(text: string, phrase: string): AssertionCategory[] {
  const start = text.indexOf(phrase);
  const a = assertSpan(text, start, start + phrase.length);
  return (Object.keys(a) as AssertionCategory[]).filter((k) => a[k]);
}

describe('a year after an acute event makes it past', () => {
  it.each<[string, string, AssertionCategory[]]>([
    ['Weakness. L MCA infarct 2018.', 'MCA infarct', ['historical']],
    ['Weakness. NSTEMI 2021, EF 45%.', 'NSTEMI', ['historical']],
    ['Weakness. AKI 2019 after contrast, Cr back to 0.9.', 'AKI', ['historical']],
    ['Weakness. AKI 2019 after contrast, Cr back to 0.9.', 'contrast', ['historical']],
    ['Weakness. NSTEMI (2021) c/b cardiogenic shock.', 'NSTEMI', ['historical']],
    ['Weakness. Acute kidney injury 2019.', 'Acute kidney injury', ['historical']],
    // negative rows: chronic conditions with their diagnosis year, years of this encounter, other clauses
    ['Weakness. DM2 2010, on metformin.', 'DM2', ['chronic']],
    ['Weakness. CKD3 since 2019.', 'CKD3', []],
    ['Weakness. HTN dx 2015.', 'HTN', ['chronic']],
    // "diagnosed in <year>": when a condition that goes on began; an acute event diagnosed then is still past
    ['Weakness. DM2 diagnosed in 2010, on metformin.', 'DM2', ['chronic']],
    ['Weakness. HTN dx in 2015.', 'HTN', ['chronic']],
    ['Weakness. Stroke diagnosed in 2018.', 'Stroke', ['historical']],
    ['Weakness. Transfused in 2019.', 'Transfused', ['historical']],
    ['Date of service: 12/01/2021. NSTEMI 2021, troponin rising.', 'NSTEMI', []],
    ['L MCA infarct 2018, residual R hemiparesis.', 'R hemiparesis', []],
    ['NSTEMI (2021), new weakness today.', 'weakness', []],
    ['Hgb 2019 is no year.', 'Hgb', []],
    // a late effect named as such stays current (stroke sequelae): the history word already placed the event
    ['Weakness. Old CVA 2017 with residual left hemiparesis.', 'Old CVA', []],
    ['Weakness. H/o NSTEMI 2021.', 'NSTEMI', ['historical']],
    // the year's anchor joins the other flags: negated, family, hypothetical
    ['No AKI 2019.', 'AKI', ['negated', 'historical']],
    ['Mother: stroke 2018.', 'stroke', ['historical', 'family']],
  ])('%s -> %s %j', (text, phrase, flags) => {
    expect(flagsOf(text, phrase)).toEqual(flags);
  });
});

describe('lint() reads a dated acute event as past', () => {
  it.each<[note: string, text: string, flags: AssertionCategory[]]>([
    ['Assessment: weakness. L MCA infarct 2018.', 'MCA infarct', ['historical']],
    ['Assessment: weakness. L MCA infarct today, tPA given.', 'MCA infarct', []],
  ])('%j: "%s"', (note, text, flags) => {
    const finding = lint(note).findings.find((f) => f.type === 'diagnosis' && f.text === text);
    expect(finding, `diagnosis "${text}" is found`).toBeDefined();
    expect(finding!.assertion).toEqual(expected(flags));
  });
});
