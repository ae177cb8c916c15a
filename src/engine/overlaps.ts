/**
 * Overlap resolution: two candidates of one type over the same text keep the longer one ("muscle
 * weakness" over "weakness"); candidates of different types may overlap (a diagnosis inside a
 * code description). Vitals count as one type per measure: "BP 86/50" is a systolic and a
 * diastolic value over the same words, and a computed BMI spans the weight and height it comes from.
 * Output is sorted by start, then longer first, then type: deterministic.
 */
import type { AnyCandidate } from './document.ts';

const overlapKey = (c: AnyCandidate): string => (c.type === 'vital' ? `vital:${c.attributes.measure}` : c.type);

export function resolveOverlaps(candidates: AnyCandidate[]): AnyCandidate[] {
  const sorted = [...candidates].sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
  );
  const lastEndByType = new Map<string, number>();
  const kept: AnyCandidate[] = [];
  for (const c of sorted) {
    const key = overlapKey(c);
    const lastEnd = lastEndByType.get(key) ?? -1;
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEndByType.set(key, c.end);
  }
  return kept;
}
