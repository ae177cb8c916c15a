/**
 * What an administrator sets through managed storage (the Chrome policy schema is
 * public/managed_schema.json): origins enabled by policy, site profiles and condition pack switches. Policy values are
 * untrusted input like any other: each is checked with the same schemas as the user's settings, an
 * invalid origin or profile is dropped on its own and the rest applies. Pure, so it is tested
 * without a browser; `store.ts` reads the storage area.
 */
import * as v from 'valibot';
import { LenientSiteProfilesSchema } from '../config/site-profiles.ts';
import { normalizeOrigins } from './sites.ts';
import { isPlainObject } from '../schema/issues.ts';
import { validEntries, validItems } from '../schema/lenient.ts';

/** Keys of managed storage; the policy schema declares the same (a test checks they agree). */
export const MANAGED_SITES_KEY = 'enabledSites';
export const MANAGED_PROFILES_KEY = 'siteProfiles';
export const MANAGED_PACKS_KEY = 'packs';

/** A pack id as policies write it; packs this version does not have are dropped when linting (lint-options.ts). */
const PackKeySchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]{0,63}$/));

export const ManagedPolicySchema = v.object({
  [MANAGED_SITES_KEY]: v.pipe(validItems(v.string()), v.transform((origins: string[]): string[] => normalizeOrigins(origins))),
  [MANAGED_PROFILES_KEY]: LenientSiteProfilesSchema,
  /** Condition packs the administrator switches on or off; the user cannot change those. */
  [MANAGED_PACKS_KEY]: validEntries(PackKeySchema, v.boolean()),
});

export type ManagedPolicy = v.InferOutput<typeof ManagedPolicySchema>;

/** The policy as note-lint applies it; anything that is no object reads as no policy. */
export function readManagedPolicy(raw: unknown): ManagedPolicy {
  return v.parse(ManagedPolicySchema, isPlainObject(raw) ? raw : {});
}
