/** The background's per-tab memory: revisions, the encounter's codes (session and page), re-lints and cleanup. */
import { describe, expect, it } from 'vitest';
import type { LintOptions, LintResult } from '../../../src/engine/types.ts';
import { TabStates, pageUrlOf, sessionKey } from '../../../src/background/tab-states.ts';

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

const message = (revision: number, text = 'note', fieldId = 'f1', order = 0, label = '') =>
  ({ type: 'lint' as const, fieldId, kind: 'textarea' as const, revision, text, label, order });

const PAGE = 'https://ehr.example.org/chart?encounter=88';
const codesOf = (options: LintOptions | undefined) => options?.codes;

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

  it('lists fields in page order with their names, and follows a new order', () => {
    const tabs = new TabStates(fakeEngine().lint);
    tabs.lintField(1, 0, message(1, 'addendum', 'f1', 1, 'Addendum'), {});
    tabs.lintField(1, 0, message(1, 'progress', 'f2', 0, 'Progress note'), {});
    tabs.lintField(1, 2, message(1, 'in a frame', 'f1', 0, ''), {});
    expect(tabs.fields(1).map((f) => [f.fieldKey, f.label])).toEqual([
      ['0:f2', 'Progress note'],
      ['0:f1', 'Addendum'],
      ['2:f1', ''],
    ]);
    tabs.setFieldOrder(1, 0, [
      { fieldId: 'f1', label: 'Addendum', order: 0 },
      { fieldId: 'f2', label: 'Progress note', order: 1 },
    ]);
    expect(tabs.fields(1).map((f) => f.fieldKey)).toEqual(['0:f1', '0:f2', '2:f1']);
  });

  it('applies a code the user adds to every field of the page, as a session code', () => {
    const engine = fakeEngine();
    const tabs = new TabStates(engine.lint);
    tabs.setPageUrl(1, PAGE);
    tabs.lintField(1, 0, message(1, 'progress', 'f1'), { setting: 'inpatient' });
    tabs.lintField(1, 0, message(1, 'addendum', 'f2'), { setting: 'inpatient' });
    expect(tabs.setSessionCodes(1, ['R53.1', 'R53.1'])).toBe(true);
    const relinted = tabs.relint({ setting: 'inpatient' }, 1);
    expect(relinted.map((c) => c.field.fieldKey)).toEqual(['0:f1', '0:f2']);
    expect(engine.calls.slice(-2).map((c) => c.options)).toEqual([
      { setting: 'inpatient', codes: [{ code: 'R53.1', source: 'session' }] },
      { setting: 'inpatient', codes: [{ code: 'R53.1', source: 'session' }] },
    ]);
    // A field linted later (typed into, or added to the page) gets the code too.
    tabs.lintField(1, 0, message(2, 'edited', 'f2'), {});
    expect(codesOf(engine.calls.at(-1)?.options)).toEqual([{ code: 'R53.1', source: 'session' }]);
    expect(tabs.errorCount(1)).toBe(2);
  });

  it('puts the codes the page shows first, as page codes, and does not repeat a session code the page also shows', () => {
    const engine = fakeEngine();
    const tabs = new TabStates(engine.lint);
    tabs.setPageUrl(1, PAGE);
    tabs.setSessionCodes(1, ['R53.1', 'M62.81']);
    expect(tabs.setPageCodes(1, 0, ['M62.81', 'E87.6'])).toBe(true);
    expect(tabs.setPageCodes(1, 0, ['M62.81', 'E87.6'])).toBe(false);
    expect(tabs.encounterCodes(1)).toEqual([
      { code: 'M62.81', source: 'page' },
      { code: 'E87.6', source: 'page' },
      { code: 'R53.1', source: 'session' },
    ]);
    expect(tabs.setPageCodes(1, 0, [])).toBe(true);
    expect(tabs.encounterCodes(1).map((c) => c.source)).toEqual(['session', 'session']);
  });

  it('keeps each frame’s page codes apart and joins them for the tab', () => {
    const tabs = new TabStates(fakeEngine().lint);
    tabs.setPageCodes(1, 0, ['M62.81']);
    tabs.setPageCodes(1, 4, ['M62.81', 'G72.81']);
    tabs.setPageCodes(2, 0, ['R53.83']);
    expect(tabs.encounterCodes(1).map((c) => c.code)).toEqual(['M62.81', 'G72.81']);
    tabs.setPageCodes(1, 4, []);
    expect(tabs.encounterCodes(1).map((c) => c.code)).toEqual(['M62.81']);
  });

  it('refuses session codes before the page is known', () => {
    const tabs = new TabStates(fakeEngine().lint);
    expect(tabs.setSessionCodes(1, ['R53.1'])).toBe(false);
    expect(tabs.sessionCodes(1)).toEqual([]);
  });

  it('re-lints every field of every tab when settings change', () => {
    const tabs = new TabStates(fakeEngine().lint);
    tabs.lintField(1, 0, message(1), {});
    tabs.lintField(2, 0, message(1), {});
    expect(tabs.relint({ rules: { x: 'off' } }).map((c) => c.tabId)).toEqual([1, 2]);
  });

  it('forgets removed fields and closed tabs', () => {
    const tabs = new TabStates(fakeEngine().lint);
    tabs.lintField(1, 0, message(1), {});
    tabs.removeField(1, 0, 'f1');
    expect(tabs.fields(1)).toEqual([]);
    tabs.lintField(1, 0, message(1), {});
    tabs.removeTab(1);
    expect(tabs.fields(1)).toEqual([]);
    expect(tabs.errorCount(1)).toBe(0);
  });
});

