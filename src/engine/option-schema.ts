/**
 * The schema of lint options, and of the values a config file, the settings and managed storage share
 * with them (rule levels, care settings, lab ranges): the `LintOptions` type is inferred from it. The
 * ids an option may name (rule ids, analytes, packs) depend on the lexicon, so the caller passes the
 * known ones in (./options.ts does, for the lexicon it lints with). No import of the rule registry or
 * the lexicon here: the content script reads settings with these schemas without pulling either in.
 */
import * as v from 'valibot';
import type { CareSetting, CodeSource, SeverityOrOff } from './types.ts';
import { closedObject, expected, finiteNumber, oneOf, plainObject } from '../schema/issues.ts';

export const RULE_LEVELS = ['off', 'error', 'warning', 'info'] as const satisfies readonly SeverityOrOff[];
export const CARE_SETTINGS = ['outpatient', 'inpatient'] as const satisfies readonly CareSetting[];
export const CODE_SOURCES = ['note', 'option', 'fhir', 'page', 'session'] as const satisfies readonly CodeSource[];

export const RuleLevelSchema = oneOf(RULE_LEVELS);
export const CareSettingSchema = oneOf(CARE_SETTINGS);

/** A reference range override: low, high or both, low below high. */
export const LabRangeSchema = v.pipe(
  closedObject({ low: v.optional(finiteNumber()), high: v.optional(finiteNumber()) }, 'an object {low, high}'),
  v.check((range) => range.low !== undefined || range.high !== undefined, 'give low, high or both'),
  v.check(
    (range) => range.low === undefined || range.high === undefined || range.low < range.high,
    (issue) => {
      const range = issue.input as { low: number; high: number };
      return `low (${range.low}) must be below high (${range.high})`;
    },
  ),
);

/** A code chosen outside the note, with where it came from (pure: the content script, which needs none of it, drops it). */
export const CodeOptionSchema = /* @__PURE__ */ closedObject(
  { code: v.string(expected('a code string')), source: v.optional(oneOf(CODE_SOURCES)) },
  'a code string or {code, source}',
);

/** What the lexicon an option is checked against knows. */
export interface KnownIds {
  ruleIds: ReadonlySet<string>;
  analytes: ReadonlySet<string>;
  packs: readonly string[];
  /** The oldest age in years (lexicon/values.yaml `age.maxYears`). */
  maxAgeYears: number;
}

/** A key of a record that must be one of `known`: `unknown <what> "<key>" (known <what>s: a, b)`. */
function knownKey(known: { has(key: string): boolean }, what: string, list: () => readonly string[]) {
  return v.pipe(
    v.string(),
    v.check(
      (key) => known.has(key),
      (issue) => `unknown ${what} ${JSON.stringify(issue.input)} (known ${what}s: ${list().join(', ')})`,
    ),
  );
}

/** The options of one lint, against the ids of one lexicon. Unknown keys are refused: a misspelt option would lint with defaults. */
export function lintOptionsSchema(known: KnownIds) {
  const packs = new Set(known.packs);
  return closedObject(
    {
      /** Codes chosen outside the note (popup, CLI --code, FHIR). */
      // A string is a code; anything else is read as {code, source}, so a bad source is named as such.
      codes: v.optional(v.array(v.lazy((entry) => (typeof entry === 'string' ? v.string() : CodeOptionSchema)), expected('a list of codes'))),
      /** Patient age in years when known outside the note. */
      age: v.optional(
        v.pipe(
          finiteNumber(),
          v.check((years) => years >= 0 && years <= known.maxAgeYears, (issue) => `expected a number of years from 0 to ${known.maxAgeYears}, got ${String(issue.input)}`),
        ),
      ),
      setting: v.optional(CareSettingSchema),
      /** Rule switches and severities keyed by rule id. */
      rules: v.optional(v.pipe(plainObject('an object of rule id to level'), v.record(knownKey(known.ruleIds, 'rule id', () => [...known.ruleIds]), RuleLevelSchema))),
      /** Reference range overrides keyed by canonical analyte id. */
      labRanges: v.optional(v.pipe(plainObject('an object of analyte id to {low, high}'), v.record(knownKey(known.analytes, 'analyte', () => [...known.analytes]), LabRangeSchema))),
      /**
       * Condition packs switched on or off, keyed by pack id (src/engine/rules/packs.ts); a pack not
       * listed is on. The rules of a pack that is off never run, whatever their level in `rules`.
       */
      packs: v.optional(v.pipe(plainObject('an object of pack id to true or false'), v.record(knownKey(packs, 'pack id', () => known.packs), v.boolean(expected('true or false'))))),
    },
    'an object',
  );
}

export type LintOptions = v.InferOutput<ReturnType<typeof lintOptionsSchema>>;
export type CodeOption = v.InferOutput<typeof CodeOptionSchema>;
export type LabRangeOverride = v.InferOutput<typeof LabRangeSchema>;
