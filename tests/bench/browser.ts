/**
 * The in-browser half of the bench: Chromium with the built extension (launched like the e2e tests,
 * tests/e2e/support), a local page on 127.0.0.1 with a contenteditable and a textarea holding a 3k
 * or a 10k note, the site enabled the way the popup enables it. The page's own script records, in
 * the page's clock: every input event, every `data-note-lint` write on a field (the content script
 * writes it in the same task that paints the field's highlights, changed or not), the frame after
 * that write, and PerformanceObserver 'longtask' entries.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import type { BrowserBench, BrowserResult, EditTiming, FieldKind, LongTask } from './browser-types.ts';
import type { BuildSizesResult } from './build-sizes.ts';
import { INPUT_DEBOUNCE_MS, MIN_INPUT_DEBOUNCE_MS } from '../../src/dom/page-watcher.ts';
import { summarize } from './stats.ts';

export interface BrowserPlan {
  build: BuildSizesResult;
  notes: Record<'3k' | '10k', string>;
  /** Edits timed per field and note size (at least 30). */
  edits: number;
  log: (message: string) => void;
}

/** What each edit types at the end of the note: words the engine looks at, so every edit is real work. */
const EDIT_WORDS = [' weak', ' 4/5', ' tired', ' R53.1', ' denies', ' fatigue', ' strength', ' K 3.1', ' gait', ' M62.81'];
const PAINT_TIMEOUT_MS = 5_000;
const SETTLE_MS = 150;

/**
 * Page-world recorder; runs before the extension's content script (document_idle). Field length is
 * read with textContent (no layout) so the recorder itself adds no long task.
 */
const RECORDER = `
(() => {
  const bench = { inputs: [], paints: [], longTasks: [] };
  window.__bench = bench;
  const textOf = (el) => el instanceof HTMLTextAreaElement ? el.value : el.textContent;
  document.addEventListener('input', (e) => { bench.inputs.push({ field: e.target.id, t: performance.now() }); }, true);
  new MutationObserver((records) => {
    for (const r of records) {
      const field = r.target.id;
      const entry = { field, set: performance.now(), painted: null, length: textOf(r.target).length, value: r.target.getAttribute('data-note-lint') };
      bench.paints.push(entry);
      requestAnimationFrame(() => setTimeout(() => { entry.painted = performance.now(); }, 0));
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-note-lint'] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function benchPage(note: string): string {
  const text = note.replace(/\r\n?/g, '\n');
  const paragraphs = text.split('\n').map((line) => `<div>${line === '' ? '<br>' : escapeHtml(line)}</div>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>note-lint bench</title>
<script>${RECORDER}</script>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:16px} #contenteditable,#textarea{width:760px;height:260px;overflow:auto;border:1px solid #999;padding:6px;display:block;margin-bottom:12px;font:14px/1.4 system-ui,sans-serif;white-space:pre-wrap}</style>
</head><body>
<div id="contenteditable" contenteditable="true" aria-label="Progress note">${paragraphs}</div>
<textarea id="textarea" aria-label="Discharge note">${escapeHtml(text)}</textarea>
</body></html>`;
}

interface PageRecord {
  inputs: { field: string; t: number }[];
  paints: { field: string; set: number; painted: number | null; length: number; value: string | null }[];
  longTasks: { start: number; duration: number }[];
}

/**
 * What a long task overlapped: an input event (the content script's per-keystroke work runs in the
 * input task) or a highlight write (a lint result being painted); "other" when neither.
 */
function attribute(task: { start: number; duration: number }, rec: PageRecord): LongTask['during'] {
  const inside = (t: number): boolean => t >= task.start && t <= task.start + task.duration;
  if (rec.paints.some((p) => inside(p.set))) return 'paint';
  if (rec.inputs.some((i) => inside(i.t))) return 'input';
  return 'other';
}

const record = (page: Page): Promise<PageRecord> => page.evaluate(() => (window as unknown as { __bench: PageRecord }).__bench);

async function serve(pages: Record<string, string>): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const body = pages[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (body === undefined) response.writeHead(404).end('not found');
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** Waits until both fields have been painted once (the initial lint); returns the first paint's frame time. */
async function initialPaint(page: Page): Promise<number | null> {
  try {
    await page.waitForFunction(
      () => {
        const paints = (window as unknown as { __bench: PageRecord }).__bench.paints;
        return ['contenteditable', 'textarea'].every((id) => paints.some((p) => p.field === id && p.painted !== null));
      },
      null,
      { timeout: 20_000, polling: 50 },
    );
  } catch {
    return null;
  }
  const painted = (await record(page)).paints.map((p) => p.painted).filter((t): t is number => t !== null);
  return Math.min(...painted);
}

async function timeEdits(page: Page, field: FieldKind, edits: number): Promise<{ latencies: number[]; missed: number }> {
  await page.click(`#${field}`);
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(SETTLE_MS * 3);
  const latencies: number[] = [];
  let missed = 0;
  for (let i = 0; i < edits; i++) {
    const word = EDIT_WORDS[i % EDIT_WORDS.length]!;
    await page.keyboard.type(word);
    try {
      const handle = await page.waitForFunction(
        (id) => {
          const bench = (window as unknown as { __bench: PageRecord }).__bench;
          const inputs = bench.inputs.filter((x) => x.field === id);
          const last = inputs[inputs.length - 1];
          if (!last) return null;
          const el = document.getElementById(id)!;
          const length = el instanceof HTMLTextAreaElement ? el.value.length : (el.textContent ?? '').length;
          const paint = bench.paints.find((p) => p.field === id && p.set > last.t && p.length === length && p.painted !== null);
          return paint ? paint.painted! - last.t : null;
        },
        field,
        { timeout: PAINT_TIMEOUT_MS, polling: 'raf' },
      );
      latencies.push((await handle.jsonValue()) as number);
    } catch {
      missed++;
    }
    await page.waitForTimeout(SETTLE_MS);
  }
  return { latencies, missed };
}

