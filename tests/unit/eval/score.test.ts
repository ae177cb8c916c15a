import { describe, expect, it } from 'vitest';
import type { RuleRef } from '../../eval/lib/case-file.ts';
import { counts, groupBy, perRule, scoreCase, summarize, type FiredDiagnostic } from '../../eval/lib/score.ts';

const fired = (ruleId: string, code: string | null = null, suggested: string[] = []): FiredDiagnostic => ({
  ruleId,
  code,
  suggestedCodes: suggested.map((c) => ({ code: c })),
});
const kase = (over: { expect?: RuleRef[]; allow?: RuleRef[]; suggest?: string[]; neverSuggest?: string[]; category?: string; pack?: string; file?: string } = {}) => ({
  file: over.file ?? 'cat/a.txt',
  category: over.category ?? 'cat',
  expect: over.expect ?? [],
  allow: over.allow ?? [],
  suggest: over.suggest ?? [],
  neverSuggest: over.neverSuggest ?? [],
  ...(over.pack ? { pack: over.pack } : {}),
});

describe('scoreCase: expect and allow', () => {
  const rows: {
    name: string;
    c: ReturnType<typeof kase>;
    diagnostics: FiredDiagnostic[];
    tp: number;
    fp: number;
    fn: number;
    allowed?: number;
    right: boolean;
  }[] = [
    { name: 'nothing expected, nothing fired: right', c: kase(), diagnostics: [], tp: 0, fp: 0, fn: 0, right: true },
    { name: 'expected rule fired', c: kase({ expect: [{ rule: 'workup-plan' }] }), diagnostics: [fired('workup-plan', 'R53.1')], tp: 1, fp: 0, fn: 0, right: true },
    { name: 'expected rule silent: false negative', c: kase({ expect: [{ rule: 'workup-plan' }] }), diagnostics: [], tp: 0, fp: 0, fn: 1, right: false },
    { name: 'quiet note fires: false positive', c: kase(), diagnostics: [fired('suggested-code')], tp: 0, fp: 1, fn: 0, right: false },
    { name: 'allowed rule fired counts neither way', c: kase({ allow: [{ rule: 'objective-findings' }] }), diagnostics: [fired('objective-findings', 'R53.1')], tp: 0, fp: 0, fn: 0, allowed: 1, right: true },
    { name: 'allowed rule silent counts neither way', c: kase({ allow: [{ rule: 'objective-findings' }] }), diagnostics: [], tp: 0, fp: 0, fn: 0, right: true },
    {
      name: 'one rule firing twice on one code is one unit',
      c: kase({ expect: [{ rule: 'strength-detail' }] }),
      diagnostics: [fired('strength-detail', 'M62.81'), fired('strength-detail', 'M62.81')],
      tp: 1, fp: 0, fn: 0, right: true,
    },
    {
      name: 'unpinned expectation covers the rule on every code',
      c: kase({ expect: [{ rule: 'localized-weakness' }] }),
      diagnostics: [fired('localized-weakness', 'R53.1'), fired('localized-weakness', 'M62.81')],
      tp: 1, fp: 0, fn: 0, right: true,
    },
    {
      name: 'pinned expectation: the same rule on another code is a false positive',
      c: kase({ expect: [{ rule: 'coded-condition-negated', code: 'R53.1' }] }),
      diagnostics: [fired('coded-condition-negated', 'R53.1'), fired('coded-condition-negated', 'E03.9')],
      tp: 1, fp: 1, fn: 0, right: false,
    },
    {
      name: 'pinned expectation fired on the wrong code: one FN and one FP',
      c: kase({ expect: [{ rule: 'coded-condition-negated', code: 'R53.1' }] }),
      diagnostics: [fired('coded-condition-negated', 'E03.9')],
      tp: 0, fp: 1, fn: 1, right: false,
    },
    {
      name: 'pinned allow covers only its code',
      c: kase({ allow: [{ rule: 'excludes1-conflict', code: 'M62.81' }] }),
      diagnostics: [fired('excludes1-conflict', 'M62.81'), fired('excludes1-conflict', 'R54')],
      tp: 0, fp: 1, fn: 0, allowed: 1, right: false,
    },
    {
      name: 'two expectations of one rule on two codes',
      c: kase({ expect: [{ rule: 'workup-plan', code: 'R53.1' }, { rule: 'unsupported-weakness', code: 'R53.1' }, { rule: 'unsupported-weakness', code: 'M62.81' }] }),
      diagnostics: [fired('workup-plan', 'R53.1'), fired('unsupported-weakness', 'R53.1')],
      tp: 2, fp: 0, fn: 1, right: false,
    },
  ];
  it.each(rows)('$name', ({ c, diagnostics, tp, fp, fn, allowed, right }) => {
    const s = scoreCase(c, diagnostics);
    expect([s.truePositives.length, s.unexpected.length, s.missing.length]).toEqual([tp, fp, fn]);
    expect(s.allowed.length).toBe(allowed ?? 0);
    expect(s.fullyRight).toBe(right);
  });
});

