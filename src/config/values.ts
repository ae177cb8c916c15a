/**
 * Schemas of the values a config file, the settings and managed storage share: rule levels, care
 * settings, lab ranges. Kept apart from schema.ts because these need neither the lexicon nor the rule
 * registry, so the content script (which reads settings) can use them without pulling either in.
 */
import * as v from 'valibot';
import type { CareSetting, SeverityOrOff } from '../engine/types.ts';
import { closedObject, finiteNumber, oneOf } from '../schema/issues.ts';

export const RULE_LEVELS = ['off', 'error', 'warning', 'info'] as const satisfies readonly SeverityOrOff[];
export const CARE_SETTINGS = ['outpatient', 'inpatient'] as const satisfies readonly CareSetting[];

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
