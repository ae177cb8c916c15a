export { validateConfig, configToLintOptions, PackSwitchesSchema, ANALYTE_IDS, CONFIG_FILE_NAME, CONFIG_VERSION, RULE_LEVELS, CARE_SETTINGS } from './schema.ts';
export type { NoteLintConfig, ConfigValidation } from './schema.ts';
export { RULE_IDS, isKnownRuleId } from './rule-ids.ts';
export { validateSiteProfiles, validateSiteProfile, sanitizeSiteProfiles, profileFor, selectorProblem, SITE_PROFILE_KEYS } from './site-profiles.ts';
export type { SiteProfile } from './site-profiles.ts';
