import { describe, expect, it } from 'vitest';
import type { ChecklistItem, CodeChecklist, Diagnostic, LintResult } from '../../../src/engine/types.ts';
import { encounterView, type CodeStatus } from '../../../src/ui/popup/encounter-view.ts';
import { code, diagnostic, result } from './fixtures.ts';

const HINT = 'Name the muscle groups, e.g. "hip flexors 4/5".';

function item(partial: Partial<ChecklistItem> & Pick<ChecklistItem, 'requirement'>): ChecklistItem {
  return { label: partial.requirement, met: false, evidence: [], hint: `${partial.requirement} hint`, ...partial };
}

function checklist(codeId: string, items: ChecklistItem[]): CodeChecklist {
  return { code: codeId, title: null, items };
}

function missing(codeId: string, hint: string, partial: Partial<Diagnostic> = {}): Diagnostic {
  return diagnostic({ ruleId: 'some-gap', severity: 'warning', message: `${codeId} lacks ${hint}`, code: codeId, documentationHint: hint, ...partial });
}

function statuses(r: LintResult): Record<string, CodeStatus> {
  return Object.fromEntries(encounterView(r).sections.map((s) => [s.code.code, s.status]));
}

describe('code status', () => {
  it.each<{ name: string; result: LintResult; expected: Record<string, CodeStatus> }>([
    {
      name: 'every requirement met and nothing flagged: supported',
      result: result({ codes: [code({ code: 'M62.81' })], checklists: [checklist('M62.81', [item({ requirement: 'a', met: true })])] }),
      expected: { 'M62.81': 'supported' },
    },
    { name: 'no checklist and nothing flagged: supported', result: result({ codes: [code({ code: 'G72.81' })] }), expected: { 'G72.81': 'supported' } },
    {
      name: 'a requirement missing without a flag (no rule asks for it here): gaps',
      result: result({ codes: [code({ code: 'M62.81' })], checklists: [checklist('M62.81', [item({ requirement: 'a' })])] }),
      expected: { 'M62.81': 'gaps' },
    },
    {
      name: 'a flag about the code: gaps',
      result: result({ codes: [code({ code: 'R53.1' })], diagnostics: [diagnostic({ ruleId: 'age-related-weakness', severity: 'warning', kind: 'better-code', code: 'R53.1', message: 'Use R54.' })] }),
      expected: { 'R53.1': 'gaps' },
    },
    {
      name: 'a conflict marks both codes of the pair, named in the message',
      result: result({
        codes: [code({ code: 'R53.1', source: 'option' }), code({ code: 'M62.81', source: 'option' }), code({ code: 'E87.6', source: 'option' })],
        diagnostics: [diagnostic({ ruleId: 'excludes1-conflict', severity: 'error', kind: 'conflicting-codes', code: 'R53.1', message: 'M62.81 and R53.1 may not be reported together.' })],
      }),
      expected: { 'R53.1': 'conflict', 'M62.81': 'conflict', 'E87.6': 'supported' },
    },
    {
      name: 'a code that only contains the other code as a prefix is not in the conflict',
      result: result({
        codes: [code({ code: 'R53.8', source: 'option' }), code({ code: 'R53.81', source: 'option' }), code({ code: 'R54', source: 'option' })],
        diagnostics: [diagnostic({ ruleId: 'excludes1-conflict', severity: 'error', kind: 'conflicting-codes', code: 'R54', message: 'R53.81 and R54 may not be reported together.' })],
      }),
      expected: { 'R53.8': 'supported', 'R53.81': 'conflict', 'R54': 'conflict' },
    },
    {
      name: 'a conflict quoting the other code where the note writes it',
      result: result({
        codes: [code({ code: 'R53.1', start: 10, end: 15 }), code({ code: 'R54', start: 20, end: 23 })],
        diagnostics: [
          diagnostic({ ruleId: 'excludes1-conflict', severity: 'error', kind: 'conflicting-codes', code: 'R54', message: 'These two may not be reported together.', evidence: [{ start: 10, end: 15, findingId: 1, type: 'icd10-code', text: 'R53.1' }] }),
        ],
      }),
      expected: { 'R53.1': 'conflict', R54: 'conflict' },
    },
    {
      name: 'a header code: invalid',
      result: result({ codes: [code({ code: 'G35', billable: false })], diagnostics: [diagnostic({ ruleId: 'invalid-code', severity: 'error', kind: 'invalid-code', code: 'G35', message: 'G35 is a header.' })] }),
      expected: { G35: 'invalid' },
    },
  ])('$name', ({ result: r, expected }) => {
    expect(statuses(r)).toEqual(expected);
  });
});

