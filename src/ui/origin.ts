/**
 * Turns what a user types as a site ("ehr.example.org", "https://ehr.example.org/chart/12") into the
 * origin note-lint stores ("https://ehr.example.org"). Only http and https pages hold notes.
 */
export type ParsedOrigin = { ok: true; origin: string } | { ok: false; error: string };

export function parseOriginInput(input: string): ParsedOrigin {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: 'Enter a site address, for example https://ehr.example.org.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: `“${trimmed}” is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: 'Only http:// and https:// sites can be enabled.' };
  }
  if (url.hostname === '') return { ok: false, error: `“${trimmed}” has no host name.` };
  return { ok: true, origin: url.origin };
}
