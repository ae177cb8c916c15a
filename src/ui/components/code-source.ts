/**
 * Where a chosen code came from, in the popup's words. Keyed by string, not by the engine's union,
 * so a source added by the extension (codes read from the page, the session's codes) still shows.
 */
const SOURCE_LABEL: Record<string, string> = {
  note: 'from the note',
  option: 'added by you',
  session: 'added by you',
  page: 'from the page',
  fhir: 'from the FHIR record',
};

export function codeSourceLabel(source: string): string {
  return SOURCE_LABEL[source] ?? `from ${source}`;
}
