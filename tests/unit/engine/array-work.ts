/**
 * A work counter for the linear-work tests: the array elements the engine visits during one call,
 * counted, not timed. It counts every step of a for...of over an array (the array iterator's next),
 * every callback call of the array methods that take one (filter, some, find, map, ...), and the
 * elements includes/indexOf/lastIndexOf compare. A loop over every finding, header or match for each
 * of thousands of findings shows as work that quadruples when the note doubles.
 */

const CALLBACK_METHODS = ['filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'map', 'forEach', 'flatMap', 'reduce', 'reduceRight'] as const;
const SEARCH_METHODS = ['includes', 'indexOf', 'lastIndexOf'] as const;

type AnyFn = (...args: unknown[]) => unknown;

/** The array elements visited while `run` runs (the prototypes are restored afterwards, also on a throw). */
export function arrayElementsVisited(run: () => void): number {
  let visited = 0;
  const arrayProto = Array.prototype as unknown as Record<string, AnyFn>;
  const iteratorProto = Object.getPrototypeOf([][Symbol.iterator]()) as { next: AnyFn };
  const saved = new Map<string, AnyFn>();
  const next = iteratorProto.next;
  try {
    iteratorProto.next = function (this: unknown, ...args: unknown[]) {
      visited++;
      return next.apply(this, args);
    };
    for (const name of CALLBACK_METHODS) {
      const original = arrayProto[name]!;
      saved.set(name, original);
      arrayProto[name] = function (this: unknown[], ...args: unknown[]) {
        const [callback, ...rest] = args as [AnyFn, ...unknown[]];
        const counted = function (this: unknown, ...callArgs: unknown[]) {
          visited++;
          return callback.apply(this, callArgs);
        };
        return original.call(this, counted, ...rest);
      };
    }
    for (const name of SEARCH_METHODS) {
      const original = arrayProto[name]!;
      saved.set(name, original);
      arrayProto[name] = function (this: unknown[], ...args: unknown[]) {
        visited += this.length;
        return original.apply(this, args);
      };
    }
    run();
  } finally {
    iteratorProto.next = next;
    for (const [name, original] of saved) arrayProto[name] = original;
  }
  return visited;
}