export async function runBrowserBench(plan: BrowserPlan): Promise<BrowserResult> {
  if (!plan.build.ok) return { ok: false, reason: `no built extension (${plan.build.reason})` };
  const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return { ok: false, reason: `no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROME_PATH)` };
  let launchWithExtension: typeof import('../e2e/support/browser.ts').launchWithExtension;
  try {
    ({ launchWithExtension } = await import('../e2e/support/browser.ts'));
  } catch (error) {
    return { ok: false, reason: `cannot load the e2e launcher tests/e2e/support/browser.ts: ${(error as Error).message.split('\n')[0]}` };
  }
  const server = await serve({ '/3k.html': benchPage(plan.notes['3k']), '/10k.html': benchPage(plan.notes['10k']) });
  let browser: Awaited<ReturnType<typeof launchWithExtension>> | null = null;
  try {
    plan.log('browser: launching Chromium with the built extension');
    browser = await launchWithExtension();
    const chromium = `Chromium ${browser.context.browser()?.version() ?? (await browser.worker.evaluate(() => navigator.userAgent))}`;
    const enabled = await browser.send<{ ok: boolean }>({ type: 'enable-site', origin: server.origin });
    if (!enabled.ok) return { ok: false, reason: `the extension did not enable ${server.origin}` };

    plan.log('browser: cold start (first navigation to the enabled site)');
    const cold = await browser.context.newPage();
    await cold.goto(`${server.origin}/3k.html`);
    const coldStartMs = await initialPaint(cold);
    const coldStartLongTasks = (await record(cold)).longTasks.length;
    const coldDomContentLoadedMs = await cold.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return navigation ? navigation.domContentLoadedEventEnd : null;
    });
    await cold.close();
    plan.log('browser: warm start (the same page again)');
    const warm = await browser.context.newPage();
    await warm.goto(`${server.origin}/3k.html`);
    const warmStartMs = await initialPaint(warm);
    await warm.close();

    const keystroke: EditTiming[] = [];
    const longTasks: LongTask[] = [];
    for (const size of ['3k', '10k'] as const) {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/${size}.html`);
      if ((await initialPaint(page)) === null) return { ok: false, reason: `no highlights painted on the ${size} page within 20 s` };
      const typingFrom = await page.evaluate(() => performance.now());
      for (const field of ['contenteditable', 'textarea'] as const) {
        plan.log(`browser: ${plan.edits} edits in the ${size} ${field}`);
        const { latencies, missed } = await timeEdits(page, field, plan.edits);
        const chars = await page.evaluate((id) => {
          const el = document.getElementById(id)!;
          return el instanceof HTMLTextAreaElement ? el.value.length : (el.textContent ?? '').length;
        }, field);
        if (latencies.length === 0) return { ok: false, reason: `no highlight repaint seen after any edit in the ${size} ${field}` };
        const s = summarize(latencies);
        keystroke.push({ field, size, chars, edits: latencies.length, missed, p50: s.p50, p95: s.p95, max: s.max });
      }
      const after = await record(page);
      for (const task of after.longTasks.filter((t) => t.start >= typingFrom)) longTasks.push({ ...task, size, during: attribute(task, after) });
      await page.close();
    }
    const bench: BrowserBench = {
      chromium,
      debounceMs: { min: MIN_INPUT_DEBOUNCE_MS, max: INPUT_DEBOUNCE_MS },
      keystroke,
      longTasks: {
        count: longTasks.length,
        maxMs: longTasks.length > 0 ? Math.max(...longTasks.map((t) => t.duration)) : null,
        totalMs: longTasks.reduce((sum, t) => sum + t.duration, 0),
        entries: longTasks,
      },
      coldStartMs,
      coldStartLongTasks,
      warmStartMs,
      coldDomContentLoadedMs,
    };
    return { ok: true, bench };
  } catch (error) {
    return { ok: false, reason: `browser run failed: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close();
  }
}
