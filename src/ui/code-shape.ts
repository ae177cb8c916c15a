/**
 * Validates a code as the user types it in the popup. The shape check is the background's own
 * (`normalizeCode`), so the popup accepts exactly what the background will take; this module adds
 * the message the user sees. Whether the code exists is the engine's `invalid-code` rule.
 */
import { normalizeIcd10cm as normalizeCode } from '../codes/icd10cm.ts';
import { CODE_EXAMPLES } from '../lexicon/generated/code-examples.ts';

export type ParsedCode = { ok: true; code: string } | { ok: false; error: string };

export function parseCodeInput(input: string): ParsedCode {
  if (input.trim() === '') return { ok: false, error: `Enter an ICD-10-CM code, for example ${CODE_EXAMPLES[0]}.` };
  const code = normalizeCode(input);
  if (code === null) {
    return {
      ok: false,
      error: `Not an ICD-10-CM code: expected a letter, a digit and a letter or digit, then up to four more after a dot (${CODE_EXAMPLES.join(', ')}).`,
    };
  }
  return { ok: true, code };
}
