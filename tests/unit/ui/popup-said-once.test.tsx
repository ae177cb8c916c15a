// @vitest-environment happy-dom
/**
 * The popup on real engine results for messy, demo-like notes: nothing is said twice (each quote
 * and each "what to write" hint once), internal references never reach the user, and the codes with
 * their status come before any detail.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { toFieldResult, type TabState } from '../../../src/messaging/protocol.ts';
import { PopupApp } from '../../../src/ui/popup/PopupApp.tsx';
import type { PopupClient } from '../../../src/ui/popup/popup-client.ts';
import { field, tabState } from './fixtures.ts';
import { mount, type Mounted } from './render.ts';

const NOTES = [
  {
    name: 'clinic note coding both weakness codes on a complaint only',
    codes: [],
    text: [
      'CLINIC NOTE',
      'Chief complaint: Feeling weak and tired.',
      '',
      'HPI: 77 yo woman, feels weak for about a month and gets tired walking the dog. no falls. Sleeping ok.',
      'Exam: NAD. RRR. Lungs clear.',
      '',
      'Assessment and plan:',
      '1. Muscle weakness, generalized - M62.81',
      '2. Weakness - R53.1',
      'RTC 4 wks',
    ].join('\n'),
  },
  {
    name: 'progress note with abbreviations, labs and a code added by the user',
    codes: ['E87.6'],
    text: [
      'PROGRESS NOTE -- Family Medicine',
      'cc: weak + tired x 3 wks',
      '',
      'S: 68yo M c/o feeling weak all over, "tired all the time". Gets tired on the stairs at home. Denies fever/chills.',
      'ROS: neg for CP, SOB',
      '',
      'O: BP 132/80. A&O x3. Gait slow, uses cane. Strength 4/5 hip flexors bilat, 5/5 distal.',
      'Labs: K 3.1 (L)   TSH 8.9 (H)',
      '',
      'A/P:',
      '1) generalized weakness - M62.81',
      '2) weakness R53.1',
      '- PT eval',
    ].join('\r\n'),
  },
  {
    name: 'follow-up with three symptom codes that exclude each other',
    codes: ['E87.6'],
    text:
      'Internal Medicine f/u\nChief complaint: feels weak, tired.\nHPI: 81 y/o F, weak since her fall in October; tired most afternoons. No focal deficits.\n' +
      'Assessment: Generalized weakness (R53.1), Age-related debility R54, fatigue R53.83\nPlan: return 2 wks\n',
  },
];

let mounted: Mounted | undefined;
beforeEach(() => {
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', { runtime: { getURL: (path: string) => `chrome-extension://popup-test/${path}` } });
});
afterEach(() => {
  mounted?.unmount();
  vi.unstubAllGlobals();
});

async function openOn(text: string, codes: string[]): Promise<HTMLElement> {
  const result = lint(text, { codes: sessionCodes(codes) });
  const state: TabState = tabState({
    codes: sessionCodes(codes),
    fields: [field({ text, textLength: text.length, result: toFieldResult(result) })],
  });
  const client: PopupClient = {
    getTabState: vi.fn(async () => state),
    addCode: vi.fn(async () => state),
    removeCode: vi.fn(async () => state),
    reveal: vi.fn(async () => ({ ok: true })),
    lintReadonly: vi.fn(async () => state),
    enableSite: vi.fn(async () => ({ ok: true })),
    disableSite: vi.fn(async () => ({ ok: true })),
    setEvidenceView: vi.fn(async () => undefined),
    tabOrigin: vi.fn(async () => null),
    copyText: vi.fn(async () => undefined),
    openOptions: vi.fn(async () => undefined),
  };
  mounted = await mount(<PopupApp client={client} refreshMs={60_000} />);
  return mounted.container;
}

/** Codes the user added in the popup for this page: the encounter's session codes. */
function sessionCodes(codes: string[]) {
  return codes.map((code) => ({ code, source: 'session' as const }));
}

/** The popup's words outside the folded query drafts (a draft quotes the note by design: it is sent on). */
function shownText(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelector('.queries')?.remove();
  return copy.textContent ?? '';
}

function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe.each(NOTES)('popup on a $name', ({ text, codes }) => {
  it('says each quote and each hint once', async () => {
    const root = await openOn(text, codes);
    const result = lint(text, { codes: sessionCodes(codes) });
    const quotes = [...root.querySelectorAll('.quote')].map((q) => q.textContent!.toLowerCase());
    expect(new Set(quotes).size).toBe(quotes.length);

    const shown = shownText(root);
    const hints = new Set([
      ...result.diagnostics.map((d) => d.documentationHint).filter((h): h is string => h !== null),
      ...result.checklists.flatMap((c) => c.items.filter((i) => !i.met).map((i) => i.hint)),
    ]);
    expect(hints.size).toBeGreaterThan(0);
    for (const hint of hints) expect(occurrences(shown, hint), hint).toBe(1);
    // Every flag's message is said at most once (checklist flags are said by their item instead).
    for (const d of result.diagnostics) expect(occurrences(shown, d.message), d.message).toBeLessThanOrEqual(1);
  });

  it('shows no internal reference (seed articles, the rulebook, the spec folder)', async () => {
    const root = await openOn(text, codes);
    expect(root.textContent).not.toMatch(/seed|rules\.md|spec\//i);
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^chrome-extension:\/\/popup-test\/rules\/[a-z0-9.-]+\.html$/);
  });

  it('lists every chosen code with its status before any section', async () => {
    const root = await openOn(text, codes);
    const result = lint(text, { codes: sessionCodes(codes) });
    const overview = root.querySelector('.overview')!;
    expect([...overview.querySelectorAll('.code-id')].map((c) => c.textContent)).toEqual(result.codes.map((c) => c.code));
    for (const row of overview.querySelectorAll('.overview-row')) expect(row.querySelector('.tag')?.textContent).toMatch(/^(supported|gaps|conflict|invalid code)$/);
    const firstSection = root.querySelector('.code-section, .conflicts')!;
    expect(overview.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('offers every query draft, folded, with a copy button', async () => {
    const root = await openOn(text, codes);
    const result = lint(text, { codes: sessionCodes(codes) });
    const drafts = result.diagnostics.filter((d) => d.query);
    expect(root.querySelectorAll('.queries .query')).toHaveLength(drafts.length);
    expect(root.querySelectorAll('.queries .query button')).toHaveLength(drafts.length);
    for (const draft of root.querySelectorAll<HTMLDetailsElement>('.queries .query details')) expect(draft.open).toBe(false);
  });
});
