/**
 * The content script runs in every page of an enabled site: it stays small and never carries the
 * engine, lexicon or config validator (the background lints). Checked on the build under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser.ts';

const CONTENT_SCRIPT_GZIP_LIMIT = 30 * 1024;

describe('content script bundle', () => {
  const code = readFileSync(join(EXTENSION_DIR, 'content-scripts/ehr.js'));

  it(`is at most ${CONTENT_SCRIPT_GZIP_LIMIT} bytes gzipped`, () => {
    expect(gzipSync(code).length).toBeLessThanOrEqual(CONTENT_SCRIPT_GZIP_LIMIT);
  });

  it.each([
    ['a rule id', 'objective-strength-required'],
    ['an ICD-10-CM title', 'Muscle weakness (generalized)'],
    ['eval', 'eval('],
    ['innerHTML', 'innerHTML'],
  ])('does not contain %s', (_what, needle) => {
    expect(code.toString('utf8')).not.toContain(needle);
  });
});
