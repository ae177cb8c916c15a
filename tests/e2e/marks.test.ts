/**
 * One mark per span and its card: "Patient feels weak." with M62.81 and R53.1 carries an error and
 * several warnings on the same words; the page paints them once, the card lists them all grouped by
 * code with a one-line fix and the rule's page, and the keyboard reaches it. What the page marks
 * follows `pageDisplay`; the evidence view marks what note-lint recognised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { FieldState, TabState } from '../../src/messaging/protocol.ts';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.ts';
import { closedShadowText, highlightMarks, mirrorMarks } from './support/inspect.ts';
import { startPageServer, type PageServer } from './support/server.ts';
import { eventually, openEnabled, patchSettings, waitForField } from './support/session.ts';

const WEAK = 'Patient feels weak.\nPlan: follow up.';
const FINDINGS = 'Strength 4/5 proximal legs. CK 1,200 U/L (Ref: 30-200). PT referral placed.';

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

/** Opens the contenteditable page, types the note and adds the codes as a user would in the popup. */
async function weakNote(kind: 'contenteditable' | 'textarea'): Promise<{ page: Page; field: FieldState }> {
  const page = await openEnabled(browser, `${server.origin}/${kind}.html`);
  await typeInto(page, '#note', WEAK);
  await waitForField(browser, page, kind, (f) => f.textLength === WEAK.length);
  const tabId = await browser.tabIdOf(page);
  await browser.send<TabState>({ type: 'add-code', tabId, code: 'M62.81' });
  await browser.send<TabState>({ type: 'add-code', tabId, code: 'R53.1' });
  const field = await waitForField(browser, page, kind, (f) => f.result.diagnostics.some((d) => d.ruleId === 'excludes1-conflict'));
  return { page, field };
}

/** Distinct painted spans by severity name, from the page's CSS highlights. */
async function paintedSpans(frame: Frame): Promise<Array<{ severity: string; text: string }>> {
  return highlightMarks(frame);
}

async function viewportBoxOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    for (const name of ['note-lint-error', 'note-lint-warning', 'note-lint-info', 'note-lint-evidence']) {
      for (const range of (CSS.highlights.get(name) ?? []) as Iterable<Range>) {
        if (range.toString() === wanted) {
          const rect = range.getClientRects()[0]!;
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
    }
    throw new Error(`no mark on ${wanted}`);
  }, text);
}

describe('one mark per span', () => {
  it('paints each span once, in its most severe colour, and its card lists everything there grouped by code', async () => {
    const { page, field } = await weakNote('contenteditable');
    const onSpan = field.result.diagnostics.filter((d) => d.start === 8 && d.end === 18);
    expect(onSpan.length, 'the note has several diagnostics on "feels weak"').toBeGreaterThan(2);
    expect(onSpan.some((d) => d.severity === 'error')).toBe(true);

    const painted = await eventually(page, () => paintedSpans(page.mainFrame()), (marks) => marks.some((m) => m.text === 'feels weak'));
    expect(painted.filter((m) => m.text === 'feels weak')).toEqual([{ severity: 'error', text: 'feels weak' }]);
    const distinct = new Set(painted.map((m) => m.text));
    expect(distinct.size, 'no span painted twice').toBe(painted.length);

    const box = await viewportBoxOf(page, 'feels weak');
    await page.mouse.move(box.x, box.y);
    const card = await eventually(page, () => closedShadowText(page, 'card'), (text) => text.length > 0);
    for (const d of onSpan) expect(card).toContain(d.message);
    for (const code of new Set(onSpan.map((d) => d.code).filter((c) => c !== null))) expect(card).toContain(code!);
    expect(card).toContain('Fix: ');
    for (const d of onSpan) expect(card).toContain(`Rule page: ${d.ruleId}`);

    // The pointer travels from the mark onto the card (to follow a link): the card stays.
    await page.mouse.move(box.x + 20, box.y + 30, { steps: 4 });
    await page.waitForTimeout(100);
    expect(await closedShadowText(page, 'card')).toBe(card);
    await page.close();
  });

  it('paints one mirror mark per run in a textarea, in the most severe colour', async () => {
    const { page } = await weakNote('textarea');
    const marks = await eventually(page, () => mirrorMarks(page), (m) => m.some((x) => x.text === 'feels weak'));
    expect(marks.filter((m) => m.text === 'feels weak')).toEqual([{ severity: 'error', text: 'feels weak' }]);
    expect(await page.inputValue('#note')).toBe(WEAK);
    await page.close();
  });
});

