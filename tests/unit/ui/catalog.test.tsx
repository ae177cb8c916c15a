// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rules } from '../../../src/engine/rules/index.ts';
import { RULE_IDS } from '../../../src/config/index.ts';
import { LEXICON_DATA } from '../../../src/lexicon/generated/lexicon.ts';
import { ANALYTES, PACKS, RULES } from '../../../src/ui/options/catalog.ts';
import { knownPacks } from '../../../src/engine/rules/packs.ts';
import { OptionsApp } from '../../../src/ui/options/OptionsApp.tsx';
import { extensionStore } from '../../../src/ui/options/options-store.ts';
import { mount, type Mounted } from './render.ts';

let mounted: Mounted | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => mounted?.unmount());

describe('options catalog', () => {
  it('offers every rule of the engine registry, with its default severity and a description', () => {
    expect(RULES.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    for (const rule of RULES) {
      expect(rule.description.trim(), rule.id).not.toBe('');
      expect(['error', 'warning', 'info']).toContain(rule.severity);
    }
    // A level the options page stores must be one the settings file accepts on import.
    for (const rule of RULES) expect(RULE_IDS).toContain(rule.id);
  });

  it('offers every analyte of the lexicon', () => {
    expect(ANALYTES.map((a) => a.id)).toEqual(LEXICON_DATA.labs.analytes.map((a) => a.id));
  });

  it('renders a switch and a severity choice for every rule', async () => {
    mounted = await mount(<OptionsApp store={extensionStore} rules={RULES} analytes={ANALYTES} packs={PACKS} />);
    for (const rule of RULES) {
      const checkbox = mounted.container.querySelector(`[id="rule-on-${rule.id}"]`) as HTMLInputElement | null;
      expect(checkbox?.checked, rule.id).toBe(true);
      const select = mounted.container.querySelector(`[id="rule-severity-${rule.id}"]`) as HTMLSelectElement | null;
      expect(select?.value, rule.id).toBe(rule.severity);
    }
  });

  it('offers every pack the engine knows, with a title and its rules counted once', async () => {
    expect(PACKS.map((p) => p.id)).toEqual(knownPacks());
    expect(PACKS.reduce((sum, p) => sum + p.ruleCount, 0)).toBe(RULES.length);
    mounted = await mount(<OptionsApp store={extensionStore} rules={RULES} analytes={ANALYTES} packs={PACKS} />);
    for (const pack of PACKS) {
      const checkbox = mounted.container.querySelector(`[id="pack-on-${pack.id}"]`) as HTMLInputElement | null;
      expect(checkbox?.checked, pack.id).toBe(true);
      expect(mounted.container.querySelector(`label[for="pack-on-${pack.id}"]`)?.textContent).toBe(pack.title);
    }
  });
});
