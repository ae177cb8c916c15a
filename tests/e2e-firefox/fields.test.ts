/**
 * The plain textarea and the contenteditable div in Firefox (firefox-esr with the Firefox build):
 * the diagnostics are painted on exactly their text (CSS highlights, or the textarea mirror over the
 * textarea), the field carries its counts, fixing the note clears the flag, and the field's text
 * after the typing session is exactly what was typed.
 *
 * The background's tab state is out of reach here (no extension pages under automation), so the
 * expected diagnostics come from the engine itself, run in Node on the same text with the same
 * default settings as the extension's background.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/index.ts';
import type { Diagnostic } from '../../src/engine/types.ts';
import { toLintOptions } from '../../src/settings/lint-options.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.ts';
import { startPageServer, type PageServer } from '../e2e/support/server.ts';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox.ts';
import { eventually, KEY, sleep, type Mark, type Tab } from './support/tab.ts';

/** A weakness note coded M62.81 with no graded strength exam. */
const WEAK_NOTE = [
  'Subjective: 68 year old man seen for follow up of weakness after a long hospital stay.',
  'He reports trouble rising from a low chair and climbing the stairs at home.',
  'Patient feels weak.',
  'Plan: home exercise program, recheck in four weeks.',
  'Assessment: M62.81',
];
/** The fix: a graded strength exam. */
const FIX_LINE = 'Exam: strength 4/5 in both hip flexors, 5/5 in the upper extremities.';
const MISSING_STRENGTH = 'objective-strength-required';
/** Longer than the content script's input debounce, so lints run during the typing session. */
const PAUSE_MS = 350;

interface FieldCase {
  name: string;
  path: string;
  selector: string;
  /** How note-lint paints this field: CSS highlights in the page, or its mirror over a textarea. */
  painting: 'highlights' | 'mirror';
  /** The field's text as the page reads it. */
  text(tab: Tab, selector: string): Promise<string>;
}

const FIELD_CASES: FieldCase[] = [
  {
    name: 'textarea',
    path: '/textarea.html',
    selector: '#note',
    painting: 'mirror',
    text: (tab, selector) => tab.evaluate((s) => (document.querySelector(s) as HTMLTextAreaElement).value, selector),
  },
  {
    name: 'contenteditable div',
    path: '/contenteditable.html',
    selector: '#note',
    painting: 'highlights',
    text: (tab, selector) => tab.evaluate((s) => (document.querySelector(s) as HTMLElement).innerText.replace(/\n$/, ''), selector),
  },
];

let server: PageServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  server = await startPageServer();
  firefox = await launchFirefoxWithExtension([server.origin]);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** What the background computes for this text with the default settings. */
function expectedDiagnostics(text: string): Diagnostic[] {
  return lint(text, toLintOptions(DEFAULT_SETTINGS)).diagnostics;
}

const SEVERITY_ORDER = ['error', 'warning', 'info'];

/**
 * What should be painted for `diagnostics`: each span once, in its most severe diagnostic's colour,
 * when that colour is shown by default (errors and warnings).
 */
function expectedMarks(text: string, diagnostics: Diagnostic[]): Mark[] {
  const bySpan = new Map<string, Diagnostic>();
  for (const d of diagnostics.filter((x) => x.end > x.start)) {
    const key = `${d.start}:${d.end}`;
    const known = bySpan.get(key);
    if (!known || SEVERITY_ORDER.indexOf(d.severity) < SEVERITY_ORDER.indexOf(known.severity)) bySpan.set(key, d);
  }
  return [...bySpan.values()]
    .filter((d) => d.severity !== 'info')
    .map((d) => ({ severity: d.severity, text: text.slice(d.start, d.end) }))
    .sort(byText);
}

function byText(a: Mark, b: Mark): number {
  return a.severity.localeCompare(b.severity) || a.text.localeCompare(b.text);
}

/** The `data-note-lint` value: error, warning and info counts. */
function counts(diagnostics: Diagnostic[]): string {
  const n = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
  return `${n('error')},${n('warning')},${n('info')}`;
}

