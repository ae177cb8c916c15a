/**
 * Every kind of note field, in real Chromium with the built extension: the diagnostics the
 * background reports are highlighted on exactly their text (CSS highlights or the textarea mirror),
 * the field carries its counts, fixing the note clears the flag, and the editor's text after the
 * whole typing session is exactly what was typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/types.ts';
import { launchWithExtension, type ExtensionBrowser } from './support/browser.ts';
import { EDITOR_CASES, typeLines } from './support/editors.ts';
import { highlightMarks, mirrorMarks } from './support/inspect.ts';
import { byText, expectedMarks } from './support/expected-marks.ts';
import { startPageServer, type PageServer } from './support/server.ts';
import { eventually, openEnabled, waitForField } from './support/session.ts';

/** A weakness note coded M62.81 with no graded strength exam. */
const WEAK_NOTE = [
  'Chief complaint: feels weak and tired for about two weeks.',
  'HPI: 71 year old woman, tires easily walking to the mailbox.',
  'Patient feels weak.',
  'Assessment: muscle weakness, generalized.',
  'Plan: follow up in 2 weeks. Dx M62.81',
];
/** The fix: a graded strength exam. */
const FIX_LINE = 'Exam: strength 4/5 in bilateral hip flexors and deltoids, gait slow and wide based.';
const MISSING_STRENGTH = 'objective-strength-required';

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

function counts(diagnostics: Diagnostic[]): string {
  const n = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  return `${n('error')},${n('warning')},${n('info')}`;
}

describe.each(EDITOR_CASES)('$name', (editor) => {
  it('highlights diagnostics on their text, clears the flag when fixed, leaves typed text intact', async () => {
    const page = await openEnabled(browser, `${server.origin}${editor.path}`);
    await editor.ready?.(page);
    const frame = await editor.frame(page);
    await frame.click(editor.selector);

    const keystrokes = await typeLines(page, WEAK_NOTE, 350);
    const noteText = WEAK_NOTE.join('\n');
    const flagged = await waitForField(browser, page, editor.kind, (f) => f.result.length === noteText.length);
    expect(flagged.result.diagnostics.map((d) => [d.ruleId, d.severity])).toContainEqual([MISSING_STRENGTH, 'error']);

    const readMarks = async () =>
      (editor.kind === 'textarea' ? await mirrorMarks(page) : (await highlightMarks(frame))).sort(byText);
    const want = expectedMarks(noteText, flagged.result.diagnostics);
    expect(await eventually(page, readMarks, (marks) => JSON.stringify(marks) === JSON.stringify(want))).toEqual(want);
    expect(await frame.getAttribute(editor.selector, 'data-note-lint')).toBe(counts(flagged.result.diagnostics));
    if (editor.kind !== 'textarea') {
      // The marks are visible only where ::highlight() rules apply: in the tree holding the text.
      const styled = await frame.$eval(editor.selector, (element) => {
        const root = element.getRootNode() as Document | ShadowRoot;
        return root.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(note-lint-error)')));
      });
      expect(styled).toBe(true);
    }

    await page.keyboard.press('Control+End');
    await typeLines(page, ['', FIX_LINE], 350);
    const fixedText = `${noteText}\n${FIX_LINE}`;
    const fixed = await waitForField(browser, page, editor.kind, (f) => f.result.length === fixedText.length);
    expect(fixed.result.diagnostics.map((d) => d.ruleId)).not.toContain(MISSING_STRENGTH);
    const wantFixed = expectedMarks(fixedText, fixed.result.diagnostics);
    expect(await eventually(page, readMarks, (marks) => JSON.stringify(marks) === JSON.stringify(wantFixed))).toEqual(wantFixed);
    expect(await frame.getAttribute(editor.selector, 'data-note-lint')).toBe(counts(fixed.result.diagnostics));

    expect(keystrokes + 1 + FIX_LINE.length).toBeGreaterThan(300);
    expect(await editor.text(page)).toBe(fixedText);
    await page.close();
  });
});
