/**
 * Lenient reading of values note-lint wrote itself or an administrator set (storage, managed
 * policy), and of the parts of FHIR resources it reads: another version of note-lint may have written
 * keys this one does not know, and an export may carry a malformed coding beside good ones, so
 * instead of refusing the whole value, each entry that fails its schema is dropped and the rest is
 * kept. Never throws. Files a user imports are checked strictly instead (src/schema/issues.ts).
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

/** A list whose invalid items are dropped; anything but a list, or nothing, gives []. */
export function validItems<S extends v.GenericSchema>(item: S) {
  const keepValid = v.transform((raw: unknown): v.InferOutput<S>[] => {
    if (!Array.isArray(raw)) return [];
    const kept: v.InferOutput<S>[] = [];
    for (const entry of raw) {
      const checked = v.safeParse(item, entry);
      if (checked.success) kept.push(checked.output);
    }
    return kept;
  });
  return v.optional(v.pipe(v.unknown(), keepValid), []);
}

/** A value that reads as nothing (undefined) when it is missing or fails its schema. */
export function validOrNothing<S extends v.GenericSchema>(schema: S) {
  return v.fallback(v.optional(schema), undefined);
}
