/**
 * One lab finding yields at most one possible-dx diagnostic (packs/README.md): when several rules
 * query the same value (their diagnostics' spans overlap), the most specific one reports. Which one
 * is data: a `fallback` rule (the weakness pack's catch-all abnormal-lab-without-dx) yields to any
 * other, and a pack's `precedence` list orders the rules it names (possible-siadh before
 * possible-hyponatremia). Rules no list orders both report.
 */
import type { PackData } from '../../../lexicon/pack-schema.ts';
import type { PendingQuery } from '../../queries.ts';
import type { Diagnostic } from '../../types.ts';

interface Ranking {
  fallback: ReadonlySet<string>;
  /** Per precedence list, each rule's position. */
  lists: readonly ReadonlyMap<string, number>[];
}

const rankings = new WeakMap<readonly PackData[], Ranking>();

function rankingOf(packs: readonly PackData[]): Ranking {
  let r = rankings.get(packs);
  if (!r) {
    const fallback = new Set(packs.flatMap((p) => p.rules.filter((d) => d.kind === 'possible-dx-from-values' && d.fallback === true).map((d) => d.id)));
    const lists = packs.filter((p) => p.precedence.length > 0).map((p) => new Map(p.precedence.map((id, i) => [id, i])));
    rankings.set(packs, (r = { fallback, lists }));
  }
  return r;
}

/** Whether `a`'s possible-dx takes the place of `b`'s about the same value. */
function outranks(r: Ranking, a: string, b: string): boolean {
  if (r.fallback.has(b) !== r.fallback.has(a)) return r.fallback.has(b);
  return r.lists.some((list) => list.has(a) && list.has(b) && list.get(a)! < list.get(b)!);
}

const overlap = (a: Diagnostic, b: Diagnostic) => a.start < b.end && b.start < a.end;

/** Drop (in place) every possible-dx another outranks about an overlapping span, and its pending query. */
export function onePossibleDxPerValue(packs: readonly PackData[], out: Diagnostic[], queries: PendingQuery[]): void {
  const r = rankingOf(packs);
  const possible = out.filter((d) => d.kind === 'possible-dx');
  if (possible.length < 2) return;
  const dropped = new Set(possible.filter((d) => possible.some((o) => o !== d && o.ruleId !== d.ruleId && overlap(o, d) && outranks(r, o.ruleId, d.ruleId))));
  if (dropped.size === 0) return;
  for (let i = out.length - 1; i >= 0; i--) if (dropped.has(out[i]!)) out.splice(i, 1);
  for (let i = queries.length - 1; i >= 0; i--) if (dropped.has(queries[i]!.diagnostic)) queries.splice(i, 1);
}
