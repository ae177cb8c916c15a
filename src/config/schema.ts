/**
 * note-lint.config.json: the one settings format shared by the CLI (`--config`, or the file in the
 * working directory) and the extension's options page (export / import). Validation is strict, like
 * the lexicon's: an unknown key, a bad enum value or an unknown rule id is an error naming the field,
 * never silently ignored, because a misspelt rule switch would otherwise leave a rule on.
 */
import * as v from 'valibot';
import type { LintOptions } from '../engine/types.ts';
import { CareSettingSchema, LabRangeSchema, RuleLevelSchema } from '../engine/option-schema.ts';
import { LEXICON_DATA } from '../lexicon/generated/lexicon.ts';
import { isKnownRuleId } from './rule-ids.ts';
import { knownPacks } from '../engine/rules/packs.ts';
import { SiteProfilesSchema } from './site-profiles.ts';
import { PAGE_DISPLAYS } from '../settings/display.ts';
import { booleanValue, checkWith, closedObject, expected, oneOf, plainObject, type IssueFormat } from '../schema/issues.ts';

export const CONFIG_VERSION = 1;
export const CONFIG_FILE_NAME = 'note-lint.config.json';

/** Ranges apply to the lexicon's analytes only; a misspelt id would otherwise override nothing. */
export const ANALYTE_IDS: readonly string[] = LEXICON_DATA.labs.analytes.map((analyte) => analyte.id);

export { RULE_LEVELS, CARE_SETTINGS } from '../engine/option-schema.ts';

export const RuleIdSchema = v.pipe(v.string(), v.check(isKnownRuleId, 'unknown rule id'));
export const RuleLevelsSchema = v.pipe(plainObject('an object of rule id to level'), v.record(RuleIdSchema, RuleLevelSchema));

export const AnalyteIdSchema = v.pipe(
  v.string(),
  v.check((id) => ANALYTE_IDS.includes(id), `unknown analyte (expected one of ${ANALYTE_IDS.join(', ')})`),
);

/** Pack ids are those the engine knows (src/engine/rules/packs.ts); a misspelt one would switch nothing off. */
export const PackIdSchema = v.pipe(
  v.string(),
  v.check(
    (id) => knownPacks().includes(id),
    () => `unknown pack id (expected one of ${knownPacks().join(', ')})`,
  ),
);
export const PackSwitchesSchema = v.pipe(plainObject('an object of pack id to true or false'), v.record(PackIdSchema, booleanValue()));

export const LabRangesSchema = v.pipe(plainObject('an object of analyte id to {low, high}'), v.record(AnalyteIdSchema, LabRangeSchema));

export const ConfigSchema = closedObject(
  {
    $schema: v.optional(v.string()),
    version: v.literal(CONFIG_VERSION, expected(String(CONFIG_VERSION))),
    setting: v.optional(CareSettingSchema),
    /** Rule levels keyed by rule id. */
    rules: v.optional(RuleLevelsSchema),
    /** Reference ranges keyed by canonical analyte id ("potassium", "ck"). */
    labRanges: v.optional(LabRangesSchema),
    /** Condition packs switched on (true) or off (false) by pack id; a pack not listed is on. */
    packs: v.optional(PackSwitchesSchema),
    /** Extension only: what the page marks (the CLI reports everything). */
    pageDisplay: v.optional(oneOf(PAGE_DISPLAYS)),
    /** Extension only: mark recognised findings in the page. */
    evidenceView: v.optional(booleanValue()),
    /** Extension only: per origin, the note fields, the fields to ignore and the diagnosis code elements. */
    siteProfiles: v.optional(SiteProfilesSchema),
  },
  'a JSON object',
  { missing: { version: `expected ${CONFIG_VERSION}` } },
);

export type NoteLintConfig = v.InferOutput<typeof ConfigSchema>;

export type ConfigValidation = { ok: true; config: NoteLintConfig } | { ok: false; errors: string[] };

/** Checks a parsed config file; each error names its field (`file` prefixes them with the file's name). */
export function validateConfig(obj: unknown, format: Pick<IssueFormat, 'file'> = {}): ConfigValidation {
  const checked = checkWith(ConfigSchema, obj, { root: 'config', ...format });
  return checked.ok ? { ok: true, config: checked.value } : checked;
}

export function configToLintOptions(config: NoteLintConfig): LintOptions {
  const options: LintOptions = {};
  if (config.setting) options.setting = config.setting;
  if (config.rules) options.rules = { ...config.rules };
  if (config.labRanges) {
    options.labRanges = Object.fromEntries(Object.entries(config.labRanges).map(([id, range]) => [id, { ...range }]));
  }
  if (config.packs) options.packs = { ...config.packs };
  return options;
}
