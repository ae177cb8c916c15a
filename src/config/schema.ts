/**
 * note-lint.config.json: the one settings format shared by the CLI (`--config`, or the file in the
 * working directory) and the extension's options page (export / import). Validation is strict, like
 * the lexicon's: an unknown key, a bad enum value or an unknown rule id is an error naming the field,
 * never silently ignored, because a misspelt rule switch would otherwise leave a rule on.
 */
import type { CareSetting, LabRangeOverride, LintOptions, SeverityOrOff } from '../engine/types.ts';
import { LEXICON_DATA } from '../lexicon/generated/lexicon.ts';
import { isKnownRuleId } from './rule-ids.ts';
import { validateSiteProfiles, type SiteProfile } from './site-profiles.ts';
import { PAGE_DISPLAYS, type PageDisplay } from '../settings/display.ts';

export const CONFIG_VERSION = 1;
export const CONFIG_FILE_NAME = 'note-lint.config.json';

export const RULE_LEVELS: readonly SeverityOrOff[] = ['off', 'error', 'warning', 'info'];
export const CARE_SETTINGS: readonly CareSetting[] = ['outpatient', 'inpatient'];

export interface NoteLintConfig {
  version: typeof CONFIG_VERSION;
  setting?: CareSetting;
  /** Rule levels keyed by rule id. */
  rules?: Record<string, SeverityOrOff>;
  /** Reference ranges keyed by canonical analyte id ("potassium", "ck"). */
  labRanges?: Record<string, LabRangeOverride>;
  /** Extension only: what the page marks (the CLI reports everything). */
  pageDisplay?: PageDisplay;
  /** Extension only: mark recognised findings in the page. */
  evidenceView?: boolean;
  /** Extension only: per origin, the note fields, the fields to ignore and the diagnosis code elements. */
  siteProfiles?: Record<string, SiteProfile>;
}

export type ConfigValidation = { ok: true; config: NoteLintConfig } | { ok: false; errors: string[] };

const TOP_LEVEL_KEYS = new Set(['$schema', 'version', 'setting', 'rules', 'labRanges', 'pageDisplay', 'evidenceView', 'siteProfiles']);
/** Ranges apply to the lexicon's analytes only; a misspelt id would otherwise override nothing. */
export const ANALYTE_IDS: readonly string[] = LEXICON_DATA.labs.analytes.map((analyte) => analyte.id);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function isRuleLevel(value: unknown): value is SeverityOrOff {
  return typeof value === 'string' && (RULE_LEVELS as readonly string[]).includes(value);
}

function validateRules(value: unknown, errors: string[]): Record<string, SeverityOrOff> | undefined {
  if (!isPlainObject(value)) {
    errors.push(`rules: expected an object of rule id to level, got ${describe(value)}`);
    return undefined;
  }
  const rules: Record<string, SeverityOrOff> = {};
  for (const [id, level] of Object.entries(value)) {
    if (!isKnownRuleId(id)) errors.push(`rules.${id}: unknown rule id`);
    else if (!isRuleLevel(level)) errors.push(`rules.${id}: expected one of ${RULE_LEVELS.join(', ')}, got ${describe(level)}`);
    else rules[id] = level;
  }
  return rules;
}

function validateRange(path: string, value: unknown, errors: string[]): LabRangeOverride | undefined {
  if (!isPlainObject(value)) {
    errors.push(`${path}: expected an object {low, high}, got ${describe(value)}`);
    return undefined;
  }
  const range: LabRangeOverride = {};
  const errorsBefore = errors.length;
  for (const [key, bound] of Object.entries(value)) {
    if (key !== 'low' && key !== 'high') errors.push(`${path}.${key}: unknown key (expected low, high)`);
    else if (typeof bound !== 'number' || !Number.isFinite(bound)) errors.push(`${path}.${key}: expected a number, got ${describe(bound)}`);
    else range[key] = bound;
  }
  if (range.low === undefined && range.high === undefined && errors.length === errorsBefore) errors.push(`${path}: give low, high or both`);
  if (range.low !== undefined && range.high !== undefined && range.low >= range.high) {
    errors.push(`${path}: low (${range.low}) must be below high (${range.high})`);
  }
  return range;
}

function validateLabRanges(value: unknown, errors: string[]): Record<string, LabRangeOverride> | undefined {
  if (!isPlainObject(value)) {
    errors.push(`labRanges: expected an object of analyte id to {low, high}, got ${describe(value)}`);
    return undefined;
  }
  const ranges: Record<string, LabRangeOverride> = {};
  for (const [analyte, range] of Object.entries(value)) {
    if (!ANALYTE_IDS.includes(analyte)) {
      errors.push(`labRanges.${analyte}: unknown analyte (expected one of ${ANALYTE_IDS.join(', ')})`);
      continue;
    }
    const checked = validateRange(`labRanges.${analyte}`, range, errors);
    if (checked) ranges[analyte] = checked;
  }
  return ranges;
}

export function validateConfig(obj: unknown): ConfigValidation {
  if (!isPlainObject(obj)) return { ok: false, errors: [`config: expected a JSON object, got ${describe(obj)}`] };
  const errors: string[] = [];
  for (const key of Object.keys(obj)) {
    if (!TOP_LEVEL_KEYS.has(key)) errors.push(`${key}: unknown key (expected ${[...TOP_LEVEL_KEYS].slice(1).join(', ')})`);
  }
  if (obj.version !== CONFIG_VERSION) {
    errors.push(`version: expected ${CONFIG_VERSION}, got ${obj.version === undefined ? 'nothing' : describe(obj.version)}`);
  }
  const config: NoteLintConfig = { version: CONFIG_VERSION };
  if (obj.setting !== undefined) {
    if (typeof obj.setting === 'string' && (CARE_SETTINGS as readonly string[]).includes(obj.setting)) {
      config.setting = obj.setting as CareSetting;
    } else {
      errors.push(`setting: expected one of ${CARE_SETTINGS.join(', ')}, got ${describe(obj.setting)}`);
    }
  }
  if (obj.rules !== undefined) config.rules = validateRules(obj.rules, errors);
  if (obj.labRanges !== undefined) config.labRanges = validateLabRanges(obj.labRanges, errors);
  if (obj.pageDisplay !== undefined) {
    if (typeof obj.pageDisplay === 'string' && (PAGE_DISPLAYS as readonly string[]).includes(obj.pageDisplay)) {
      config.pageDisplay = obj.pageDisplay as PageDisplay;
    } else {
      errors.push(`pageDisplay: expected one of ${PAGE_DISPLAYS.join(', ')}, got ${describe(obj.pageDisplay)}`);
    }
  }
  if (obj.evidenceView !== undefined) {
    if (typeof obj.evidenceView === 'boolean') config.evidenceView = obj.evidenceView;
    else errors.push(`evidenceView: expected true or false, got ${describe(obj.evidenceView)}`);
  }
  if (obj.siteProfiles !== undefined) config.siteProfiles = validateSiteProfiles(obj.siteProfiles, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config };
}

export function configToLintOptions(config: NoteLintConfig): LintOptions {
  const options: LintOptions = {};
  if (config.setting) options.setting = config.setting;
  if (config.rules) options.rules = { ...config.rules };
  if (config.labRanges) {
    options.labRanges = Object.fromEntries(Object.entries(config.labRanges).map(([id, range]) => [id, { ...range }]));
  }
  return options;
}
