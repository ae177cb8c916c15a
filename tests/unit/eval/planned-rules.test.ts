/**
 * Planned pack rule ids (tests/eval/planned-rules/<pack>.yaml) let eval cases name a pack rulebook's
 * rule ids before the rules exist; a malformed file is an error naming it, never silently ignored.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KNOWN_RULE_IDS, plannedRuleIds } from '../../eval/lib/known-rules.ts';

const dirs: string[] = [];
const withFile = (name: string, text: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'planned-'));
  dirs.push(dir);
  writeFileSync(join(dir, name), text);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('planned pack rule ids', () => {
  it('the malnutrition, anemia and AKI rulebook ids are known to the eval', () => {
    for (const id of ['possible-malnutrition', 'bmi-needs-associated-dx', 'possible-anemia', 'anemia-code-first', 'possible-aki', 'aki-criteria', 'esrd-not-stage-5']) {
      expect(KNOWN_RULE_IDS.has(id), id).toBe(true);
    }
    expect(KNOWN_RULE_IDS.has('possible-malnutrtion')).toBe(false);
  });

  it('reads a well-formed file', () => {
    expect(plannedRuleIds(withFile('demo.yaml', 'pack: demo\nrules: [rule-a, rule-b]\n'))).toEqual(['rule-a', 'rule-b']);
  });

  it.each([
    ['pack id not the file name', 'pack: other\nrules: [rule-a]\n'],
    ['rules not a list', 'pack: demo\nrules: rule-a\n'],
    ['rule id not kebab-case', 'pack: demo\nrules: [Rule_A]\n'],
    ['empty file', ''],
  ])('rejects %s, naming the file', (_name, text) => {
    expect(() => plannedRuleIds(withFile('demo.yaml', text))).toThrow(/tests\/eval\/planned-rules\/demo\.yaml/);
  });

  it('a missing folder plans nothing', () => {
    expect(plannedRuleIds(join(tmpdir(), 'no-such-planned-rules-folder'))).toEqual([]);
  });
});
