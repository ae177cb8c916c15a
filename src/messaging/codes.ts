/** ICD-10-CM code strings as users type them: "m6281", "M62.81 " and "M62.81" are the same code. */
import { normalizeIcd10cm } from '../codes/icd10cm.ts';

/** The code with its dot ("M62.81"), or null when the input cannot be an ICD-10-CM code. */
export function normalizeCode(input: string): string | null {
  return normalizeIcd10cm(input);
}
