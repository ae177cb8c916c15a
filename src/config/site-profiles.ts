/**
 * Site profiles: for one EHR origin, which elements hold the notes to lint, which look like notes
 * but are not (a search box, a template picker), and which show the encounter's diagnosis codes
 * (a table or chip list beside the note). One validator for the settings file, the options page,
 * stored settings and the administrator's managed storage, so every path accepts the same thing.
 * Pure: no DOM needed (a selector is checked against the DOM's parser only where there is one).
 */
import { normalizeOrigin } from '../settings/sites.ts';

export interface SiteProfile {
  /** CSS selectors of the note fields to lint (or of elements containing them). Empty: find them. */
  noteFields: string[];
  /** CSS selectors of fields never to lint (or of elements containing them). */
  ignoreFields: string[];
  /** CSS selectors of elements showing the encounter's diagnosis codes outside the note. */
  diagnosisCodes: string[];
}

export const SITE_PROFILE_KEYS = ['noteFields', 'ignoreFields', 'diagnosisCodes'] as const satisfies ReadonlyArray<keyof SiteProfile>;
/** Bounds that keep a profile a short list an administrator wrote, not a payload. */
export const MAX_SELECTORS = 20;
export const MAX_SELECTOR_LENGTH = 300;
export const MAX_PROFILES = 200;

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : typeof value;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a selector is unusable, or null. Uses the DOM's own parser when one is around (browser, tests). */
export function selectorProblem(selector: string): string | null {
  if (selector.trim() === '') return 'an empty selector';
  if (selector.length > MAX_SELECTOR_LENGTH) return `a selector longer than ${MAX_SELECTOR_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(selector)) return 'a selector with control characters';
  const doc = (globalThis as { document?: Document }).document;
  if (doc) {
    try {
      doc.createDocumentFragment().querySelector(selector);
    } catch {
      return `not a valid CSS selector: ${JSON.stringify(selector)}`;
    }
  }
  return null;
}

function validateSelectors(path: string, value: unknown, errors: string[]): string[] {
  if (!Array.isArray(value)) {
    errors.push(`${path}: expected an array of CSS selectors, got ${describe(value)}`);
    return [];
  }
  if (value.length > MAX_SELECTORS) errors.push(`${path}: at most ${MAX_SELECTORS} selectors, got ${value.length}`);
  const selectors: string[] = [];
  for (const [i, selector] of value.entries()) {
    if (typeof selector !== 'string') {
      errors.push(`${path}[${i}]: expected a CSS selector string, got ${describe(selector)}`);
      continue;
    }
    const problem = selectorProblem(selector);
    if (problem) errors.push(`${path}[${i}]: ${problem}`);
    else selectors.push(selector.trim());
  }
  return [...new Set(selectors)];
}

export function validateSiteProfile(path: string, value: unknown, errors: string[]): SiteProfile {
  const profile: SiteProfile = { noteFields: [], ignoreFields: [], diagnosisCodes: [] };
  if (!isPlainObject(value)) {
    errors.push(`${path}: expected an object {noteFields, ignoreFields, diagnosisCodes}, got ${describe(value)}`);
    return profile;
  }
  for (const [key, selectors] of Object.entries(value)) {
    if (!(SITE_PROFILE_KEYS as readonly string[]).includes(key)) {
      errors.push(`${path}.${key}: unknown key (expected ${SITE_PROFILE_KEYS.join(', ')})`);
      continue;
    }
    profile[key as keyof SiteProfile] = validateSelectors(`${path}.${key}`, selectors, errors);
  }
  if (SITE_PROFILE_KEYS.every((key) => value[key] === undefined)) errors.push(`${path}: give noteFields, ignoreFields or diagnosisCodes`);
  return profile;
}

/** `siteProfiles` of a settings file: origin -> profile. Errors name the origin and the field. */
export function validateSiteProfiles(value: unknown, errors: string[], path = 'siteProfiles'): Record<string, SiteProfile> {
  if (!isPlainObject(value)) {
    errors.push(`${path}: expected an object of origin to profile, got ${describe(value)}`);
    return {};
  }
  const entries = Object.entries(value);
  if (entries.length > MAX_PROFILES) errors.push(`${path}: at most ${MAX_PROFILES} sites, got ${entries.length}`);
  const profiles: Record<string, SiteProfile> = {};
  for (const [origin, profile] of entries) {
    const entryPath = `${path}.${origin}`;
    if (normalizeOrigin(origin) !== origin) {
      errors.push(`${entryPath}: expected an origin such as https://ehr.example.org (scheme, host and port, no path or trailing slash)`);
      continue;
    }
    profiles[origin] = validateSiteProfile(entryPath, profile, errors);
  }
  return profiles;
}

/**
 * Profiles from storage or policy are untrusted: keep each origin whose profile is valid as a
 * whole, drop the others (a half-applied profile could lint a search box). Never throws.
 */
export function sanitizeSiteProfiles(value: unknown): Record<string, SiteProfile> {
  if (!isPlainObject(value)) return {};
  const kept: Record<string, SiteProfile> = {};
  for (const [origin, profile] of Object.entries(value).slice(0, MAX_PROFILES)) {
    const errors: string[] = [];
    const checked = validateSiteProfiles({ [origin]: profile }, errors);
    if (errors.length === 0 && checked[origin]) kept[origin] = checked[origin];
  }
  return kept;
}

/** The profile for an origin: the administrator's wins over the user's. */
export function profileFor(
  origin: string,
  userProfiles: Readonly<Record<string, SiteProfile>>,
  managedProfiles: Readonly<Record<string, SiteProfile>>,
): SiteProfile | null {
  return managedProfiles[origin] ?? userProfiles[origin] ?? null;
}
