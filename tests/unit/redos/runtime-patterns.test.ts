/**
 * ReDoS by analysis, not by stopwatch. `npm run lint` runs eslint-plugin-regexp's super-linear rules
 * over every regex literal in src/, entrypoints/ and scripts/. Patterns the engine assembles at run time
 * (`new RegExp` over lexicon words and shared fragments) are invisible to a linter, so this test captures
 * every pattern the engine constructs while it loads and lints sample notes, and runs the same two rules
 * over each one through ESLint's Linter API.
 */
import { Linter } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { describe, expect, it } from 'vitest';

const SUPER_LINEAR_RULES: Linter.Config[] = [
  {
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false }],
    },
  },
];

/** Notes that reach every extractor that builds a pattern: durations, ages, labs with ranges, strength tests, codes, vitals. */
const SAMPLE_NOTES = [
  'HPI: 72 yo F feels weak x 3 weeks, worse over the past 2 months, since 1/2/2020. Age 72.\nExam: strength 4/5 proximal, grip 20 kg (reduced), 5xSTS 18 s, TUG 14 sec.\nLabs: K 3.1 (L), CK 1,200 U/L (ref 30-200), Na <135, TSH 2.1 mIU/L.\nAssessment: weakness R53.1 M62.81 T46.6X5A',
  'S: 3-day history of fatigue, 2 weeks ago fell. O: MMT RLE 4-/5, LLE 5/5. Hgb 9.8 g/dL, B12 150 pg/mL. A/P: 1. Weakness - R53.1. 2. PT eval.',
  'VS: T 101.2F HR 118 BP 86/50 SpO2 91% RA. UOP 15 mL/h x 8 h, 24h UOP 300 mL. Wt 52.3 kg, Ht 5\'4". Lost 8 kg in 2 months; usual weight 70 kg. Eating <25% of meals x 7 days.',
];

async function patternsBuiltAtRunTime(): Promise<RegExp[]> {
  const seen = new Map<string, RegExp>();
  const Original = RegExp;
  const record = (pattern: RegExp) => (seen.set(`/${pattern.source}/${pattern.flags}`, pattern), pattern);
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args) => record(Reflect.construct(target, args) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    const { lint } = await import('../../../src/engine/index.ts');
    for (const note of SAMPLE_NOTES) lint(note);
  } finally {
    globalThis.RegExp = Original;
  }
  return [...seen.values()];
}

/** The rules' messages for one pattern, checked as the literal it is equivalent to. */
function superLinearProblems(pattern: RegExp): string[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(`const pattern = /${pattern.source}/${pattern.flags};`, SUPER_LINEAR_RULES).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const built = await patternsBuiltAtRunTime();

describe('patterns the engine builds at run time', () => {
  it('are captured (the extractors that assemble patterns ran)', () => {
    expect(built.length).toBeGreaterThan(3);
  });

  it.each(built.map((pattern) => [`/${pattern.source}/${pattern.flags}`.slice(0, 160), pattern] as const))('%s is linear', (_name, pattern) => {
    expect(superLinearProblems(pattern)).toEqual([]);
  });

  it('the check does report super-linear patterns (control)', () => {
    // Built from strings so that the project's own lint does not reject this file.
    const exponential = ['(?:a+)+b', ''];
    const quadraticSearch = ['[\\w$]+\\.x', 'g'];
    for (const [source, flags] of [exponential, quadraticSearch]) expect(superLinearProblems(new RegExp(source!, flags))).not.toEqual([]);
  });
});
