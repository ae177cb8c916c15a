// @vitest-environment happy-dom
/**
 * Note text and findings are untrusted: a note may contain markup, and the page that holds it may
 * be hostile. Every string from a result must render as text, never as elements.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LintResult } from '../../../src/engine/types.ts';
import { PopupApp } from '../../../src/ui/popup/PopupApp.tsx';
import type { PopupClient } from '../../../src/ui/popup/popup-client.ts';
import { code, diagnostic, field, result, tabState } from './fixtures.ts';
import { mount, type Mounted } from './render.ts';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(2)</script>',
  '[click me](javascript:alert(3))',
  '<a href="https://evil.example">link</a>',
  '**bold** &lt;b&gt;entity&lt;/b&gt;',
];
const NASTY = HOSTILE.join(' ');

const HOSTILE_RESULT: LintResult = result({
  codes: [code({ code: 'M62.81', title: NASTY, start: 0, end: 6 }), code({ code: 'X99.9', source: 'option', title: NASTY, known: false })],
  checklists: [
    {
      code: 'M62.81',
      title: NASTY,
      items: [
        { requirement: 'a', label: NASTY, met: true, evidence: [{ start: 0, end: 5, findingId: 0, type: 'weakness', text: NASTY }], hint: NASTY },
        { requirement: 'b', label: NASTY, met: false, evidence: [], hint: NASTY },
      ],
    },
  ],
  diagnostics: (['error', 'warning', 'info'] as const).map((severity) =>
    diagnostic({
      ruleId: NASTY,
      severity,
      code: NASTY,
      message: NASTY,
      evidence: [{ start: 0, end: 5, findingId: 0, type: 'weakness', text: NASTY }],
      suggestedCodes: [{ code: NASTY, title: NASTY, reason: NASTY }],
      documentationHint: NASTY,
      query: NASTY,
      sources: [NASTY, NASTY],
    }),
  ),
});

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());

describe('hostile note text renders inert', () => {
  it('creates no elements from note text or findings', async () => {
    const state = tabState({ origin: 'https://ehr.example.org', fields: [field({ result: HOSTILE_RESULT })] });
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
    const root = mounted.container;

    // The strings really were rendered (so the absence of elements below means something) ...
    const text = root.textContent ?? '';
    for (const piece of HOSTILE) expect(text).toContain(piece);
    expect(text.split(HOSTILE[0]!).length - 1).toBeGreaterThanOrEqual(20);

    // ... and none of them became markup.
    expect(root.querySelectorAll('img, script, a, iframe, object, embed, b, strong')).toHaveLength(0);
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        expect(attribute.startsWith('on'), `${element.tagName} has ${attribute}`).toBe(false);
      }
    }
    // Quoted evidence sits in text nodes of its button, not parsed into children.
    for (const quote of root.querySelectorAll('.quote')) expect(quote.children).toHaveLength(0);
    expect(root.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(root.innerHTML).toContain('&amp;lt;b&amp;gt;');
  });
});