async function readMarks(tab: Tab, painting: FieldCase['painting']): Promise<Mark[]> {
  const marks = painting === 'mirror' ? await tab.mirrorMarks() : await tab.highlightMarks();
  return marks.map(({ severity, text }) => ({ severity, text })).sort(byText);
}

const countsOf = (tab: Tab, selector: string) => tab.evaluate((s) => document.querySelector(s)!.getAttribute('data-note-lint'), selector);

describe.each(FIELD_CASES)('Firefox: $name', (field) => {
  it('highlights diagnostics on their text, clears the flag when fixed, leaves typed text intact', async () => {
    const tab = await firefox.openTab(`${server.origin}${field.path}`);
    await tab.click(field.selector);

    const keystrokes = await tab.typeLines(WEAK_NOTE, PAUSE_MS);
    const noteText = WEAK_NOTE.join('\n');
    const flagged = expectedDiagnostics(noteText);
    const missingStrength = flagged.find((d) => d.ruleId === MISSING_STRENGTH);
    expect(missingStrength?.severity).toBe('error');

    const want = expectedMarks(noteText, flagged);
    expect(want).toContainEqual({ severity: 'error', text: noteText.slice(missingStrength!.start, missingStrength!.end) });
    expect(await eventually(() => countsOf(tab, field.selector), (value) => value === counts(flagged))).toBe(counts(flagged));
    expect(await eventually(() => readMarks(tab, field.painting), (marks) => JSON.stringify(marks) === JSON.stringify(want))).toEqual(want);

    if (field.painting === 'highlights') {
      // The marks are visible only where ::highlight() rules apply: in the tree holding the text.
      const styled = await tab.evaluate((s) => {
        const root = document.querySelector(s)!.getRootNode() as Document | ShadowRoot;
        return root.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(note-lint-error)')));
      }, field.selector);
      expect(styled).toBe(true);
    } else {
      // The mirror lies over the textarea: every mark is drawn inside the textarea's box.
      const [area] = await tab.evaluate((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return [{ left: r.left, top: r.top, right: r.right, bottom: r.bottom }];
      }, field.selector);
      const boxes = await tab.boxesOf(await tab.mirrorMarks());
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.right - box.left).toBeGreaterThan(0);
        expect(box.left).toBeGreaterThanOrEqual(area!.left);
        expect(box.right).toBeLessThanOrEqual(area!.right);
        expect(box.top).toBeGreaterThanOrEqual(area!.top);
        expect(box.bottom).toBeLessThanOrEqual(area!.bottom);
      }
    }

    await tab.chord(KEY.Control, KEY.End);
    const fixKeystrokes = await tab.typeLines(['', FIX_LINE], PAUSE_MS);
    const fixedText = `${noteText}\n${FIX_LINE}`;
    const fixed = expectedDiagnostics(fixedText);
    expect(fixed.map((d) => d.ruleId)).not.toContain(MISSING_STRENGTH);
    const wantFixed = expectedMarks(fixedText, fixed);
    expect(await eventually(() => countsOf(tab, field.selector), (value) => value === counts(fixed))).toBe(counts(fixed));
    expect(await eventually(() => readMarks(tab, field.painting), (marks) => JSON.stringify(marks) === JSON.stringify(wantFixed))).toEqual(wantFixed);

    expect(keystrokes + fixKeystrokes).toBeGreaterThan(300);
    expect(await field.text(tab, field.selector)).toBe(fixedText);
    await tab.close();
  });

  it('stays inert on an origin the policy does not enable', async () => {
    const tab = await firefox.openTab(`${server.otherOrigin}${field.path}`);
    await tab.click(field.selector);
    await tab.typeLines(WEAK_NOTE, 0);
    // Several debounce periods: an enabled site would have been linted by now.
    await sleep(4 * PAUSE_MS);
    expect(await countsOf(tab, field.selector)).toBeNull();
    expect(await tab.highlightMarks()).toEqual([]);
    expect(await tab.evaluate(() => document.querySelector('note-lint-ui') !== null)).toBe(false);
    expect(await field.text(tab, field.selector)).toBe(WEAK_NOTE.join('\n'));
    await tab.close();
  });
});
