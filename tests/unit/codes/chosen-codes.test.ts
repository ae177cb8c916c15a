// Chosen codes (note + options) and the evidence checklists built from the code lexicon.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';

const chosen = (text: string, options = {}) => lint(text, options).codes.map((c) => `${c.code}:${c.source}`);

describe('chosen codes from the note', () => {
  it.each([
    ['dotted, in parentheses', 'Assessment: Generalized weakness (R53.1)', 'R53.1'],
    ['without the dot', 'Assessment: weakness R531', 'R53.1'],
    ['bare in parentheses', 'Diagnoses:\n(M62.81)', 'M62.81'],
    ['code then dash then title', 'Assessment:\nM62.81 - muscle weakness', 'M62.81'],
    ['lower case in a plan', 'Plan: follow up for e87.6, recheck BMP', 'E87.6'],
    ['a bare three-character code', 'Assessment: Frailty R54, lives alone.', 'R54'],
  ])('%s', (_name, text, code) => {
    expect(chosen(text)).toEqual([`${code}:note`]);
  });

  it('keeps the position of the code in the note', () => {
    const text = 'Assessment: Weakness (R53.1)';
    const c = lint(text).codes[0]!;
    expect(text.slice(c.start, c.end)).toBe('R53.1');
  });

  it('reads only assessment, diagnoses and plan when the note has them', () => {
    expect(chosen('HPI: Referred by PCP with R53.1 on the order.\nAssessment: Hypokalemia (E87.6)')).toEqual(['E87.6:note']);
  });

  it('reads anywhere when the note has no code section', () => {
    expect(chosen('72M seen for weakness, R53.1, labs ordered.')).toEqual(['R53.1:note']);
  });

  it.each([
    ['negated', 'Assessment: Weakness (R53.1). Not M62.81: no deficit on exam.', ['R53.1:note']],
    ['historical (past history section)', 'Past Medical History: Muscle weakness (M62.81) in 2019.\nAssessment: Weakness (R53.1)', ['R53.1:note']],
  ])('a %s code is not chosen', (_name, text, expected) => {
    expect(chosen(text)).toEqual(expected);
  });

  // Issue 11: a code written as the encounter's diagnosis is chosen whatever its wording; the
  // coded-condition rules report a resolved, denied or (outpatient) uncertain condition instead.
  it('a "rule out" code is chosen in both settings (coded-condition-uncertain reports it outpatient)', () => {
    const text = 'Assessment: Weakness (R53.1); rule out critical illness myopathy (G72.81).';
    expect(chosen(text, { setting: 'outpatient' })).toEqual(['R53.1:note', 'G72.81:note']);
    expect(chosen(text, { setting: 'inpatient' })).toEqual(['R53.1:note', 'G72.81:note']);
  });

  it.each([
    ['resolved', 'Assessment: Hypothyroidism E03.9 (resolved).', ['E03.9:note']],
    ['probable', 'Impression: probable steroid myopathy - G72.0', ['G72.0:note']],
    ['denied in the same line', 'Assessment: No hyponatremia now (E87.1), Na 138.', ['E87.1:note']],
    ['historical wording in the assessment', 'Assessment: history of anemia (D64.9).', ['D64.9:note']],
  ])('a %s code written as the diagnosis is still chosen', (_name, text, expected) => {
    expect(chosen(text)).toEqual(expected);
  });

  it.each([
    ['probable', 'Assessment: probable disuse weakness, M62.81.', 'objective-strength-required', 'coded-condition-uncertain'],
    ['denied', 'ROS: denies weakness.\nAssessment: M62.81 per referral.', 'objective-strength-required', 'coded-condition-negated'],
    ['resolved', 'Assessment: Hypokalemia (E87.6), resolved.', 'hypokalemia-evidence', 'coded-condition-resolved'],
  ])('a %s code keeps its own evidence rules besides the coded-condition finding', (_name, text, evidenceRule, conditionRule) => {
    const ids = lint(text).diagnostics.map((d) => d.ruleId);
    expect(ids).toContain(evidenceRule);
    expect(ids).toContain(conditionRule);
  });

  it.each([
    ['Dx:', 'HPI: Seen for follow-up. Dx: hypothyroidism E03.9, on levothyroxine.\nExam: normal.\nPlan: recheck TSH.', ['E03.9:note']],
    ['Assessment:', 'Subjective: tired. Assessment: fatigue R53.83 and anemia D64.9.\nPlan: CBC.', ['R53.83:note', 'D64.9:note']],
    ['Diagnoses:', 'HPI: weak for a month; Diagnoses: weakness R53.1\nPlan: labs', ['R53.1:note']],
  ])('a code after an inline "%s" label in running text is chosen', (_name, text, expected) => {
    expect(chosen(text)).toEqual(expected);
  });

  it('a labelled code on a numbered problem-list line is chosen even when a header above put it in another section', () => {
    const text = 'Assessment & Plan\n64F, weak for 2 months.\nExam: dry skin, hips 4+/5.\n1. Primary hypothyroidism E03.9 - levothyroxine\n2. Weakness R53.1';
    expect(chosen(text)).toEqual(['E03.9:note', 'R53.1:note']);
    expect(chosen('Assessment: Fatigue R53.83\nPMH:\n1. Hypothyroidism E03.9')).toEqual(['R53.83:note']);
  });

  it.each([
    ['a code in the HPI without a label', 'HPI: Referred with R53.1 on the order.\nPlan: Hypokalemia (E87.6)', ['E87.6:note']],
    ['a label word without a colon', 'HPI: discussed the dx of hypothyroidism E03.9 with her.\nPlan: PT (E87.6)', ['E87.6:note']],
    ['a family member\'s code in a note without sections', 'Mother with hypothyroidism (E03.9). Pt feels weak, R53.1.', ['R53.1:note']],
  ])('not chosen: %s', (_name, text, expected) => {
    expect(chosen(text)).toEqual(expected);
  });
});

