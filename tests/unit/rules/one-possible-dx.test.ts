// One lab value, at most one possible-dx (packs/README.md): the fallback rule yields, a pack's
// precedence orders the rules it names, unrelated values and unordered rules both report.
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import type { PackData } from '../../../src/lexicon/pack-schema.ts';
import type { PendingQuery } from '../../../src/engine/queries.ts';
import { onePossibleDxPerValue } from '../../../src/engine/rules/support/one-possible-dx.ts';
import type { Diagnostic } from '../../../src/engine/types.ts';

const diagnostic = (ruleId: string, start: number, end: number, kind: Diagnostic['kind'] = 'possible-dx'): Diagnostic => ({
  ruleId, kind, severity: 'info', code: null, message: ruleId, start, end, evidence: [], suggestedCodes: [], documentationHint: null, query: null, sources: [],
});

const pack = (id: string, rules: { id: string; fallback?: boolean }[], precedence: string[] = []): PackData =>
  ({
    id, title: id, description: id, sources: [], codes: [], conceptSets: {}, evidence: {}, checklists: {}, termSets: [], queries: [], tests: [], precedence,
    rules: rules.map((r) => ({ id: r.id, kind: 'possible-dx-from-values', fallback: r.fallback, triggers: [] })),
  }) as unknown as PackData;

const packs = [pack('a', [{ id: 'catch-all', fallback: true }]), pack('b', [{ id: 'specific' }, { id: 'general' }, { id: 'other' }], ['specific', 'general'])];

function run(out: Diagnostic[]): string[] {
  const queries: PendingQuery[] = out.map((d) => ({ diagnostic: d, ruleId: d.ruleId, request: { indicators: [] } }) as unknown as PendingQuery);
  onePossibleDxPerValue(packs, out, queries);
  expect(queries.map((q) => q.diagnostic)).toEqual(out);
  return out.map((d) => d.ruleId);
}

describe('onePossibleDxPerValue', () => {
  it.each([
    { name: 'the fallback yields to a pack rule on the same value', out: [diagnostic('catch-all', 5, 10), diagnostic('other', 5, 10)], keep: ['other'] },
    { name: 'precedence keeps the first listed', out: [diagnostic('general', 5, 10), diagnostic('specific', 5, 10)], keep: ['specific'] },
    { name: 'overlapping spans count as the same value', out: [diagnostic('general', 5, 12), diagnostic('specific', 8, 10)], keep: ['specific'] },
    // Negative rows: different values, unordered rules, other kinds of diagnostic.
    { name: 'different values both report', out: [diagnostic('general', 5, 10), diagnostic('specific', 20, 30)], keep: ['general', 'specific'] },
    { name: 'rules no list orders both report', out: [diagnostic('general', 5, 10), diagnostic('other', 5, 10)], keep: ['general', 'other'] },
    { name: 'only possible-dx diagnostics are weighed', out: [diagnostic('catch-all', 5, 10), diagnostic('other', 5, 10, 'lacking-evidence')], keep: ['catch-all', 'other'] },
  ])('$name', ({ out, keep }) => {
    expect(run(out)).toEqual(keep);
  });

  it('end to end: the SIADH pattern gives one query, possible-siadh, for its sodium', () => {
    const text = 'HD 3. Na 126, serum osm 261, urine osm 455, urine Na 52. Euvolemic.\nA/P: small cell lung ca.';
    const ids = lint(text, { setting: 'inpatient' }).diagnostics.filter((d) => d.kind === 'possible-dx').map((d) => d.ruleId);
    expect(ids).toEqual(['possible-siadh']);
    expect(lint(text, { setting: 'inpatient', rules: { 'possible-siadh': 'off' } }).diagnostics.map((d) => d.ruleId)).toContain('possible-hyponatremia');
  });
});