describe('session codes follow the page, not the tab', () => {
  it.each([
    ['a reload of the same page', PAGE, ['R53.1']],
    ['the same page with another fragment', `${PAGE}#plan`, ['R53.1']],
    ['another encounter in the same tab', 'https://ehr.example.org/chart?encounter=89', []],
    ['another site in the same tab', 'https://other.example.org/chart?encounter=88', []],
  ])('after %s the codes are %j', (_name, nextUrl, expected) => {
    const tabs = new TabStates(fakeEngine().lint);
    tabs.setPageUrl(1, PAGE);
    tabs.setSessionCodes(1, ['R53.1']);
    tabs.leavePage(1);
    tabs.setPageUrl(1, nextUrl);
    expect(tabs.sessionCodes(1)).toEqual(expected);
  });

  it('does not show one tab’s codes in another tab on the same page', () => {
    const tabs = new TabStates(fakeEngine().lint);
    tabs.setPageUrl(1, PAGE);
    tabs.setPageUrl(2, PAGE);
    tabs.setSessionCodes(1, ['R53.1']);
    expect(tabs.sessionCodes(2)).toEqual([]);
  });

  it('says when a new page brings other codes, so the tab is re-linted', () => {
    const tabs = new TabStates(fakeEngine().lint);
    tabs.setPageUrl(1, PAGE);
    tabs.setSessionCodes(1, ['R53.1']);
    expect(tabs.setPageUrl(1, PAGE)).toBe(false);
    expect(tabs.setPageUrl(1, 'https://ehr.example.org/chart?encounter=89')).toBe(true);
    expect(tabs.setPageUrl(1, 'https://ehr.example.org/chart?encounter=90')).toBe(false);
  });

  it('ignores URLs that are not pages', () => {
    expect(pageUrlOf('about:blank')).toBeNull();
    expect(pageUrlOf('not a url')).toBeNull();
    expect(pageUrlOf('https://ehr.example.org/a#b')).toBe('https://ehr.example.org/a');
  });
});

describe('TabStates across a background restart', () => {
  it('saves session codes without the URL, and applies them when the page is linted again', () => {
    const before = new TabStates(fakeEngine().lint);
    before.setPageUrl(1, PAGE);
    before.setSessionCodes(1, ['R53.1']);
    const saved = before.sessionSnapshot();
    expect(Object.keys(saved)).toEqual([sessionKey(1, PAGE)]);
    // A URL can name a patient: the saved key holds only its hash.
    expect(JSON.stringify(saved)).not.toContain('encounter');
    expect(JSON.stringify(saved)).not.toContain('ehr.example.org');

    const engine = fakeEngine();
    const after = new TabStates(engine.lint);
    after.restoreSessionCodes(saved);
    after.setPageUrl(1, PAGE);
    after.lintField(1, 0, message(1), {});
    expect(codesOf(engine.calls.at(-1)?.options)).toEqual([{ code: 'R53.1', source: 'session' }]);
    after.setSessionCodes(1, []);
    expect(after.sessionSnapshot()).toEqual({});
  });

  it('forgets the session codes of a tab that closed, on every page it showed', () => {
    const tabs = new TabStates(fakeEngine().lint);
    tabs.setPageUrl(4, PAGE);
    tabs.setSessionCodes(4, ['M62.81']);
    tabs.leavePage(4);
    tabs.setPageUrl(4, 'https://ehr.example.org/other');
    tabs.setSessionCodes(4, ['R53.1']);
    tabs.setPageUrl(5, PAGE);
    tabs.setSessionCodes(5, ['R53.83']);
    tabs.removeTab(4);
    expect(Object.values(tabs.sessionSnapshot())).toEqual([['R53.83']]);
  });

  it('drops malformed saved entries', () => {
    const tabs = new TabStates(fakeEngine().lint);
    tabs.restoreSessionCodes({ [sessionKey(1, PAGE)]: 'R53.1' as unknown as string[], [sessionKey(2, PAGE)]: ['R53.1'] });
    expect(Object.keys(tabs.sessionSnapshot())).toEqual([sessionKey(2, PAGE)]);
  });

  it.each<[name: string, saved: unknown, kept: Record<string, string[]>]>([
    ['a list with a number in it', { a: ['R53.1', 7], b: ['M62.81'] }, { b: ['M62.81'] }],
    ['a list of lists', { a: [['R53.1']], b: [] }, { b: [] }],
    ['null for a page', { a: null, b: ['E87.6', 'R53.1'] }, { b: ['E87.6', 'R53.1'] }],
    ['a list where the record belongs', [['R53.1']], {}],
    ['a string', 'R53.1', {}],
    ['nothing saved', undefined, {}],
  ])('restores what is valid of %s', (_name, saved, kept) => {
    const tabs = new TabStates(fakeEngine().lint);
    tabs.restoreSessionCodes(saved);
    expect(tabs.sessionSnapshot()).toEqual(kept);
  });
});
