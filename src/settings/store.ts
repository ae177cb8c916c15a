/**
 * Settings in extension storage: one versioned WXT storage item in `storage.local` (settings only,
 * never note text), plus origins an administrator pre-enables through managed storage.
 *
 * Version history (add a migration to `migrations` with every bump):
 * - 1: { enabledSites, rules, labRanges, setting }; later additions that default when absent, so
 *   no bump: pageDisplay, evidenceView, siteProfiles, packs.
 */
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import type { CareSetting, LabRangeOverride, SeverityOrOff } from '../engine/types.ts';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './settings.ts';
import { normalizeOrigin } from './sites.ts';
import type { SiteProfile } from '../config/site-profiles.ts';
import type { PageDisplay } from './display.ts';
import { MANAGED_PACKS_KEY, MANAGED_PROFILES_KEY, MANAGED_SITES_KEY, readManagedPolicy, type ManagedPolicy } from './managed.ts';

export const SETTINGS_VERSION = 1;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

export { MANAGED_PACKS_KEY, MANAGED_PROFILES_KEY, MANAGED_SITES_KEY };

export async function getSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/** Calls `onChange` with sanitised settings whenever they change. Returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(sanitizeSettings(value)));
}

/** Read-modify-write of the settings item. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = sanitizeSettings(change(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}

/**
 * One part of the administrator's policy, validated (src/settings/managed.ts). Without a policy it is
 * empty; Firefox without a policy rejects `storage.managed.get`, which means the same thing.
 */
async function readManaged<K extends keyof ManagedPolicy>(key: K): Promise<ManagedPolicy[K]> {
  let raw: Record<string, unknown> = {};
  try {
    raw = await browser.storage.managed.get(key);
  } catch {
    // no policy
  }
  return readManagedPolicy({ [key]: raw[key] })[key];
}

/**
 * The policy as last read from managed storage, kept in storage.local (origins, profiles and pack
 * switches; never note text). Chromium answers the first `storage.managed.get` after the browser
 * starts only after seconds (2.6 s measured headless), and the first page of the day must not wait
 * for it: `watchManaged` reports this copy at once, then the live policy if it differs.
 */
const managedCopyItem = storage.defineItem<Record<string, unknown>>('local:managedPolicyCopy', { fallback: {} });

async function readManagedCopy<K extends keyof ManagedPolicy>(key: K): Promise<ManagedPolicy[K]> {
  const copy = await managedCopyItem.getValue().catch(() => ({}) as Record<string, unknown>);
  return readManagedPolicy({ [key]: copy[key] })[key];
}

async function keepManagedCopy<K extends keyof ManagedPolicy>(key: K, value: ManagedPolicy[K]): Promise<void> {
  const copy = await managedCopyItem.getValue().catch(() => ({}) as Record<string, unknown>);
  if (JSON.stringify(copy[key]) === JSON.stringify(value)) return;
  await managedCopyItem.setValue({ ...copy, [key]: value }).catch(() => undefined);
}

/**
 * One part of the administrator's policy, followed: `current()` answers at once with the copy from
 * the last read (or with the live value, if that comes first), `confirmed()` once managed storage
 * has answered. `onChange` runs whenever the value differs from the one last known: when the live value differs
 * from the copy, and when the policy changes later. `stop()` ends the watch.
 */
export class ManagedValue<K extends keyof ManagedPolicy> {
  readonly #known: Promise<ManagedPolicy[K]>;
  readonly #live: Promise<ManagedPolicy[K]>;
  #value: ManagedPolicy[K] | undefined;
  readonly #stop: () => void;