describe('chosen codes from options', () => {
  it('strings are "option" codes, objects keep their source, given codes come first in their order (the claim order), duplicates keep the first', () => {
    expect(chosen('Assessment: Weakness (R53.1)', { codes: ['m6281', { code: 'E87.6', source: 'fhir' }, 'R53.1'] })).toEqual([
      'M62.81:option',
      'E87.6:fhir',
      'R53.1:option',
    ]);
    expect(chosen('Assessment: Weakness (R53.1), fatigue (R53.83)', { codes: ['E87.6'] })).toEqual(['E87.6:option', 'R53.1:note', 'R53.83:note']);
  });

  it('each code carries title, known and billable from the code lexicon', () => {
    const codes = lint('', { codes: ['R53.1', 'G35', 'Z79.899', 'M62'] }).codes;
    expect(codes.map(({ code, title, known, billable }) => ({ code, title, known, billable }))).toEqual([
      { code: 'R53.1', title: 'Weakness', known: true, billable: true },
      { code: 'G35', title: 'Multiple sclerosis', known: true, billable: false },
      { code: 'Z79.899', title: null, known: false, billable: null },
      { code: 'M62', title: null, known: false, billable: false },
    ]);
  });
});

describe('evidence checklists', () => {
  it('one item per requirement of the chosen code, met or not, with evidence', () => {
    const text = 'HPI: Trouble rising from a chair.\nExam: Hip flexors 4/5 bilaterally.\nAssessment: Muscle weakness (M62.81).';
    const list = lint(text).checklists.find((c) => c.code === 'M62.81')!;
    expect(list.title).toBe('Muscle weakness (generalized)');
    const items = Object.fromEntries(list.items.map((i) => [i.requirement, i.met]));
    expect(items).toEqual({ 'reduced-strength': true, 'strength-sites': true, 'msk-etiology': false, 'functional-impact': true, 'treatment-plan': false });
    const strength = list.items.find((i) => i.requirement === 'reduced-strength')!;
    expect(strength.evidence.map((e) => text.slice(e.start, e.end)).join(' ')).toContain('4/5');
    expect(list.items.every((i) => i.hint.length > 20 && i.label.length > 0)).toBe(true);
  });

  it('codes without requirements get no checklist', () => {
    expect(lint('Assessment: Fatigue (R53.83).').checklists).toEqual([]);
  });

  it('a met requirement and its rule agree: the flag disappears when the note supplies the fact', () => {
    const before = lint('Assessment: Muscle weakness (M62.81). Hip flexors 4/5 bilaterally.');
    const after = lint('Assessment: Muscle weakness (M62.81). Hip flexors 4/5 bilaterally.\nPlan: Refer to physical therapy.');
    expect(before.diagnostics.some((d) => d.ruleId === 'treatment-plan')).toBe(true);
    expect(after.diagnostics.some((d) => d.ruleId === 'treatment-plan')).toBe(false);
    expect(after.checklists[0]!.items.find((i) => i.requirement === 'treatment-plan')!.met).toBe(true);
  });
});
