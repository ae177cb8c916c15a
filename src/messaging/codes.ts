/** ICD-10-CM code strings as users type them: "m6281", "M62.81 " and "M62.81" are the same code. */

const CODE_SHAPE = /^[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;

/** The code with its dot ("M62.81"), or null when the input cannot be an ICD-10-CM code. */
export function normalizeCode(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/\s+/g, '');
  const dotted = compact.includes('.') || compact.length <= 3 ? compact : `${compact.slice(0, 3)}.${compact.slice(3)}`;
  return CODE_SHAPE.test(dotted) ? dotted : null;
}