describe('scoreCase: suggestions', () => {
  const rows: { name: string; c: ReturnType<typeof kase>; diagnostics: FiredDiagnostic[]; missing: string[]; never: string[]; right: boolean }[] = [
    { name: 'expected code suggested', c: kase({ expect: [{ rule: 'suggested-code' }], suggest: ['R53.83'] }), diagnostics: [fired('suggested-code', null, ['R53.83'])], missing: [], never: [], right: true },
    { name: 'expected code not suggested', c: kase({ expect: [{ rule: 'suggested-code' }], suggest: ['R53.83'] }), diagnostics: [fired('suggested-code', null, ['R53.1'])], missing: ['R53.83'], never: [], right: false },
    { name: 'prefix suggestion matches a child', c: kase({ expect: [{ rule: 'neurologic-cause-mismatch' }], suggest: ['I69.35-'] }), diagnostics: [fired('neurologic-cause-mismatch', 'R53.1', ['I69.354'])], missing: [], never: [], right: true },
    { name: 'forbidden code suggested by an expected rule', c: kase({ expect: [{ rule: 'neurologic-cause-mismatch' }], neverSuggest: ['I63.9'] }), diagnostics: [fired('neurologic-cause-mismatch', 'R53.1', ['I63.9'])], missing: [], never: ['I63.9'], right: false },
    { name: 'forbidden family suggested by an allowed rule', c: kase({ allow: [{ rule: 'localized-weakness' }], neverSuggest: ['G81.-'] }), diagnostics: [fired('localized-weakness', 'R53.1', ['G81.90'])], missing: [], never: ['G81.-'], right: false },
    { name: 'suggestions from any diagnostic count', c: kase({ expect: [{ rule: 'workup-plan' }, { rule: 'symptom-with-definitive-dx' }], suggest: ['E03.9'] }), diagnostics: [fired('workup-plan', 'R53.1'), fired('symptom-with-definitive-dx', 'R53.1', ['E03.9'])], missing: [], never: [], right: true },
    { name: 'nothing fired: expected suggestion missing', c: kase({ suggest: ['D50.0'] }), diagnostics: [], missing: ['D50.0'], never: [], right: false },
  ];
  it.each(rows)('$name', ({ c, diagnostics, missing, never, right }) => {
    const s = scoreCase(c, diagnostics);
    expect(s.suggestMissing).toEqual(missing);
    expect(s.neverSuggested.map((n) => n.pattern)).toEqual(never);
    expect(s.fullyRight).toBe(right);
  });

  it('keeps what fired, with messages and suggestions, and the reviewer\'s reasoning', () => {
    const s = scoreCase({ ...kase(), why: 'because' }, [{ ...fired('workup-plan', 'R53.1', ['R53.1']), message: 'no workup' }, fired('suggested-code')]);
    expect(s.why).toBe('because');
    expect(s.fired).toEqual([
      { rule: 'workup-plan', code: 'R53.1', message: 'no workup', suggested: ['R53.1'] },
      { rule: 'suggested-code', code: null, message: '', suggested: [] },
    ]);
  });

  it('an engine error makes the case wrong and fires nothing', () => {
    const s = scoreCase(kase(), [], 'boom');
    expect(s.fullyRight).toBe(false);
    expect(s.engineError).toBe('boom');
  });
});

describe('counts', () => {
  const rows: [number, number, number, number | null, number | null, number | null][] = [
    [0, 0, 0, null, null, null],
    [0, 0, 3, null, 0, 0],
    [0, 2, 0, 0, null, 0],
    [3, 1, 1, 0.75, 0.75, 0.75],
    [1, 0, 3, 1, 0.25, 0.4],
  ];
  it.each(rows)('tp %i fp %i fn %i', (tp, fp, fn, precision, recall, f1) => {
    const c = counts(tp, fp, fn);
    expect(c.precision).toBe(precision);
    expect(c.recall).toBe(recall);
    if (f1 === null) expect(c.f1).toBeNull();
    else expect(c.f1).toBeCloseTo(f1, 10);
  });
});

describe('summarize', () => {
  const scores = [
    scoreCase(kase({ file: 'a/1.txt', category: 'a', expect: [{ rule: 'workup-plan' }] }), [fired('workup-plan', 'R53.1')]),
    scoreCase(kase({ file: 'a/2.txt', category: 'a', expect: [{ rule: 'workup-plan' }] }), [fired('objective-findings', 'R53.1')]),
    scoreCase(kase({ file: 'b/3.txt', category: 'b', pack: 'electrolytes', suggest: ['E87.1'] }), [fired('abnormal-lab-without-dx', null, ['E87.1'])]),
    scoreCase(kase({ file: 'b/4.txt', category: 'b', pack: 'electrolytes', neverSuggest: ['E87.1'] }), [fired('abnormal-lab-without-dx', null, ['E87.1'])]),
  ];
  const summary = summarize(scores);

  it('micro figures over all cases', () => {
    expect(summary.overall).toMatchObject({ cases: 4, tp: 1, fp: 3, fn: 1, fullyRight: 1, fullyRightShare: 0.25 });
  });
  it('per rule', () => {
    expect(summary.rules['workup-plan']).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(summary.rules['objective-findings']).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
    expect(summary.rules['abnormal-lab-without-dx']).toMatchObject({ fp: 2 });
  });
  it('per category, and per pack only for cases that name one', () => {
    expect(Object.keys(summary.categories)).toEqual(['a', 'b']);
    expect(summary.categories.a).toMatchObject({ cases: 2, fullyRight: 1, tp: 1, fp: 1, fn: 1 });
    expect(Object.keys(summary.packs)).toEqual(['electrolytes']);
    expect(summary.packs.electrolytes).toMatchObject({ cases: 2, fullyRight: 0, fp: 2 });
  });
  it('suggestions and wrong cases', () => {
    expect(summary.suggestions).toMatchObject({ expected: 1, found: 1, recall: 1, neverViolations: 1, casesWithNeverViolation: 1 });
    expect(summary.wrong.map((w) => w.file)).toEqual(['a/2.txt', 'b/3.txt', 'b/4.txt']);
  });
  it('groupBy takes any key and leaves out cases without one', () => {
    expect(Object.keys(groupBy(scores, (s) => (s.file.endsWith('1.txt') ? 'first' : undefined)))).toEqual(['first']);
    expect(perRule([])).toEqual({});
  });
});
