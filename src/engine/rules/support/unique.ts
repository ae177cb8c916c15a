/**
 * The first of each group of items with the same key, in order: one pass with a Set, where
 * `filter((x, i) => items.findIndex(...) === i)` compares every item with all before it (quadratic
 * on a note with thousands of findings).
 */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
