/**
 * Site origins: note-lint is inert on every origin that is not enabled. Pure helpers (no browser
 * APIs) shared by the settings items, the content script and the popup.
 */

/**
 * The origin of an http(s) URL or origin string ("https://ehr.example.org:8443"), or null for
 * anything else (file:, chrome:, about:, malformed). The origin is the unit the user enables.
 */
export function normalizeOrigin(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin;
}

/** Normalised, de-duplicated, sorted origins; entries that are no http(s) origin are dropped. */
export function normalizeOrigins(inputs: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const input of inputs) {
    const origin = normalizeOrigin(input);
    if (origin) origins.add(origin);
  }
  return [...origins].sort();
}

export function isOriginEnabled(origin: string, enabledSites: readonly string[], managedSites: readonly string[]): boolean {
  return enabledSites.includes(origin) || managedSites.includes(origin);
}
