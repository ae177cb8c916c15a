/**
 * Site profiles: for one EHR origin, which elements hold the notes to lint, which look like notes
 * but are not (a search box, a template picker), and which show the encounter's diagnosis codes
 * (a table or chip list beside the note). One schema for the settings file, the options page,
 * stored settings and the administrator's managed storage, so every path accepts the same thing.
 * Pure: no DOM needed (a selector is checked against the DOM's parser only where there is one).
 */
import * as v from 'valibot';
import { normalizeOrigin } from '../settings/sites.ts';
import { checkWith, closedObject, expected, plainObject } from '../schema/issues.ts';
import { validEntries } from '../schema/lenient.ts';

export const SITE_PROFILE_KEYS = ['noteFields', 'ignoreFields', 'diagnosisCodes'] as const;
/** Bounds that keep a profile a short list an administrator wrote, not a payload. */
export const MAX_SELECTORS = 20;
export const MAX_SELECTOR_LENGTH = 300;
export const MAX_PROFILES = 200;

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

const SelectorSchema = v.pipe(
  v.string(expected('a CSS selector string')),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed ? selectorProblem(dataset.value) : null;
    if (problem) addIssue({ message: problem });
  }),
  v.transform((selector) => selector.trim()),
);

const SelectorsSchema = v.pipe(
  v.array(SelectorSchema, expected('an array of CSS selectors')),
  v.maxLength(MAX_SELECTORS, (issue) => `at most ${MAX_SELECTORS} selectors, got ${issue.received}`),
  v.transform((selectors) => [...new Set(selectors)]),
);

export const SiteProfileSchema = v.pipe(
  closedObject(
    { noteFields: v.optional(SelectorsSchema), ignoreFields: v.optional(SelectorsSchema), diagnosisCodes: v.optional(SelectorsSchema) },
    'an object {noteFields, ignoreFields, diagnosisCodes}',
  ),
  v.check((profile) => SITE_PROFILE_KEYS.some((key) => profile[key] !== undefined), 'give noteFields, ignoreFields or diagnosisCodes'),
  v.transform((profile) => ({
    noteFields: profile.noteFields ?? [],
    ignoreFields: profile.ignoreFields ?? [],
    diagnosisCodes: profile.diagnosisCodes ?? [],
  })),
);

export type SiteProfile = v.InferOutput<typeof SiteProfileSchema>;

/** A key of `siteProfiles`: an origin exactly as the browser writes it. */
export const OriginKeySchema = v.pipe(
  v.string(),
  v.check(
    (origin) => normalizeOrigin(origin) === origin,
    'expected an origin such as https://ehr.example.org (scheme, host and port, no path or trailing slash)',
  ),
);

export const SiteProfilesSchema = v.pipe(
  plainObject('an object of origin to profile'),
  v.check(
    (profiles) => Object.keys(profiles).length <= MAX_PROFILES,
    (issue) => `at most ${MAX_PROFILES} sites, got ${Object.keys(issue.input as object).length}`,
  ),
  v.record(OriginKeySchema, SiteProfileSchema),
);

const EMPTY_PROFILE: SiteProfile = Object.freeze({ noteFields: [], ignoreFields: [], diagnosisCodes: [] }) as SiteProfile;

/** One profile (the options page's form, `npm run demo --profile`); problems are pushed to `errors`, naming `path`. */
export function validateSiteProfile(path: string, value: unknown, errors: string[]): SiteProfile {
  const checked = checkWith(SiteProfileSchema, value, { path });
  if (checked.ok) return checked.value;
  errors.push(...checked.errors);
  return { ...EMPTY_PROFILE };
}

/** `siteProfiles` of a settings file: origin -> profile. Errors name the origin and the field. */
export function validateSiteProfiles(value: unknown, errors: string[], path = 'siteProfiles'): Record<string, SiteProfile> {
  const checked = checkWith(SiteProfilesSchema, value, { path });
  if (checked.ok) return checked.value;
  errors.push(...checked.errors);
  return {};
}

/**
 * Profiles from storage or policy are untrusted: keep each origin whose profile is valid as a
 * whole, drop the others (a half-applied profile could lint a search box). Never throws.
 */
export const LenientSiteProfilesSchema = validEntries(OriginKeySchema, SiteProfileSchema, MAX_PROFILES);

export function sanitizeSiteProfiles(value: unknown): Record<string, SiteProfile> {
  return v.parse(LenientSiteProfilesSchema, value);
}

/** The profile for an origin: the administrator's wins over the user's. */
export function profileFor(
  origin: string,
  userProfiles: Readonly<Record<string, SiteProfile>>,
  managedProfiles: Readonly<Record<string, SiteProfile>>,
): SiteProfile | null {
  return managedProfiles[origin] ?? userProfiles[origin] ?? null;
}
