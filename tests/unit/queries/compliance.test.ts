// Every query the engine can draft follows the compliant-query practice (ACDIS/AHIMA 2022): no words
// about payment, coding or quality scores, nothing pre-selected, both escape answers, clinical options
// that are not codes, indicators quoted from the record.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';
import { forbiddenWordsIn, queryProblems, renderQuery } from '../../../src/engine/queries.ts';
import type { RuleCases } from '../rules/rule-tester.ts';
import { DRAFT_CASES } from './draft-cases.ts';

const { queries } = defaultLexicon().data;

describe('query wording in lexicon/queries.yaml', () => {
  const pieces = [
    ...Object.entries(queries.frame).map(([k, v]) => [`frame.${k}`, v] as const),
    ...queries.queries.flatMap((q) => [
      [`${q.id}.question`, q.question] as const,
      ...(q.asks ?? []).map((a) => [`${q.id}.asks.${a.rule}`, a.text] as const),
      ...(q.options ?? []).map((o, i) => [`${q.id}.options[${i}]`, o.text] as const),
    ]),
  ];

  it.each(pieces)('%s names no payment, coding or quality consequence', (_, text) => {
    expect(forbiddenWordsIn(text)).toEqual([]);
  });

  it('options are clinical terms, never codes, and none repeats an escape answer', () => {
    for (const q of queries.queries) {
      for (const o of q.options ?? []) {
        expect(o.text, q.id).not.toMatch(/\b[A-TV-Z]\d[\dA-Z]\.[\dA-Z]{1,4}\b/);
        expect([queries.frame.other, queries.frame.undetermined], q.id).not.toContain(o.text);
      }
    }
  });

  it('every lab question offers a "without clinical significance" answer', () => {
    const labQuestions = new Set(
      defaultLexicon().data.packs.flatMap((p) => p.rules.flatMap((r) => (r.kind === 'possible-dx-from-values' ? r.triggers.map((t) => t.query) : []))),
    );
    for (const q of queries.queries.filter((x) => labQuestions.has(x.id))) {
      expect((q.options ?? []).some((o) => o.text.includes('without clinical significance')), q.id).toBe(true);
    }
  });

  it('the forbidden list catches payment, DRG, SOI/ROM, HCC, quality, audit and coding words', () => {
    expect(forbiddenWordsIn('Documenting this will raise the DRG and reimbursement')).toEqual(['DRG', 'reimbursement']);
    expect(forbiddenWordsIn('to support the SOI/ROM and HCC capture for the audit')).toEqual(['SOI', 'ROM', 'HCC', 'capture', 'audit']);
    expect(forbiddenWordsIn('so that hypokalemia can be coded')).toEqual(['coded']);
    expect(forbiddenWordsIn('Please document the clinical significance of the potassium results.')).toEqual([]);
  });
});

describe('renderQuery', () => {
  it('fills placeholders in the question and the options, and adds the escape answers', () => {
    const template = queries.queries.find((q) => q.id === 'coded-condition-conflict')!;
    const draft = renderQuery(defaultLexicon(), {
      template,
      indicators: [{ text: 'Denies weakness.', where: 'Review of systems', when: null }],
      asks: [],
      fill: { condition: 'weakness', Condition: 'Weakness' },
      options: (template.options ?? []).map((o) => o.text),
    });
    expect(draft).toContain('conflicting documentation about weakness.');
    expect(draft).toContain('[ ] Weakness is not present (ruled out)');
    expect(draft).not.toContain('{');
    expect(queryProblems(draft)).toEqual([]);
  });

  it('a missing placeholder value is an error, not a draft with braces', () => {
    const template = queries.queries.find((q) => q.id === 'coded-condition-status')!;
    expect(() => renderQuery(defaultLexicon(), { template, indicators: [], asks: [], fill: {}, options: [] })).toThrow(/placeholder \{condition\}/);
  });
});

describe('queryProblems', () => {
  const good = [
    'Clinical indicators in this record:',
    '- "K 2.7 mmol/L (L)" (Labs and data)',
    '',
    'The potassium results above were reported. Please document their clinical significance.',
    '[ ] Hypokalemia (please specify the cause, if known)',
    '[ ] Low potassium without clinical significance',
    '[ ] Other (please specify): ______',
    '[ ] Clinically undetermined',
    '',
    'Please document your response in the medical record.',
  ];
  const variant = (edit: (lines: string[]) => string[]) => edit([...good]).join('\n');

  it('accepts a compliant draft, even when the quoted record itself says "ROM" or "code"', () => {
    expect(queryProblems(good.join('\n'))).toEqual([]);
    expect(queryProblems(variant((l) => [l[0]!, '- "ROM full, code status: DNR" (Physical exam)', ...l.slice(1)]))).toEqual([]);
  });

  it.each([
    ['a pre-selected answer', (l: string[]) => l.map((x) => x.replace('[ ] Hypokalemia', '[x] Hypokalemia')), 'pre-selects'],
    ['a payment argument', (l: string[]) => l.map((x) => (x.startsWith('The potassium') ? `${x} This affects the DRG.` : x)), 'DRG'],
    ['a code as an answer', (l: string[]) => l.map((x) => x.replace('Hypokalemia (please', 'E87.6 Hypokalemia (please')), 'names a code'],
    ['no "Other"', (l: string[]) => l.filter((x) => !x.startsWith('[ ] Other')), 'Other (please specify)'],
    ['no "Clinically undetermined"', (l: string[]) => l.filter((x) => !x.includes('undetermined')), 'Clinically undetermined'],
    ['no indicators', (l: string[]) => l.filter((x) => !x.startsWith('- "')), 'quotes no clinical indicators'],
  ])('flags %s', (_, edit, problem) => {
    expect(queryProblems(variant(edit)).join('; ')).toContain(problem);
  });

  it('a yes/no query needs "Unable to determine"', () => {
    const yesNo = ['Clinical indicators in this record:', '- "TSH 15" (Labs and data)', 'Is the fatigue related to the hypothyroidism?', '[ ] Yes', '[ ] No', '[ ] Other (please specify): ______'].join('\n');
    expect(queryProblems(yesNo).join('; ')).toContain('Unable to determine');
    expect(queryProblems(`${yesNo}\n[ ] Unable to determine`)).toEqual([]);
  });
});

describe('every draft of every rule is compliant', () => {
  const tables = import.meta.glob<{ default: RuleCases }>('../rules/cases/*.ts', { eager: true });
  const notes = [
    ...Object.values(tables).flatMap((m) => [...m.default.valid, ...m.default.invalid]),
    ...DRAFT_CASES,
  ];
  const drafts = notes.flatMap((c) =>
    lint(c.text, { ...c.options, ...(c.codes ? { codes: c.codes } : {}) }).diagnostics.flatMap((d) => (d.query ? [{ rule: d.ruleId, query: d.query }] : [])),
  );

  it('drafts from every rule that queries', () => {
    const rules = new Set(drafts.map((d) => d.rule));
    for (const id of ['abnormal-lab-without-dx', 'symptom-with-definitive-dx', 'objective-strength-required', 'workup-plan', 'hypokalemia-evidence', 'critical-illness-myopathy-evidence']) {
      expect(rules, id).toContain(id);
    }
  });

  it('no draft mentions a forbidden word, pre-selects an answer or lacks an escape answer', () => {
    for (const d of drafts) expect(queryProblems(d.query), `${d.rule}:\n${d.query}`).toEqual([]);
  });
});
