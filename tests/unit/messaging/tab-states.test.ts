/** The background's per-tab memory: revisions, user-added codes, re-lints and cleanup. */
import { describe, expect, it } from 'vitest';
import type { LintOptions, LintResult } from '../../../src/engine/types.ts';
import { TabStates } from '../../../entrypoints/background/tab-states.ts';

/** A stand-in engine that records what it was asked and reports one error per chosen code. */
function fakeEngine() {
  const calls: Array<{ text: string; options: LintOptions }> = [];
  const lint = (text: string, options: LintOptions): LintResult => {
    calls.push({ text, options });
    const codes = (options.codes ?? []).map((c) => (typeof c === 'string' ? c : c.code));
    return {
      version: 1,
      length: text.length,
      sections: [],
      sentences: [],
      findings: [],
      codes: [],
      checklists: [],
      diagnostics: codes.map((code) => ({
        ruleId: 'needs-evidence',
        severity: 'error' as const,
        kind: 'lacking-evidence' as const,
        code,
        message: `no evidence for ${code}`,
        start: 0,
        end: 0,
        evidence: [],
        suggestedCodes: [],
        documentationHint: null,
        query: null,
        sources: [],
      })),
    };
  };
  return { calls, lint };
}

const message = (revision: number, text = 'note') => ({ type: 'lint' as const, fieldId: 'f1', kind: 'textarea' as const, revision, text });

describe('TabStates', () => {
  it('keys fields by frame and field id, and ignores results for older revisions', () => {
    const engine = fakeEngine();
    const tabs = new TabStates(engine.lint, () => 1000);
    expect(tabs.lintField(1, 0, message(2, 'new'), {})?.fieldKey).toBe('0:f1');
    expect(tabs.lintField(1, 0, message(1, 'old'), {})).toBeNull();
    expect(tabs.lintField(1, 3, message(1), {})?.fieldKey).toBe('3:f1');
    expect(tabs.fields(1).map((f) => [f.fieldKey, f.revision, f.textLength, f.updatedAt])).toEqual([
      ['0:f1', 2, 3, 1000],
      ['3:f1', 1, 4, 1000],
    ]);
  });

  it('lints with added codes as option codes, keeps them across edits, and re-lints one field', () => {
    const engine = fakeEngine();
    const tabs = new TabStates(engine.lint);
    tabs.lintField(1, 0, message(1), { setting: 'inpatient' });
    expect(tabs.setCodes(1, '0:f1', ['R53.1', 'R53.1'])).toBe(true);
    const relinted = tabs.relint({ setting: 'inpatient' }, { tabId: 1, fieldKey: '0:f1' });
    expect(relinted).toHaveLength(1);
    expect(engine.calls.at(-1)?.options).toEqual({ setting: 'inpatient', codes: [{ code: 'R53.1', source: 'option' }] });
    tabs.lintField(1, 0, message(2, 'edited'), {});
    expect(tabs.fields(1)[0]?.addedCodes).toEqual(['R53.1']);
    expect(tabs.errorCount(1)).toBe(1);
  });

  it('re-lints every field of every tab when settings change', () => {
    const tabs = new TabStates(fakeEngine().lint);
    tabs.lintField(1, 0, message(1), {});
    tabs.lintField(2, 0, message(1), {});
    expect(tabs.relint({ rules: { x: 'off' } }).map((c) => c.tabId)).toEqual([1, 2]);
  });

  it('refuses codes for unknown fields and forgets removed fields and closed tabs', () => {
    const tabs = new TabStates(fakeEngine().lint);
    expect(tabs.setCodes(1, '0:f1', ['R53.1'])).toBe(false);
    tabs.lintField(1, 0, message(1), {});
    tabs.removeField(1, 0, 'f1');
    expect(tabs.fields(1)).toEqual([]);
    tabs.lintField(1, 0, message(1), {});
    tabs.removeTab(1);
    expect(tabs.fields(1)).toEqual([]);
    expect(tabs.errorCount(1)).toBe(0);
  });
});

describe('TabStates across a background restart', () => {
  it('saves added codes, and applies them when their field is linted again after a restart', () => {
    const before = new TabStates(fakeEngine().lint);
    before.lintField(1, 0, message(1), {});
    before.lintField(2, 0, message(1), {});
    before.setCodes(1, '0:f1', ['R53.1']);
    const saved = before.codesSnapshot();
    expect(saved).toEqual({ 1: { '0:f1': ['R53.1'] } });

    const after = new TabStates(fakeEngine().lint);
    after.restoreCodes(saved);
    after.lintField(2, 0, message(1), {});
    // Tab 1 has not re-sent its field yet: its codes must not be lost by saving now.
    expect(after.codesSnapshot()).toEqual(saved);
    expect(after.lintField(1, 0, message(1), {})?.addedCodes).toEqual(['R53.1']);
    after.setCodes(1, '0:f1', []);
    expect(after.codesSnapshot()).toEqual({});
  });

  it('forgets restored codes of a tab that closed', () => {
    const tabs = new TabStates(fakeEngine().lint);
    tabs.restoreCodes({ 4: { '0:f1': ['M62.81'] } });
    tabs.removeTab(4);
    expect(tabs.codesSnapshot()).toEqual({});
  });
});
