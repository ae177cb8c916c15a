/**
 * Every eval case file is well-formed: front matter parses with known keys only, every rule id is in
 * the registry, codes are well-formed, and the corpus is as broad
 * as the eval needs. Reads only the project's own tests/eval/cases.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCodeShape } from '../../../src/engine/rules/support/codes.ts';
import { CASE_KEYS, parseCaseFile } from '../../eval/lib/case-file.ts';
import { KNOWN_RULE_IDS } from '../../eval/lib/known-rules.ts';
import { caseFiles } from '../../eval/lib/load-cases.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../eval/cases');
const files = caseFiles(ROOT);
const name = (path: string) => relative(ROOT, path).split(sep).join('/');

describe('eval case files', () => {
  it.each(files.map((f) => [name(f), f]))('%s is well-formed', (rel, path) => {
    const c = parseCaseFile(rel, readFileSync(path, 'utf8'), KNOWN_RULE_IDS);
    expect(c.category).not.toBe('(none)');
    for (const code of c.codes) expect(isCodeShape(code), code).toBe(true);
  });

  it('covers at least 160 notes in every class of issue 11', () => {
    expect(files.length).toBeGreaterThanOrEqual(160);
    const categories = new Set(files.map((f) => name(f).split('/')[0]));
    for (const c of ['chosen-codes', 'strength-exams', 'time', 'ros-checklists', 'functional-limits', 'integral-symptoms', 'suggested-codes', 'queries', 'setting', 'quiet-no-codes', 'complete-documentation', 'fy2026-facts']) {
      expect(categories, c).toContain(c);
    }
  });

  it('includes notes with no expected diagnostic, notes without a setting, and CRLF notes', () => {
    const cases = files.map((f) => parseCaseFile(name(f), readFileSync(f, 'utf8'), KNOWN_RULE_IDS));
    expect(cases.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.setting === undefined).length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((c) => c.text.includes('\r\n')).length).toBeGreaterThanOrEqual(3);
  });

  it('case keys are the documented ones', () => {
    expect([...CASE_KEYS].sort()).toEqual(['age', 'allow', 'codes', 'expect', 'neverSuggest', 'pack', 'setting', 'suggest', 'why']);
  });
});
