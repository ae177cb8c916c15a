/**
 * Seeded pseudo-random numbers for the generated corpus: the same seed gives the same notes on every
 * machine, so bench numbers compare across runs. The generator is the public-domain Mulberry32
 * algorithm (32-bit state): plenty for picking templates, not for anything statistical.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [low, high], both inclusive. */
  int(low: number, high: number): number;
  /** Decimal in [low, high] rounded to `digits` places. */
  decimal(low: number, high: number, digits: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `count` distinct items in random order (all of them when count exceeds the list). */
  sample<T>(items: readonly T[], count: number): T[];
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number): number => low + Math.floor(next() * (high - low + 1));
  return {
    next,
    int,
    decimal: (low, high, digits) => Number((low + next() * (high - low)).toFixed(digits)),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    chance: (probability) => next() < probability,
    sample: (items, count) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy.slice(0, Math.min(count, copy.length));
    },
  };
}