  constructor(key: K, onChange: (value: ManagedPolicy[K]) => void = () => undefined) {
    let settleKnown!: (value: ManagedPolicy[K]) => void;
    this.#known = new Promise((resolve) => (settleKnown = resolve));
    const set = (value: ManagedPolicy[K]) => {
      const first = this.#value === undefined;
      if (!first && JSON.stringify(value) === JSON.stringify(this.#value)) return;
      this.#value = value;
      if (first) settleKnown(value);
      else onChange(value);
    };
    const fetchLive = () =>
      readManaged(key).then((value) => {
        set(value);
        void keepManagedCopy(key, value);
        return value;
      });
    this.#live = fetchLive();
    void readManagedCopy(key).then((copy) => {
      if (this.#value === undefined) set(copy);
    });
    const onStorageChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' && key in changes) void fetchLive();
    };
    browser.storage.onChanged.addListener(onStorageChange);
    this.#stop = () => browser.storage.onChanged.removeListener(onStorageChange);
  }

  /** The value last known; undefined until `current()` can answer. */
  get value(): ManagedPolicy[K] | undefined {
    return this.#value;
  }

  /** The value last known, once there is one (the copy at the latest). */
  async current(): Promise<ManagedPolicy[K]> {
    await this.#known;
    return this.#value!;
  }

  /** The value last known, once managed storage has answered. */
  async confirmed(): Promise<ManagedPolicy[K]> {
    await this.#live;
    return this.#value!;
  }

  stop(): void {
    this.#stop();
  }
}

/** Origins enabled by the administrator. */
export function getManagedSites(): Promise<string[]> {
  return readManaged(MANAGED_SITES_KEY);
}

/** Site profiles set by the administrator (they win over the user's for the same origin); an invalid profile is dropped whole. */
export function getManagedSiteProfiles(): Promise<Record<string, SiteProfile>> {
  return readManaged(MANAGED_PROFILES_KEY);
}

/** Condition packs the administrator switched on or off (they win over the user's switches). */
export function getManagedPacks(): Promise<Record<string, boolean>> {
  return readManaged(MANAGED_PACKS_KEY);
}

/** Switches a condition pack on or off; `undefined` removes the switch so the pack is on. */
export async function setPackEnabled(pack: string, enabled: boolean | undefined): Promise<Settings> {
  return updateSettings((s) => {
    const packs = { ...s.packs };
    if (enabled === undefined) delete packs[pack];
    else packs[pack] = enabled;
    return { ...s, packs };
  });
}

export async function setPageDisplay(pageDisplay: PageDisplay): Promise<Settings> {
  return updateSettings((s) => ({ ...s, pageDisplay }));
}

export async function setEvidenceView(evidenceView: boolean): Promise<Settings> {
  return updateSettings((s) => ({ ...s, evidenceView }));
}

/** Sets an origin's profile; `undefined` removes it. */
export async function setSiteProfile(origin: string, profile: SiteProfile | undefined): Promise<Settings> {
  return updateSettings((s) => {
    const siteProfiles = { ...s.siteProfiles };
    if (profile === undefined) delete siteProfiles[origin];
    else siteProfiles[origin] = profile;
    return { ...s, siteProfiles };
  });
}

/** Adds an origin (or the origin of a URL). Returns false when the input is not an http(s) origin. */
export async function enableSite(originOrUrl: string): Promise<boolean> {
  const origin = normalizeOrigin(originOrUrl);
  if (!origin) return false;
  await updateSettings((s) => ({ ...s, enabledSites: [...s.enabledSites, origin] }));
  return true;
}

export async function disableSite(originOrUrl: string): Promise<boolean> {
  const origin = normalizeOrigin(originOrUrl);
  if (!origin) return false;
  await updateSettings((s) => ({ ...s, enabledSites: s.enabledSites.filter((o) => o !== origin) }));
  return true;
}

/** Sets a rule's level; `undefined` removes the override so the rule keeps its default. */
export async function setRuleLevel(ruleId: string, level: SeverityOrOff | undefined): Promise<Settings> {
  return updateSettings((s) => {
    const rules = { ...s.rules };
    if (level === undefined) delete rules[ruleId];
    else rules[ruleId] = level;
    return { ...s, rules };
  });
}

/** Sets a lab reference range override; `undefined` removes it. */
export async function setLabRange(analyte: string, range: LabRangeOverride | undefined): Promise<Settings> {
  return updateSettings((s) => {
    const labRanges = { ...s.labRanges };
    if (range === undefined) delete labRanges[analyte];
    else labRanges[analyte] = range;
    return { ...s, labRanges };
  });
}

export async function setCareSetting(setting: CareSetting): Promise<Settings> {
  return updateSettings((s) => ({ ...s, setting }));
}
