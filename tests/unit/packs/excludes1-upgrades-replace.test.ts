/**
 * A better-code upgrade whose suggested code and chosen `from` code exclude each other (Excludes1,
 * either direction, category notes included) is a replacement: the `from` code must go, so the rule
 * must still fire when the coder has added the suggested code beside it (E87.1 + E22.2, N18.5 +
 * N18.6, R53.2 + G82.50). Without `replace: true` the specificity kind skips it as "already coded"
 * and only the bare Excludes1 conflict is left, which does not say which code is wrong.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';
import { excludes1Ref, refCovers } from '../../../src/engine/rules/support/codes.ts';

const lexicon = defaultLexicon();

/** Known codes a reference names: itself when known, else the known codes below it. */
const expand = (ref: string): string[] => {
  const bare = ref.replace(/-$/, '');
  return lexicon.data.codes.map((c) => c.code).filter((c) => c === bare || refCovers(ref, c));
};

const excludeEachOther = (a: string, b: string): boolean =>
  excludes1Ref(lexicon.codes.get(a), b) !== null || excludes1Ref(lexicon.codes.get(b), a) !== null;

describe('specificity upgrades that replace an Excludes1 counterpart', () => {
  const upgrades = lexicon.data.packs.flatMap((pack) =>
    pack.rules.flatMap((rule) => (rule.kind === 'specificity' ? rule.upgrades.map((u, i) => ({ id: `${rule.id}[${i}]`, u })) : [])),
  );

  it('finds the upgrades to check', () => {
    expect(upgrades.length).toBeGreaterThan(10);
  });

  it.each(upgrades.map(({ id, u }) => [id, u] as const))('%s: replace is set when a suggested code excludes a from code', (_id, u) => {
    const clash = u.from.flatMap(expand).some((f) => u.suggest.flatMap(expand).some((s) => excludeEachOther(f, s)));
    if (clash) expect(u.replace).toBe(true);
  });
});

describe('the rule still fires with both codes chosen (rows fail without replace)', () => {
  const NOTE =
    'H&P: 61F w/ secondary progressive MS, severe spastic quadriparesis, bedbound x 3 yrs.\n' +
    'A/P: 1. UTI (N39.0). 2. SPMS (G35.C0) with quadriplegia (G82.50). 3. Functional quadriplegia (R53.2), total care.';
  it.each([
    ['R53.2 with a neurologic cause, G82.50 also chosen', ['N39.0', 'G35.C0', 'G82.50', 'R53.2'], true],
    ['R53.2 with a neurologic cause alone', ['N39.0', 'G35.C0', 'R53.2'], true],
    ['G82.50 alone: nothing to replace', ['N39.0', 'G35.C0', 'G82.50'], false],
  ])('%s', (_name, codes, fires) => {
    const ids = lint(NOTE.replace(/ \((G82\.50|R53\.2)\)/g, ''), { codes, setting: 'inpatient' }).diagnostics.map((d) => d.ruleId);
    expect(ids.includes('neurologic-not-functional')).toBe(fires);
  });
});
