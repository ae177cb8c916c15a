/**
 * Binary search over items in text order. Rules and extractors that look near one finding among
 * thousands (the laterality words of a long sentence, the IV fluids of a clause, the author headers
 * of a note) start at the first item that can be near instead of walking all of them per finding,
 * which grew with the square of the note.
 */

/**
 * The first index whose item passes `reached`, for a test that is false up to some index and true from
 * there on (an ascending position compared with a bound); items.length when none passes.
 */
export function firstIndexReaching<T>(items: readonly T[], reached: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reached(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
