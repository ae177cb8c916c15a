/**
 * The pack rulebooks' rule ids that eval cases may name before the rules exist (PACK_RULE_IDS):
 * kebab-case, unique within and across packs, and the malnutrition, anemia and AKI ids among them,
 * so a typo in a case is still an unknown rule id.
 */
import { describe, expect, it } from 'vitest';
import { KNOWN_RULE_IDS, PACK_RULE_IDS } from '../../eval/lib/known-rules.ts';

describe('pack rule ids known to the eval', () => {
  it('are kebab-case and unique across packs', () => {
    const all = Object.values(PACK_RULE_IDS).flat();
    for (const id of all) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each([
    ['malnutrition', ['possible-malnutrition', 'malnutrition-provider-dx', 'bmi-needs-associated-dx', 'cachexia-code-first', 'bmi-secondary-only']],
    ['anemia', ['possible-anemia', 'possible-acute-blood-loss-anemia', 'anemia-code-first', 'chemo-anemia-sequencing']],
    ['aki', ['possible-aki', 'aki-criteria', 'esrd-not-stage-5', 'aki-underlying-condition']],
  ])('%s ids are known', (pack, ids) => {
    for (const id of ids) {
      expect(PACK_RULE_IDS[pack], pack).toContain(id);
      expect(KNOWN_RULE_IDS.has(id), id).toBe(true);
    }
  });

  it('a misspelt id is not known', () => {
    expect(KNOWN_RULE_IDS.has('possible-malnutrtion')).toBe(false);
  });
});
