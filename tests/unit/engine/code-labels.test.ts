import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { codeLabelIds } from '../../../src/engine/assertion/code-labels.ts';
import { compileLexicon, defaultLexicon } from '../../../src/engine/lexicon.ts';

const codeAssertion = (text: string, code: string) => lint(text).findings.find((f) => f.type === 'icd10-code' && f.attributes.code === code)?.assertion;

describe('a code shares the assertion of the phrase it labels', () => {
  it.each([
    { text: 'Assessment: rule out critical illness myopathy (G72.81).', code: 'G72.81', flag: 'uncertain', value: true },
    { text: 'Assessment: possible hypokalemia - E87.6', code: 'E87.6', flag: 'uncertain', value: true },
    { text: 'Assessment: no evidence of myopathy (G72.9).', code: 'G72.9', flag: 'negated', value: true },
    { text: 'Assessment: hypokalemia (E87.6).', code: 'E87.6', flag: 'uncertain', value: false },
    { text: 'Assessment: Weakness (R53.1); rule out critical illness myopathy (G72.81).', code: 'R53.1', flag: 'uncertain', value: false },
    // A code far from the phrase, or after other words, is not its label.
    { text: 'Assessment: possible myopathy, will code as weakness for now R53.1', code: 'R53.1', flag: 'uncertain', value: false },
  ])('$text: $code $flag = $value', ({ text, code, flag, value }) => {
    expect((codeAssertion(text, code) as Record<string, boolean> | undefined)?.[flag]).toBe(value);
  });

  // Issue 11: the code stays chosen in both settings; outpatient, coded-condition-uncertain reports it.
  it('a ruled-out code keeps the uncertainty of its label and stays chosen', () => {
    const text = 'Assessment: Weakness (R53.1); rule out critical illness myopathy (G72.81).';
    const out = lint(text, { setting: 'outpatient' });
    expect(out.codes.map((c) => c.code)).toEqual(['R53.1', 'G72.81']);
    expect(out.findings.find((f) => f.type === 'icd10-code' && f.text === 'G72.81')!.assertion.uncertain).toBe(true);
    expect(out.diagnostics.filter((d) => d.ruleId === 'coded-condition-uncertain').map((d) => d.code)).toEqual(['G72.81']);
    expect(lint(text, { setting: 'inpatient' }).diagnostics.some((d) => d.ruleId === 'coded-condition-uncertain')).toBe(false);
  });
});

describe('code labels', () => {
  it.each([
    { text: 'Assessment: Weakness (R53.1).', label: 'Weakness' },
    { text: 'Assessment: Muscle weakness (generalized) M62.81', label: 'Muscle weakness (generalized)' },
    { text: 'Dx: fatigue - R53.83', label: 'fatigue' },
  ])('$label labels its code', ({ text, label }) => {
    const result = lint(text);
    const ids = codeLabelIds(text, result.findings, defaultLexicon());
    expect(result.findings.filter((f) => ids.has(f.id)).map((f) => f.text)).toEqual([label]);
  });

  it.each([
    { text: 'Dx: fatigue - R53.83', types: ['weakness', 'diagnosis'] as const },
    { text: 'Assessment: Weakness (R53.1).', types: ['fatigue', 'diagnosis'] as const },
  ])('which finding types label a code is lexicon data (coding.yaml codeLabelTypes): $text with $types', ({ text, types }) => {
    const data = structuredClone(defaultLexicon().data);
    data.coding.codeLabelTypes = [...types];
    const lexicon = compileLexicon(data);
    const result = lint(text, {}, lexicon);
    expect(codeLabelIds(text, result.findings, lexicon).size).toBe(0);
    expect(codeLabelIds(text, result.findings, defaultLexicon()).size).toBe(1);
  });

  it('a complaint is not a label', () => {
    const text = 'Patient feels weak.\nAssessment: R53.1';
    const result = lint(text);
    expect(codeLabelIds(text, result.findings, defaultLexicon()).size).toBe(0);
  });

  it('unsupported-weakness quotes the complaint, never the code title', () => {
    const text = 'Patient feels weak.\nAssessment: Muscle weakness (generalized) (M62.81).';
    const d = lint(text).diagnostics.find((x) => x.ruleId === 'unsupported-weakness');
    expect(d?.evidence.map((e) => e.text)).toEqual(['feels weak']);
  });
});