describe('the card from the keyboard', () => {
  it('opens with Alt+Shift+L at the caret, reaches its links with Tab, closes with Escape and gives the caret back', async () => {
    const { page, field } = await weakNote('contenteditable');
    await eventually(page, () => paintedSpans(page.mainFrame()), (marks) => marks.some((m) => m.text === 'feels weak'));
    // Caret inside "weak", by keyboard.
    await page.click('#note');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
    const caret = () => page.evaluate(() => [getSelection()!.focusNode?.textContent, getSelection()!.focusOffset]);
    const before = await caret();

    await page.keyboard.press('Alt+Shift+L');
    const card = await eventually(page, () => closedShadowText(page, 'card'), (text) => text.length > 0);
    expect(card).toContain(field.result.diagnostics.find((d) => d.ruleId === 'excludes1-conflict')!.message);
    expect(card).toContain('Esc: close');
    // Focus is in note-lint's card (the page sees only the closed host).
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('NOTE-LINT-UI');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('NOTE-LINT-UI');
    // The first rule page, from the keyboard: the extension's own page opens in a new tab.
    const firstRule = field.result.diagnostics.filter((d) => d.start === 8 && d.end === 18).sort((a, b) => ['error', 'warning', 'info'].indexOf(a.severity) - ['error', 'warning', 'info'].indexOf(b.severity))[0]!;
    const opened = browser.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const rulePage = await opened;
    await rulePage.waitForLoadState('load');
    expect(rulePage.url()).toBe(`chrome-extension://${browser.extensionId}/rules/${firstRule.ruleId}.html`);
    await rulePage.close();
    await page.bringToFront();
    await page.keyboard.press('Shift+Tab');

    await page.keyboard.press('Escape');
    await eventually(page, () => closedShadowText(page, 'card'), (text) => text === '');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
    expect(await caret()).toEqual(before);
    expect(await page.evaluate(() => document.querySelector('#note')!.textContent)).toBe(WEAK.replace('\n', ''));
    await page.close();
  });

  it('does nothing, and lets the key through, with the caret outside every mark', async () => {
    const { page } = await weakNote('contenteditable');
    await page.click('#note');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+L');
    await page.waitForTimeout(300);
    expect(await closedShadowText(page, 'card')).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
    await page.close();
  });
});

describe('what the page shows', () => {
  it('follows pageDisplay: errors only, errors and warnings, everything; the popup keeps everything', async () => {
    const { page, field } = await weakNote('contenteditable');
    // Each span's colour is its most severe diagnostic's; which colours a display may show:
    const order = ['error', 'warning', 'info'];
    const tops = new Map<string, string>();
    for (const d of field.result.diagnostics.filter((x) => x.end > x.start)) {
      const key = `${d.start}:${d.end}`;
      const known = tops.get(key);
      if (!known || order.indexOf(d.severity) < order.indexOf(known)) tops.set(key, d.severity);
    }
    const expected = (allowed: string[]) => [...new Set([...tops.values()].filter((s) => allowed.includes(s)))].sort();
    const painted = async () => (await paintedSpans(page.mainFrame())).map((m) => m.severity).sort();
    const expectedCount = (allowed: string[]) => [...tops.values()].filter((s) => allowed.includes(s)).length;
    try {
      for (const [display, allowed] of [
        ['errors', ['error']],
        ['all', ['error', 'warning', 'info']],
        ['errors-and-warnings', ['error', 'warning']],
      ] as const) {
        await patchSettings(browser, { pageDisplay: display });
        const now = await eventually(page, painted, (p) => p.length === expectedCount([...allowed]));
        expect([...new Set(now)].sort(), display).toEqual(expected([...allowed]));
        const state = await browser.send<TabState>({ type: 'get-tab-state', tabId: await browser.tabIdOf(page) });
        expect(state.display.pageDisplay).toBe(display);
        expect(state.fields[0]!.result.diagnostics.length, 'the popup keeps everything').toBe(field.result.diagnostics.length);
      }
    } finally {
      await patchSettings(browser, { pageDisplay: 'errors-and-warnings' });
    }
    await page.close();
  });
});

describe('the evidence view', () => {
  it('is off by default; when on, marks recognised findings subtly and names them in the card', async () => {
    const page = await openEnabled(browser, `${server.origin}/contenteditable.html`);
    await typeInto(page, '#note', FINDINGS);
    await waitForField(browser, page, 'contenteditable', (f) => f.textLength === FINDINGS.length);
    const evidence = () => page.evaluate(() => [...((CSS.highlights.get('note-lint-evidence') ?? []) as Iterable<Range>)].map((r) => r.toString()));
    await page.waitForTimeout(500);
    expect(await evidence()).toEqual([]);
    try {
      await patchSettings(browser, { evidenceView: true });
      const marked = await eventually(page, evidence, (v) => v.length >= 3);
      expect(marked).toEqual(expect.arrayContaining(['4/5', 'CK 1,200 U/L (Ref: 30-200)', 'PT referral']));
      const box = await viewportBoxOf(page, '4/5');
      await page.mouse.move(box.x, box.y);
      expect(await eventually(page, () => closedShadowText(page, 'found'), (t) => t.length > 0)).toContain('strength grade');
    } finally {
      await patchSettings(browser, { evidenceView: false });
    }
    await eventually(page, evidence, (v) => v.length === 0);
    await page.close();
  });

  it('marks findings in a textarea through the mirror, never touching its value', async () => {
    const page = await openEnabled(browser, `${server.origin}/textarea.html`);
    await typeInto(page, '#note', FINDINGS);
    await waitForField(browser, page, 'textarea', (f) => f.textLength === FINDINGS.length);
    try {
      await patchSettings(browser, { evidenceView: true });
      const found = await eventually(page, () => closedShadowText(page, 'mark-evidence'), (t) => t.includes('PT referral'));
      expect(found).toContain('4/5');
      expect(await page.inputValue('#note')).toBe(FINDINGS);
    } finally {
      await patchSettings(browser, { evidenceView: false });
    }
    await page.close();
  });
});
