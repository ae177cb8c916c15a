/**
 * How the content script behaves on a page beyond typing: inert until the site is enabled, read-only
 * notes and selections on request, codes added in the popup, "show in note", hover cards, fields
 * that appear later and an iframe editor that is removed and re-added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { FieldState, OkReply, TabState } from '../../src/messaging/protocol.ts';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.ts';
import { closedShadowText, highlightMarks, highlightNames, mirrorMarkBoxes, mirrorMarks } from './support/inspect.ts';
import { expectedMarks } from './support/expected-marks.ts';
import { startPageServer, type PageServer } from './support/server.ts';
import { eventually, openEnabled, waitForField } from './support/session.ts';

const WEAK = 'Patient feels weak.\nAssessment: generalized weakness.\nDx: M62.81';

let server: PageServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text);
}

const hasRule = (ruleId: string) => (field: FieldState) => field.result.diagnostics.some((d) => d.ruleId === ruleId);

describe('a site that is not enabled', () => {
  it('reads no text, paints nothing and reports no fields, until enabled; disabling cleans up', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.otherOrigin}/contenteditable.html`);
    await typeInto(page, '#note', WEAK);
    await page.waitForTimeout(1000);
    const tabId = await browser.tabIdOf(page);
    const state = await browser.send<TabState>({ type: 'get-tab-state', tabId });
    expect(state).toMatchObject({ origin: server.otherOrigin, siteEnabled: false, contentScriptPresent: true, fields: [] });
    expect(await page.getAttribute('#note', 'data-note-lint')).toBeNull();
    expect(await highlightNames(page.mainFrame())).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('note-lint-ui'))).toBeNull();
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);

    await browser.send({ type: 'enable-site', origin: server.otherOrigin });
    await waitForField(browser, page, 'contenteditable', hasRule('objective-strength-required'));
    expect(await highlightNames(page.mainFrame())).toContain('note-lint-error');

    await browser.send({ type: 'disable-site', origin: server.otherOrigin });
    await eventually(page, () => page.getAttribute('#note', 'data-note-lint'), (v) => v === null);
    expect(await highlightNames(page.mainFrame())).toEqual([]);
    await page.close();
  });
});

describe('read-only notes', () => {
  it('lints the rendered note on request ("Lint this note") and paints it', async () => {
    const page = await openEnabled(browser, `${server.origin}/readonly.html`);
    const tabId = await browser.tabIdOf(page);
    expect((await browser.send<TabState>({ type: 'get-tab-state', tabId })).fields).toEqual([]);
    const state = await browser.send<TabState>({ type: 'lint-readonly', tabId });
    const field = state.fields.find((f) => f.kind === 'readonly');
    expect(field?.result.diagnostics.map((d) => d.ruleId)).toContain('objective-strength-required');
    const noteText = await page.evaluate(() => (document.querySelector('#note') as HTMLElement).innerText);
    const marks = await highlightMarks(page.mainFrame());
    // One mark per span shown (errors and warnings by default), the result's own field text.
    expect(marks).toHaveLength(expectedMarks(field!.text, field!.result.diagnostics).length);
    for (const mark of marks) expect(noteText).toContain(mark.text);
    expect(await page.getAttribute('#note', 'data-note-lint')).toMatch(/^[1-9]\d*,\d+,\d+$/);
    await page.close();
  });

  it('lints only the selection when there is one', async () => {
    const page = await openEnabled(browser, `${server.origin}/readonly.html`);
    const tabId = await browser.tabIdOf(page);
    await page.evaluate(() => {
      const text = document.querySelector('#note-text')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 'Chief complaint: weakness.\nPatient feels weak.'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const state = await browser.send<TabState>({ type: 'lint-readonly', tabId });
    const field = state.fields.find((f) => f.kind === 'selection');
    expect(field?.textLength).toBe('Chief complaint: weakness.\nPatient feels weak.'.length);
    expect(await page.evaluate(() => getSelection()!.toString())).toBe('Chief complaint: weakness.\nPatient feels weak.');
    await page.close();
  });
});

describe('the context menu on a selection', () => {
  it('lints the selection only, and nothing when nothing is selected', async () => {
    const page = await openEnabled(browser, `${server.origin}/readonly.html`);
    const tabId = await browser.tabIdOf(page);
    // What the background sends when "Lint selected note text" is clicked.
    const lintSelection = () =>
      browser.worker.evaluate(
        (id) => (globalThis as unknown as { chrome: any }).chrome.tabs.sendMessage(id, { type: 'lint-selection' }, { frameId: 0 }),
        tabId,
      ) as Promise<{ status: string }>;
    expect(await lintSelection()).toMatchObject({ status: 'nothing-found' });
    await page.evaluate(() => {
      const text = document.querySelector('#note-text')!.firstChild!;
      getSelection()!.setBaseAndExtent(text, 0, text, 'Chief complaint: weakness.'.length);
    });
    expect(await lintSelection()).toMatchObject({ status: 'linted' });
    const state = await browser.send<TabState>({ type: 'get-tab-state', tabId });
    expect(state.fields.map((f) => [f.kind, f.text])).toEqual([['selection', 'Chief complaint: weakness.']]);
    await page.close();
  });
});

describe('codes added in the popup', () => {
  it('re-lints the field with the added code and repaints; removing the code undoes it', async () => {
    const page = await openEnabled(browser, `${server.origin}/contenteditable.html`);
    await typeInto(page, '#note', WEAK);
    const field = await waitForField(browser, page, 'contenteditable', (f) => f.result.length === WEAK.length);
    expect(field.result.diagnostics.map((d) => d.ruleId)).not.toContain('excludes1-conflict');
    const tabId = await browser.tabIdOf(page);
    const added = await browser.send<TabState>({ type: 'add-code', tabId, code: 'r531' });
    const withCode = added.fields.find((f) => f.fieldKey === field.fieldKey)!;
    expect(added.codes).toEqual([{ code: 'R53.1', source: 'session' }]);
    expect(withCode.result.codes).toContainEqual(expect.objectContaining({ code: 'R53.1', source: 'session' }));
    expect(withCode.result.diagnostics.map((d) => d.ruleId)).toContain('excludes1-conflict');
    const errors = withCode.result.diagnostics.filter((d) => d.severity === 'error').length;
    await eventually(page, () => page.getAttribute('#note', 'data-note-lint'), (v) => v?.startsWith(`${errors},`) ?? false);
    const badge = () =>
      browser.worker.evaluate((id) => (globalThis as unknown as { chrome: any }).chrome.action.getBadgeText({ tabId: id }), tabId) as Promise<string>;
    expect(await badge()).toBe(String(errors));

    const removed = await browser.send<TabState>({ type: 'remove-code', tabId, code: 'R53.1' });
    const without = removed.fields.find((f) => f.fieldKey === field.fieldKey)!;
    expect(without.result.diagnostics.map((d) => d.ruleId)).not.toContain('excludes1-conflict');
    expect(await badge()).toBe(String(without.result.diagnostics.filter((d) => d.severity === 'error').length));
    await page.close();
  });
});

describe('the service worker stopped when idle (Manifest V3)', () => {
  it('rebuilds the tab state from the page and keeps the codes the user added', async () => {
    const page = await openEnabled(browser, `${server.origin}/contenteditable.html`);
    await typeInto(page, '#note', WEAK);
    const field = await waitForField(browser, page, 'contenteditable', (f) => f.result.length === WEAK.length);
    const tabId = await browser.tabIdOf(page);
    await browser.send<TabState>({ type: 'add-code', tabId, code: 'R53.1' });
    const worker = await browser.currentWorker();
    await worker.evaluate(() => {
      (globalThis as unknown as { beforeStop: boolean }).beforeStop = true;
    });

    await browser.stopWorker();
    const state = await browser.send<TabState>({ type: 'get-tab-state', tabId });
    const fresh = await browser.currentWorker();
    expect(await fresh.evaluate(() => (globalThis as unknown as { beforeStop?: boolean }).beforeStop ?? false)).toBe(false);
    const restored = state.fields.find((f) => f.fieldKey === field.fieldKey);
    expect(restored?.result.codes).toContainEqual(expect.objectContaining({ code: 'R53.1', source: 'session' }));
    expect(restored?.result.diagnostics.map((d) => d.ruleId)).toContain('excludes1-conflict');
    await page.close();
  });
});

describe('show in note and hover', () => {
  it('flashes the evidence in a contenteditable without moving the caret, and shows a text-only card on hover', async () => {
    const page = await openEnabled(browser, `${server.origin}/contenteditable.html`);
    await typeInto(page, '#note', WEAK);
    const field = await waitForField(browser, page, 'contenteditable', hasRule('objective-strength-required'));
    const caretBefore = await page.evaluate(() => [getSelection()!.focusNode?.textContent, getSelection()!.focusOffset]);
    const tabId = await browser.tabIdOf(page);
    const reply = await browser.send<OkReply>({ type: 'reveal', tabId, fieldKey: field.fieldKey, start: 0, end: 7 });
    expect(reply.ok).toBe(true);
    const flashed = await eventually(
      page,
      () => page.evaluate(() => [...(CSS.highlights.get('note-lint-flash') ?? [])].map((r) => (r as Range).toString())),
      (v) => v.length > 0,
    );
    expect(flashed).toEqual(['Patient']);
    expect(await page.evaluate(() => [getSelection()!.focusNode?.textContent, getSelection()!.focusOffset])).toEqual(caretBefore);

    const diagnostic = field.result.diagnostics.find((d) => d.end > d.start && d.severity === 'error')!;
    const box = await page.evaluate((length) => {
      const all = [...(CSS.highlights.get('note-lint-error') ?? [])] as Range[];
      const range = all.find((r) => r.toString().length === length)!;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, diagnostic.end - diagnostic.start);
    await page.mouse.move(box.x, box.y);
    const card = await eventually(page, () => closedShadowText(page, 'card'), (text) => text.length > 0);
    expect(card).toContain(diagnostic.ruleId);
    await page.close();
  });

  it('flashes the evidence in a textarea through the mirror', async () => {
    const page = await openEnabled(browser, `${server.origin}/textarea.html`);
    await typeInto(page, '#note', WEAK);
    const field = await waitForField(browser, page, 'textarea', hasRule('objective-strength-required'));
    const tabId = await browser.tabIdOf(page);
    await browser.send({ type: 'reveal', tabId, fieldKey: field.fieldKey, start: 0, end: 7 });
    expect(await eventually(page, () => closedShadowText(page, 'mark-flash'), (t) => t.length > 0)).toBe('Patient');
    expect(await page.inputValue('#note')).toBe(WEAK);

    const diagnostic = field.result.diagnostics.find((d) => d.end > d.start && d.severity === 'error')!;
    const mark = await eventually(
      page,
      async () => (await mirrorMarkBoxes(page)).find((b) => b.text === WEAK.slice(diagnostic.start, diagnostic.end)),
      (b) => b !== undefined,
    );
    await page.mouse.move(mark!.x + mark!.width / 2, mark!.y + mark!.height / 2);
    const card = await eventually(page, () => closedShadowText(page, 'card'), (text) => text.length > 0);
    expect(card).toContain(diagnostic.ruleId);
    await page.close();
  });
});

describe('single-page apps', () => {
  it('finds fields added later, and follows an iframe editor that is removed and re-added', async () => {
    const page = await openEnabled(browser, `${server.origin}/dynamic.html`);
    await page.evaluate(() => (window as unknown as { addNoteField(): void }).addNoteField());
    await typeInto(page, '#late', WEAK);
    await waitForField(browser, page, 'textarea', hasRule('objective-strength-required'));

    await page.evaluate(() => (window as unknown as { addFrame(): Promise<void> }).addFrame());
    const frame = page.frames().find((f) => f.url().endsWith('/frame-editor.html'))!;
    await frame.click('#note');
    await page.keyboard.type(WEAK);
    const first = await waitForField(browser, page, 'contenteditable', hasRule('objective-strength-required'));

    await page.evaluate(() => (window as unknown as { removeFrame(): void }).removeFrame());
    const tabId = await browser.tabIdOf(page);
    await eventually(
      page,
      () => browser.send<TabState>({ type: 'get-tab-state', tabId }),
      (s) => !s.fields.some((f) => f.fieldKey === first.fieldKey),
    );

    await page.evaluate(() => (window as unknown as { addFrame(): Promise<void> }).addFrame());
    const again = page.frames().find((f) => f.url().endsWith('/frame-editor.html'))!;
    await again.click('#note');
    await page.keyboard.type(WEAK);
    const second = await waitForField(browser, page, 'contenteditable', hasRule('objective-strength-required'));
    expect(second.fieldKey).not.toBe(first.fieldKey);
    const marks = await eventually(page, () => highlightMarks(again), (m) => m.length > 0);
    for (const mark of marks) expect(WEAK).toContain(mark.text);
    await eventually(page, () => mirrorMarks(page), (m) => m.length > 0);
    await page.close();
  });
});

describe('textarea marks follow the textarea', () => {
  it('sit on their text, and follow scrolling of the textarea and the page and resizing', async () => {
    const page = await openEnabled(browser, `${server.origin}/textarea.html`);
    await page.evaluate(() => {
      document.body.style.height = '3000px';
      (document.querySelector('#note') as HTMLTextAreaElement).style.height = '120px';
    });
    const filler = Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of the interval history.`).join('\n');
    await typeInto(page, '#note', `${filler}\n${WEAK}`);
    await waitForField(browser, page, 'textarea', hasRule('objective-strength-required'));

    const markOnCode = async () => (await mirrorMarkBoxes(page)).find((b) => b.text === 'M62.81');
    const textareaBox = async () => (await page.locator('#note').boundingBox())!;
    const settle = () => page.waitForTimeout(150);

    await page.evaluate(() => {
      const textarea = document.querySelector('#note') as HTMLTextAreaElement;
      textarea.scrollTop = textarea.scrollHeight;
    });
    await settle();
    const bottom = await markOnCode();
    const box = await textareaBox();
    expect(bottom).toBeDefined();
    expect(bottom!.y).toBeGreaterThanOrEqual(box.y);
    expect(bottom!.y + bottom!.height).toBeLessThanOrEqual(box.y + box.height);

    await page.evaluate(() => {
      (document.querySelector('#note') as HTMLTextAreaElement).scrollTop -= 40;
    });
    await settle();
    expect(Math.abs((await markOnCode())!.y - (bottom!.y + 40))).toBeLessThanOrEqual(1);

    await page.mouse.move(1000, 700); // off the textarea, so the wheel scrolls the page
    await page.mouse.wheel(0, 200);
    await settle();
    const scrolledBox = await textareaBox();
    expect(scrolledBox.y).toBeLessThan(box.y - 100);
    expect(Math.abs((await markOnCode())!.y - scrolledBox.y - (bottom!.y + 40 - box.y))).toBeLessThanOrEqual(1);

    await page.evaluate(() => {
      (document.querySelector('#note') as HTMLTextAreaElement).style.marginLeft = '120px';
    });
    const movedBox = await textareaBox();
    expect(movedBox.x).toBeGreaterThan(box.x + 100);
    // A reflow announces itself with no event: the mirror catches up within its reflow check.
    await eventually(page, markOnCode, (mark) => Math.abs(mark!.x - movedBox.x - (bottom!.x - box.x)) <= 1, 2000);
    await page.close();
  });
});
