/**
 * Overlap resolution: two candidates of one type over the same text keep the longer one ("muscle
 * weakness" over "weakness"); candidates of different types may overlap (a diagnosis inside a
 * code description). Output is sorted by start, then longer first, then type: deterministic.
 */
import type { AnyCandidate } from './document.ts';

export function resolveOverlaps(candidates: AnyCandidate[]): AnyCandidate[] {
  const sorted = [...candidates].sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
  );
  const lastEndByType = new Map<string, number>();
  const kept: AnyCandidate[] = [];
  for (const c of sorted) {
    const lastEnd = lastEndByType.get(c.type) ?? -1;
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEndByType.set(c.type, c.end);
  }
  return kept;
}
