/**
 * Building blocks of the lexicon file schemas (valibot): closed mappings, closed vocabularies,
 * phrases, lists without duplicates, bounded numbers. Every message says what the field must be and
 * what it got, in words a reviewer of the YAML can act on; the path and the entry are added by
 * ./index.ts. The schemas only check: none transforms, so a valid file is its own output.
 */
import * as v from 'valibot';
import { describeValue, isPlainObject } from '../../schema/issues.ts';
import { phraseKey, tokenize } from '../../text/tokens.ts';

type Message = (issue: v.BaseIssue<unknown>) => string;

/** `must be <what>, got <value>`. */
export const mustBe =
  (what: string): Message =>
  (issue) =>
    `must be ${what}, got ${describeValue(issue.input)}`;

/** A non-empty string. */
export const text = v.pipe(
  v.string(mustBe('a string')),
  v.check((s) => s.trim() !== '', 'must not be empty'),
);

export const bool = v.boolean(mustBe('true or false'));

/** A finite number, optionally bounded and whole. */
export function num(opts: { min?: number; max?: number; integer?: boolean } = {}) {
  const { min = -Infinity, max = Infinity, integer = false } = opts;
  return v.pipe(
    v.number(mustBe('a number')),
    v.finite(mustBe('a number')),
    v.check((n) => n >= min && n <= max, (issue) => `must be between ${min} and ${max}, got ${String(issue.input)}`),
    v.check((n) => !integer || Number.isInteger(n), (issue) => `must be a whole number, got ${String(issue.input)}`),
  );
}

/** One word of a closed vocabulary. */
export function oneOf<const T extends readonly string[]>(values: T) {
  return v.picklist(values, (issue) => `must be one of ${values.join(', ')}; got ${describeValue(issue.input)}`);
}

/** A string that passes `test`, described as `what` when it does not. */
export function shaped(test: (s: string) => boolean, what: string) {
  return v.pipe(v.string(mustBe(what)), v.check(test, mustBe(what)));
}

/** A lower-case id ("hemoglobin", "low-k"). */
export const id = shaped((s) => /^[a-z][a-z0-9-]*$/.test(s), 'a lower-case id');

/** A phrase to match in notes: non-empty, and made of at least one word or number token. */
export const phrase = v.pipe(
  text,
  v.check((s) => tokenize(s).some((t) => t.kind !== 'punct'), 'is an empty pattern: it has no word to match'),
);

/** One word as the tokenizer writes it (lower case, a single token): compared with a token's `norm`. */
export const word = v.pipe(
  text,
  v.check((s) => s === s.toLowerCase() && tokenize(s).length === 1, 'must be one lower-case word'),
);

/** Context phrases may be punctuation alone ("?", "(-)"), unlike finding terms. */
export const contextPhrase = v.pipe(
  text,
  v.check((s) => phraseKey(s).length > 0, 'is an empty pattern: it has nothing to match'),
);

/**
 * A list; `unique` refuses an item written twice (phrases compare as the matcher sees them, so
 * "Floppy" repeats "floppy"), naming the later one.
 */
export function list<T extends v.GenericSchema>(item: T, opts: { min?: number; unique?: boolean } = {}) {
  const { min = 0, unique = false } = opts;
  return v.pipe(
    v.array(item, mustBe('a list')),
    v.check((xs) => xs.length >= min, `needs at least ${min} item(s)`),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!unique || !dataset.typed) return;
      const seen = new Set<string>();
      dataset.value.forEach((x, i) => {
        if (typeof x !== 'string') return;
        const key = phraseKey(x).join(' ') || x;
        if (seen.has(key)) addIssue({ message: `duplicate "${x}"`, path: pathTo(dataset.value, i) });
        seen.add(key);
      });
    }),
  );
}

/** The usual list of phrases: at least one, none twice. */
export const phrases = list(phrase, { min: 1, unique: true });

/** The issue path from `root` down `keys`, for a check that names a field deeper than the value it checks. */
export function pathTo(root: unknown, ...keys: (string | number)[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
  let value = root;
  const items = keys.map((key) => {
    const input = value as Record<string, unknown> & unknown[];
    value = input[key];
    return (typeof key === 'number' ? { type: 'array', origin: 'value', input, key, value } : { type: 'object', origin: 'value', input, key, value }) as v.IssuePathItem;
  });
  return items as [v.IssuePathItem, ...v.IssuePathItem[]];
}

/**
 * A mapping with exactly these keys: an unknown key names the allowed ones, a missing one is
 * required, anything but a mapping says what it got.
 */
export function closed<const E extends v.ObjectEntries>(entries: E) {
  const allowed = Object.keys(entries).join(', ');
  // valibot's object schemas take an array for an object; a list where a mapping belongs is refused first.
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, mustBe('a mapping')),
    v.strictObject(entries, (issue) => {
      const key = issue.path?.at(-1)?.key;
      return issue.expected === 'never' ? `unknown key "${String(key)}"; allowed: ${allowed}` : 'is required';
    }),
  );
}

/**
 * The keys that name an entry of a list in error messages ("triggers[3].direction (denies)"): the
 * first of these keys the entry has, as a string or the first string of a list. Registered by
 * `named`, read by ./index.ts when it walks an issue's path.
 */
export const ENTRY_NAMES = new WeakMap<v.GenericSchema, string>();

/** The schema, with `key` naming its entries in error messages. */
export function named<S extends v.GenericSchema>(key: string, schema: S): S {
  ENTRY_NAMES.set(schema, key);
  return schema;
}
