/**
 * The user's settings as one plain value: its schema (which is also its type), and how untrusted
 * stored values are read. Pure (no browser APIs): storage lives in `store.ts`.
 */
import * as v from 'valibot';
import { normalizeOrigins } from './sites.ts';
import { DEFAULT_PAGE_DISPLAY, PAGE_DISPLAYS } from './display.ts';
import { LenientSiteProfilesSchema } from '../config/site-profiles.ts';
import { CareSettingSchema, LabRangeSchema, RuleLevelSchema } from '../engine/option-schema.ts';
import { isPlainObject } from '../schema/issues.ts';
import { validEntries, validItems } from '../schema/lenient.ts';

/** Rule, pack and analyte ids: lower-case words joined by hyphens (a rule id may hold a code: "objective-weakness-on-r53.1"). */
const StoredKeySchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]{0,63}$/));

/**
 * Settings read from storage are untrusted (another version, a hand-edited profile): each field
 * keeps what is valid and falls back to its default otherwise, entry by entry. Never throws.
 */
export const SettingsSchema = v.object({
  /** Origins the user enabled ("https://ehr.example.org"). note-lint is inert everywhere else. */
  enabledSites: v.pipe(validItems(v.string()), v.transform((origins: string[]): string[] => normalizeOrigins(origins))),
  /** Rule switches and severities keyed by rule id; a rule not listed keeps its default. */
  rules: validEntries(StoredKeySchema, RuleLevelSchema),
  /** Reference range overrides keyed by canonical analyte id ("potassium"). */
  labRanges: validEntries(StoredKeySchema, LabRangeSchema),
  /** Condition packs switched on or off by pack id; a pack not listed is on. */
  packs: validEntries(StoredKeySchema, v.boolean()),
  setting: v.fallback(CareSettingSchema, 'outpatient'),
  /** What the page marks: errors only, errors and warnings, or everything. */
  pageDisplay: v.fallback(v.picklist(PAGE_DISPLAYS), DEFAULT_PAGE_DISPLAY),
  /** Mark the findings note-lint recognised (strength grades, labs, workup...) in the page. */
  evidenceView: v.fallback(v.boolean(), false),
  /** Per origin: which fields are notes, which are not, where the page lists the diagnosis codes. */
  siteProfiles: LenientSiteProfilesSchema,
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export function sanitizeSettings(raw: unknown): Settings {
  return v.parse(SettingsSchema, isPlainObject(raw) ? raw : {});
}

export const DEFAULT_SETTINGS: Settings = Object.freeze(sanitizeSettings({}));
