/**
 * Lenient reading of values note-lint wrote itself or an administrator set (storage, managed
 * policy): another version of note-lint may have written keys this one does not know, so instead
 * of refusing the whole value, each entry that fails its schema is dropped and the rest is kept.
 * Never throws. Files a user imports are checked strictly instead (src/schema/issues.ts).
 */
import * as v from 'valibot';
import { isPlainObject } from './issues.ts';

/** A record whose invalid entries (bad key or bad value) are dropped; anything but an object, or nothing, gives {}. */
export function validEntries<K extends v.GenericSchema<string, string>, V extends v.GenericSchema>(key: K, value: V, maxEntries = Infinity) {
  const keepValid = v.transform((raw: unknown): Record<v.InferOutput<K>, v.InferOutput<V>> => {
    const kept: Record<string, v.InferOutput<V>> = {};
    if (!isPlainObject(raw)) return kept;
    for (const [name, entry] of Object.entries(raw).slice(0, maxEntries)) {
      const checkedKey = v.safeParse(key, name);
      const checkedValue = v.safeParse(value, entry);
      if (checkedKey.success && checkedValue.success) kept[checkedKey.output] = checkedValue.output;
    }
    return kept;
  });
  // Optional with a default, so a missing key reads as {} too.
  return v.optional(v.pipe(v.unknown(), keepValid), {});
}
