/**
 * These tests compare the repository with the reference material in ../shared (the rulebook, the
 * official ICD-10-CM excerpts, the NegEx development file, the MTSamples export). A user's clone has no
 * ../shared, so they are not part of `npm test`; `npm run test:reference` runs them where it exists
 * (CI lays it beside the clone) and fails with this explanation where it does not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CodeDef } from '../../src/lexicon/types.ts';

const ROOT = join(import.meta.dirname, '../..');
export const SHARED = process.env.NOTE_LINT_SHARED ?? join(ROOT, '../shared');

export function requireShared(): void {
  if (!existsSync(join(SHARED, 'spec/rules.md'))) {
    throw new Error(`npm run test:reference compares the repository with ../shared, which is absent here (${SHARED}). It is development material, not part of a user's clone; set NOTE_LINT_SHARED to its path if it lives elsewhere.`);
  }
}

export function codeDefs(): CodeDef[] {
  const dir = join(ROOT, 'lexicon/codes');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as CodeDef);
}
