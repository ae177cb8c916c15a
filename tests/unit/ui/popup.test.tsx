// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../../src/messaging/protocol.ts';
import { PopupApp } from '../../../src/ui/popup/PopupApp.tsx';
import type { PopupClient } from '../../../src/ui/popup/popup-client.ts';
import { field, NOTE, tabState, WEAK_PATIENT } from './fixtures.ts';
import { buttonByText, click, mount, submit, type, type Mounted } from './render.ts';

function fakeClient(initial: TabState, overrides: Partial<PopupClient> = {}) {
  let state = initial;
  const client = {
    getTabState: vi.fn(async () => state),
    addCode: vi.fn(async () => state),
    removeCode: vi.fn(async () => state),
    reveal: vi.fn(async () => ({ ok: true })),
    lintReadonly: vi.fn(async () => state),
    enableSite: vi.fn(async () => {
      state = { ...state, siteEnabled: true };
      return { ok: true };
    }),
    disableSite: vi.fn(async () => ({ ok: true })),
    setEvidenceView: vi.fn(async () => undefined),
    tabOrigin: vi.fn(async () => null),
    copyText: vi.fn(async () => undefined),
    openOptions: vi.fn(async () => undefined),
    ...overrides,
  } satisfies PopupClient;
  return client;
}

let mounted: Mounted | undefined;
// The popup runs in the extension: rule pages resolve against its runtime.
beforeEach(() => {
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', { runtime: { getURL: (path: string) => `chrome-extension://popup-test/${path}` } });
});
afterEach(() => {
  mounted?.unmount();
  vi.unstubAllGlobals();
});

async function open(client: PopupClient) {
  mounted = await mount(<PopupApp client={client} refreshMs={60_000} />);
  return mounted.container;
}

describe('popup empty states', () => {
  it.each([
    {
      name: 'site not enabled',
      state: tabState({ siteEnabled: false }),
      heading: 'note-lint is not enabled on this site',
      button: 'Enable on this site',
    },
    {
      name: 'no field on an enabled site',
      state: tabState(),
      heading: 'No note field found on this page',
      button: 'Lint this note',
    },
    {
      name: 'browser page without a content script',
      state: tabState({ origin: null, siteEnabled: false, contentScriptPresent: false }),
      heading: 'note-lint cannot run on this page',
      button: null,
    },
  ])('$name', async ({ state, heading, button }) => {
    const root = await open(fakeClient(state));
    expect(root.querySelector('h2')?.textContent).toBe(heading);
    if (button) expect(buttonByText(root, button)).toBeDefined();
    else expect(root.querySelectorAll('.empty-state button')).toHaveLength(0);
  });

  it('enables the current origin and then shows the tab', async () => {
    const client = fakeClient(tabState({ siteEnabled: false }));
    const root = await open(client);
    expect(root.textContent).toContain('https://ehr.example.org');
    await click(buttonByText(root, 'Enable on this site'));
    expect(client.enableSite).toHaveBeenCalledWith('https://ehr.example.org');
    expect(root.querySelector('h2')?.textContent).toBe('No note field found on this page');
    expect(root.querySelector('[role=status]')?.textContent).toContain('enabled on https://ehr.example.org');
  });

  it('falls back to the browser tab origin when no content script told it', async () => {
    const client = fakeClient(tabState({ origin: null, siteEnabled: false, contentScriptPresent: false }), {
      tabOrigin: vi.fn(async () => 'http://127.0.0.1:8080'),
    });
    const root = await open(client);
    await click(buttonByText(root, 'Enable on this site'));
    expect(client.enableSite).toHaveBeenCalledWith('http://127.0.0.1:8080');
  });

  it.each([
    { found: true, said: 'Linted the note on this page.' },
    { found: false, said: 'No note text found. Select the note text in the page and try again.' },
  ])('asks the page to lint a read-only note (found: $found)', async ({ found, said }) => {
    const linted = tabState({ fields: found ? [field({ kind: 'readonly', result: WEAK_PATIENT })] : [] });
    const client = fakeClient(tabState(), { lintReadonly: vi.fn(async () => linted) });
    const root = await open(client);
    await click(buttonByText(root, 'Lint this note'));
    expect(client.lintReadonly).toHaveBeenCalledOnce();
    expect(root.querySelector('[role=status]')?.textContent).toBe(said);
    expect(root.querySelectorAll('details.field')).toHaveLength(found ? 1 : 0);
  });

  it('says so when the extension cannot be reached', async () => {
    const root = await open(fakeClient(tabState(), { getTabState: vi.fn(async () => Promise.reject(new Error('no receiver'))) }));
    expect(root.querySelector('h2')?.textContent).toBe('note-lint could not read this tab');
    expect(root.textContent).toContain('no receiver');
  });
});