describe('checklist rows and problems', () => {
  const r = result({
    codes: [code({ code: 'M62.81', start: 40, end: 46 })],
    checklists: [
      checklist('M62.81', [
        item({ requirement: 'reduced-strength', met: true, evidence: [{ start: 0, end: 8, findingId: 0, type: 'strength-grade', text: '4/5 hips' }] }),
        item({ requirement: 'strength-sites', hint: HINT }),
        item({ requirement: 'treatment-plan', hint: 'Plan PT.' }),
      ]),
    ],
    diagnostics: [
      missing('M62.81', HINT, {
        ruleId: 'strength-detail',
        evidence: [{ start: 0, end: 8, findingId: 0, type: 'strength-grade', text: '4/5 hips' }],
        query: 'Q1',
        sources: ['rules.md: strength-detail', 'ICD-10-CM FY2026 tabular: M62.81 Muscle weakness (generalized)'],
      }),
      diagnostic({ ruleId: 'unsupported-weakness', severity: 'warning', code: 'M62.81', message: 'Only a complaint.', documentationHint: HINT, evidence: [{ start: 20, end: 30, findingId: 2, type: 'weakness', text: 'feels weak' }, { start: 40, end: 46, findingId: 3, type: 'icd10-code', text: 'M62.81' }], sources: ['seed 003', 'ICD-10-CM Official Guidelines FY2026 Section I.B.5', 'ICD-10-CM FY2026 tabular: M62.81 Muscle weakness (generalized)'] }),
    ],
  });
  const view = encounterView(r);
  const section = view.sections[0]!;

  it('joins a lacking-evidence flag to the checklist item with its hint', () => {
    const rows = section.checklist!.rows;
    expect(rows.map((row) => [row.requirement, row.met, row.diagnostic?.ruleId ?? null])).toEqual([
      ['reduced-strength', true, null],
      ['strength-sites', false, 'strength-detail'],
      ['treatment-plan', false, null],
    ]);
    expect(section.checklist!.met).toBe(1);
    expect(rows[1]!.sources).toEqual(['ICD-10-CM FY2026 tabular: M62.81 Muscle weakness (generalized)']);
  });

  it('keeps a flag that is not a checklist item as a problem, without what was already said', () => {
    expect(section.problems.map((p) => p.diagnostic.ruleId)).toEqual(['unsupported-weakness']);
    const [problem] = section.problems;
    // The hint and the tabular source were said by the checklist item; the code's own span is in the section heading.
    expect(problem!.hint).toBeNull();
    expect(problem!.quotes.map((q) => q.text)).toEqual(['feels weak']);
    expect(problem!.sources).toEqual(['ICD-10-CM Official Guidelines FY2026 Section I.B.5']);
  });

  it('counts the code\'s flags and names query drafts after their checklist item', () => {
    expect(section.problemCount).toBe(2);
    expect(view.queries.map((q) => q.label)).toEqual(['M62.81: strength-sites']);
  });

  it('says a met quote once even when a flag quotes it again', () => {
    const quotes = [...section.checklist!.rows.flatMap((row) => row.quotes), ...section.problems.flatMap((p) => p.quotes)].map((q) => q.text);
    expect(quotes).toEqual(['4/5 hips', 'feels weak']);
  });
});

describe('problems about no chosen code', () => {
  it('lists flags with no code, or a code not chosen, after the sections; suggested codes once', () => {
    const suggestion = { code: 'E03.9', title: 'Hypothyroidism, unspecified', reason: 'TSH high' };
    const view = encounterView(
      result({
        codes: [code({ code: 'R53.1' })],
        diagnostics: [
          diagnostic({ ruleId: 'abnormal-lab-without-dx', severity: 'info', kind: 'possible-dx', message: 'TSH high.', suggestedCodes: [suggestion] }),
          diagnostic({ ruleId: 'suggested-code', severity: 'info', kind: 'better-code', code: 'Z99.9', message: 'Consider.', suggestedCodes: [suggestion, { code: 'R53.1', title: 'Weakness', reason: 'already chosen' }] }),
        ],
      }),
    );
    expect(view.otherProblems.map((p) => p.diagnostic.ruleId)).toEqual(['abnormal-lab-without-dx', 'suggested-code']);
    expect(view.otherProblems.map((p) => p.suggestions.map((s) => s.code))).toEqual([['E03.9'], []]);
    expect(view.sections[0]!.problemCount).toBe(0);
  });

  it('has nothing for a clean note', () => {
    expect(encounterView(result())).toEqual({ conflicts: [], sections: [], otherProblems: [], queries: [], counts: { error: 0, warning: 0, info: 0 } });
  });
});
