/**
 * The shape of an ICD-10-CM code as a user types it in the popup: a letter, a digit, a letter or
 * digit, then optionally a dot and up to four letters or digits ("r531" and "R53.1" are the same
 * code). Only the shape is checked here; whether the code exists is the engine's `invalid-code` rule.
 */
const CODE_SHAPE = /^([A-Z][0-9][0-9A-Z])(?:\.?([0-9A-Z]{1,4}))?\.?$/;

export type ParsedCode = { ok: true; code: string } | { ok: false; error: string };

export function parseCodeInput(input: string): ParsedCode {
  const compact = input.trim().toUpperCase().replace(/\s+/g, '');
  if (compact === '') return { ok: false, error: 'Enter an ICD-10-CM code, for example R53.1.' };
  const match = CODE_SHAPE.exec(compact);
  if (!match) {
    return {
      ok: false,
      error: 'Not an ICD-10-CM code: expected a letter, a digit and a letter or digit, then up to four more after a dot (R53.1, M62.81).',
    };
  }
  const [, category, rest] = match;
  return { ok: true, code: rest ? `${category}.${rest}` : `${category}` };
}