describe('popup with a linted note', () => {
  const state = tabState({ fields: [field({ result: WEAK_PATIENT })] });

  it('opens on every chosen code with its status and its count of problems', async () => {
    const root = await open(fakeClient(state));
    const rows = [...root.querySelectorAll('.overview-row')].map((li) => ({
      code: li.querySelector('.code-id')?.textContent,
      status: li.querySelector('.tag')?.textContent,
      problems: li.querySelector('.muted')?.textContent,
    }));
    expect(rows).toEqual([
      { code: 'M62.81', status: 'conflict', problems: '2 problems' },
      { code: 'R53.1', status: 'conflict', problems: '1 problem' },
    ]);
    expect(root.querySelector('summary')?.textContent).toContain('1 error');
  });

  it('gives each code a section with its title and where it came from', async () => {
    const root = await open(fakeClient(state));
    const sections = [...root.querySelectorAll('.code-section')];
    expect(sections.map((s) => s.querySelector('h3')?.textContent)).toEqual(['M62.81 Muscle weakness (generalized)', 'R53.1 Weakness']);
    expect(sections[0]!.querySelector('.code-meta')?.textContent).toContain('from the note');
    expect(sections[1]!.querySelector('.code-meta')?.textContent).toContain('added by you');
  });

  it('shows the evidence checklist: met items quoted, missing items with what to write and the flag they raised', async () => {
    const root = await open(fakeClient(state));
    const met = root.querySelector('.item.met');
    const missing = root.querySelector('.item.missing');
    expect(met?.querySelector('.quote')?.textContent).toBe('“Strength 4/5 proximal legs”');
    expect(missing?.querySelector('.hint')?.textContent).toBe('PT/OT referral or a therapeutic exercise plan');
    expect(missing?.querySelector('.tag')?.textContent).toBe('warning');
    expect(missing?.querySelector('.rule-id')?.textContent).toBe('treatment-plan');
    expect(root.querySelector('.code-section .checklist-count')?.textContent).toBe('1 of 2 documented');
    // The checklist item is the flag: its message is not listed again as a separate problem.
    expect(root.textContent).not.toContain('M62.81 needs a treatment plan.');
  });

  it('lists a conflict once, above the code sections, with its fix and its citable source', async () => {
    const root = await open(fakeClient(state));
    const conflicts = root.querySelectorAll('.conflicts .problem');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.querySelector('.message')?.textContent).toBe('R53.1 and M62.81 may not be reported together (Excludes1).');
    expect(conflicts[0]!.querySelector('.sources')?.textContent).toContain('ICD-10-CM FY2026 tabular, R53.1 Excludes1');
    expect(conflicts[0]!.querySelector('.rule-id')?.getAttribute('href')).toBe('chrome-extension://popup-test/rules/excludes1-conflict.html');
    expect(root.querySelectorAll('.code-section .problem')).toHaveLength(0);
  });

  it('lists problems about no chosen code after the code sections', async () => {
    const root = await open(fakeClient(state));
    const other = root.querySelector('.other-problems');
    expect(other?.querySelector('h3')?.textContent).toBe('Also in this note');
    expect(other?.querySelector('.message')?.textContent).toBe('Low potassium without a documented diagnosis.');
    expect(other?.querySelector('.quote')?.textContent).toBe('“Patient feels weak”');
  });

  it('never shows internal references to users', async () => {
    const root = await open(fakeClient(state));
    expect(root.textContent).not.toMatch(/seed|rules\.md|spec\//i);
  });

  it('reveals evidence in the page when a quote is clicked', async () => {
    const client = fakeClient(state);
    const root = await open(client);
    await click(root.querySelector('.item.met .quote'));
    const start = NOTE.indexOf('Strength 4/5');
    expect(client.reveal).toHaveBeenCalledWith('0:f1', { start, end: start + 26 });
  });

  it('reveals a problem and a code written in the note', async () => {
    const client = fakeClient(state);
    const root = await open(client);
    await click(root.querySelector('.conflicts [aria-label^="Show in note:"]'));
    const start = NOTE.indexOf('M62.81');
    expect(client.reveal).toHaveBeenLastCalledWith('0:f1', { start, end: start + 6 });
    await click(root.querySelector('[aria-label="Show M62.81 in the note"]'));
    expect(client.reveal).toHaveBeenLastCalledWith('0:f1', { start, end: start + 6 });
  });

  it('lists query drafts last, their text folded, and copies one and announces it', async () => {
    const client = fakeClient(state);
    const root = await open(client);
    const queries = root.querySelector('.queries');
    expect(queries?.querySelector('h3')?.textContent).toBe('Query drafts (1)');
    expect(queries?.nextElementSibling).toBeNull();
    const draft = queries?.querySelector<HTMLDetailsElement>('.query details');
    expect(draft?.open).toBe(false);
    expect(draft?.querySelector('summary')?.textContent).toBe('Low potassium without a documented diagnosis.');
    await click(buttonByText(root, 'Copy'));
    expect(client.copyText).toHaveBeenCalledWith(WEAK_PATIENT.diagnostics[2]!.query);
    expect(root.querySelector('[role=status]')?.textContent).toBe('Query draft copied to the clipboard.');
  });

  it('moves to a code section from the overview', async () => {
    const root = await open(fakeClient(state));
    await click(root.querySelectorAll('.overview-jump')[1]);
    expect(document.activeElement?.textContent).toBe('R53.1 Weakness');
  });

  it.each([
    { input: 'r531', sent: 'R53.1' },
    { input: ' g72.41 ', sent: 'G72.41' },
    { input: 'E87.6', sent: 'E87.6' },
  ])('adds code $input as $sent', async ({ input, sent }) => {
    const client = fakeClient(state);
    const root = await open(client);
    await type(root.querySelector('.add-code input'), input);
    await submit(root.querySelector('.add-code'));
    // R53.1 is already chosen: the form refuses it instead of sending a duplicate.
    if (sent === 'R53.1') {
      expect(client.addCode).not.toHaveBeenCalled();
      expect(root.querySelector('.add-code [role=alert]')?.textContent).toBe('R53.1 is already chosen.');
    } else {
      expect(client.addCode).toHaveBeenCalledWith(sent);
      expect(root.querySelector('.add-code [role=alert]')).toBeNull();
    }
  });

  it.each(['1234', 'weakness', 'R5', 'R53.12345', ''])('rejects %j with an error tied to the input', async (input) => {
    const client = fakeClient(state);
    const root = await open(client);
    const box = root.querySelector('.add-code input')!;
    await type(box, input);
    await submit(root.querySelector('.add-code'));
    expect(client.addCode).not.toHaveBeenCalled();
    const alert = root.querySelector('.add-code [role=alert]');
    expect(alert).not.toBeNull();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe(alert!.id);
  });

  it('removes a code the user added, and only those', async () => {
    const client = fakeClient(state);
    const root = await open(client);
    expect(root.querySelector('[aria-label="Remove M62.81"]')).toBeNull();
    await click(root.querySelector('[aria-label="Remove R53.1"]'));
    expect(client.removeCode).toHaveBeenCalledWith('R53.1');
  });

  it('says an empty note has nothing to check rather than no problems', async () => {
    const root = await open(fakeClient(tabState({ fields: [field({ textLength: 0 })] })));
    expect(root.textContent).toContain('Nothing to check yet: the note is empty.');
    expect(root.querySelector('.all-clear')).toBeNull();
  });

  it('says a note without codes or problems is clear, and invites a code', async () => {
    const root = await open(fakeClient(tabState({ fields: [field()] })));
    expect(root.querySelector('.all-clear')?.textContent).toBe('No problems found in this note.');
    expect(root.textContent).toContain('No codes chosen for this encounter yet.');
    expect(root.querySelector('.queries')).toBeNull();
  });

  it('expands the most recently linted field when a page has several', async () => {
    const older = field({ fieldKey: '0:f1', updatedAt: 10 });
    const newer = field({ fieldKey: '2:f1', fieldId: 'f1', frameId: 2, kind: 'tinymce', updatedAt: 20, result: WEAK_PATIENT });
    const root = await open(fakeClient(tabState({ fields: [older, newer] })));
    const panels = [...root.querySelectorAll('details.field')] as HTMLDetailsElement[];
    expect(panels.map((p) => p.open)).toEqual([false, true]);
    expect(panels[1]!.querySelector('summary')?.textContent).toContain('TinyMCE editor');
    expect(new Set([...root.querySelectorAll('[id]')].map((e) => e.id)).size).toBe(root.querySelectorAll('[id]').length);
  });

  it('uses real buttons for every action, each with an accessible name', async () => {
    const root = await open(fakeClient(state));
    // Clickable things are buttons (or native form controls), never divs or spans made focusable.
    expect(root.querySelectorAll('div[tabindex], span[tabindex], [role=button]')).toHaveLength(0);
    for (const button of root.querySelectorAll('button')) {
      expect(button.getAttribute('type')).toMatch(/^(button|submit)$/);
      expect((button.getAttribute('aria-label') ?? button.textContent ?? '').trim()).not.toBe('');
    }
    for (const input of root.querySelectorAll('input')) {
      expect(root.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    }
  });
});
