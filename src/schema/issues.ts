/**
 * valibot issues -> the project's error lines, `path: problem` ("rules.foo: unknown rule id",
 * "siteProfiles.https://ehr.example.org.noteFields[1]: an empty selector"), optionally prefixed with
 * the file they came from ("note-lint.config.json: rules.foo: unknown rule id"). Every schema of the
 * settings, the config file, managed storage, messages and the lexicon reports through this one
 * module: one path format (object keys joined by dots, list items as `[i]`), one line format, and the
 * value it got described the same way everywhere. Pure: runs in the engine's callers, the CLI and
 * the extension alike.
 */
import * as v from 'valibot';

/** A value as an error line shows it: `nothing`, `null`, `an array`, `"text"`, `an object`, `number 2`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/**
 * A path in the one format: object keys joined by dots, list items as `[i]` (`rules[2].codeFirst[0].when`,
 * `checklists.<code>[0].evidence`); "" at the root. Checks written by hand build their paths with it too.
 */
export function fieldPath(...parts: readonly (string | number)[]): string {
  let path = '';
  for (const part of parts) {
    if (typeof part === 'number') path += `[${part}]`;
    else if (part !== '') path += path === '' || part.startsWith('[') ? part : `.${part}`;
  }
  return path;
}

/** Where an issue is, in the one path format; "" at the root. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  return fieldPath(...(issue.path ?? []).map((item) => (item.type === 'array' ? Number(item.key) : String(item.key))));
}

/** A problem at a path of a value, optionally in a file and inside a named list entry (its id, code or first term). */
export interface FieldIssue {
  file?: string;
  /** Where in the value, in the one path format ("" for the value as a whole). */
  path: string;
  /** A human handle for the entry the path is in, when it has one. */
  entry?: string;
  message: string;
}

/** The one line format: `file: path (entry): message`, leaving out what is not given. */
export function formatIssue(issue: FieldIssue): string {
  const where = `${issue.path}${issue.entry ? ` (${issue.entry})` : ''}`.trim();
  return [issue.file, where, issue.message].filter((part) => part !== undefined && part !== '').join(': ');
}

export interface IssueFormat {
  /** What an issue at the root is about ("config"); without it the message stands alone. */
  root?: string;
  /** Prepended to every path ("siteProfiles" when only that part of a file is checked). */
  path?: string;
  /** The file the value came from; every line starts with it ("note-lint.config.json: ..."). */
  file?: string;
  /**
   * The path and a message written as a predicate make one sentence, `entry[0] has no resource`,
   * instead of `path: message`: for input read as prose, such as FHIR resources.
   */
  sentence?: boolean;
}

/** One line per issue, in the order the schema found them. */
export function issueMessages(issues: readonly v.BaseIssue<unknown>[], format: IssueFormat = {}): string[] {
  return issues.map((issue) => {
    const path = fieldPath(format.path ?? '', issuePath(issue)) || (format.root ?? '');
    if (format.sentence) return [format.file, [path, issue.message].filter((part) => part !== '').join(' ')].filter(Boolean).join(': ');
    return formatIssue({ ...(format.file ? { file: format.file } : {}), path, message: issue.message });
  });
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates `input` against `schema`, collecting every issue (not only the first) as error lines. */
export function checkWith<S extends v.GenericSchema>(schema: S, input: unknown, format: IssueFormat = {}): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input, { abortEarly: false });
  return result.success ? { ok: true, value: result.output } : { ok: false, errors: issueMessages(result.issues, format) };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `expected <what>, got <value>`: the message of a type check. */
export const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `expected ${what}, got ${describeValue(issue.input)}`;

/** A JSON object (never an array or null), before its keys are checked. */
export function plainObject(what: string) {
  return v.custom<Record<string, unknown>>(isPlainObject, expected(what));
}

/** One of a closed vocabulary: `expected one of a, b, got "c"`. */
export function oneOf<const T extends readonly string[]>(values: T) {
  return v.picklist(values, expected(`one of ${values.join(', ')}`));
}

/** A finite number: `expected a number, got "3.5"` (also for NaN and Infinity). */
export function finiteNumber() {
  return v.pipe(v.number(expected('a number')), v.finite(expected('a number')));
}

export function booleanValue() {
  return v.boolean(expected('true or false'));
}

/**
 * An object with a closed set of keys: a non-object is `expected <what>`, an unknown key names
 * the keys it may have, a missing required key says what it needed (`missing` by key, e.g.
 * `{version: 'expected 1'}`, else "required").
 */
export function closedObject<const E extends v.ObjectEntries>(
  entries: E,
  what: string,
  options: { missing?: Partial<Record<keyof E, string>> } = {},
) {
  // `$schema` (an editor's hint) is allowed but not worth listing.
  const keys = Object.keys(entries).filter((key) => !key.startsWith('$'));
  return v.pipe(
    plainObject(what),
    v.strictObject(entries, (issue) => {
      const key = issue.path?.at(-1)?.key;
      if (issue.expected === 'never') return `unknown key (expected ${keys.join(', ')})`;
      const need = typeof key === 'string' ? options.missing?.[key as keyof E] : undefined;
      return `${need ?? 'required'}, got nothing`;
    }),
  );
}
