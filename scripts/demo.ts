/**
 * `npm run demo`: builds the extension, serves the demo EHR page (scripts/demo-page) on 127.0.0.1
 * and opens Chromium with note-lint loaded, enabling the site from the popup as a user would.
 * `npm run demo -- --url URL` does the same for any page and writes demo-output/result.json.
 *
 * With a display the browser stays open for you. Without one it runs headless and writes
 * demo-output/note.png (the highlighted note), popup.png, result.json and diagnostics.txt.
 * Without any Chromium it says how to install one and runs the CLI on the demo note instead.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { FieldState, PopupToBackground, TabState } from '../src/messaging/protocol.ts';
import { chromiumArgs } from './chromium-args.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DEMO_PAGE = join(ROOT, 'scripts/demo-page');
const DEMO_NOTE = join(DEMO_PAGE, 'note.txt');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const OUTPUT = join(ROOT, 'demo-output');
/** How long the fields must stay unchanged before the result counts as settled. */
const SETTLE_MS = 1500;
const LINT_TIMEOUT_MS = 30_000;

// The extension API inside functions evaluated in the browser.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

interface Options {
  url: string | null;
}

function usage(): never {
  console.log('Usage: npm run demo [-- --url URL]\n\n' +
    '  (no options)  serve the demo EHR page on 127.0.0.1 and lint its note in Chromium\n' +
    '  --url URL     open URL instead, enable note-lint on its site, write demo-output/result.json\n\n' +
    'Chromium is taken from CHROME_PATH or the PATH (chromium, chromium-browser, google-chrome).');
  process.exit(0);
}

function parseArgs(argv: string[]): Options {
  const options: Options = { url: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') usage();
    else if (arg === '--url') options.url = argv[++i] ?? '';
    else if (arg.startsWith('--url=')) options.url = arg.slice('--url='.length);
    else fail(`unknown argument: ${arg}`);
  }
  if (options.url !== null) {
    let parsed: URL;
    try {
      parsed = new URL(options.url);
    } catch {
      fail(`--url needs an http(s) URL, got ${JSON.stringify(options.url)}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail(`--url needs an http(s) URL, got ${options.url}`);
  }
  return options;
}

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(2);
}

function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return null;
}

function withoutChromium(options: Options): never {
  console.log(
    'No Chromium found (looked at CHROME_PATH and the PATH for chromium, chromium-browser, google-chrome).\n' +
      'Install one to see note-lint in the browser:\n' +
      '  Debian/Ubuntu:  sudo apt-get install -y chromium\n' +
      '  or point CHROME_PATH at a Chromium or Chrome binary.\n',
  );
  if (options.url !== null) fail('--url needs a browser; nothing was linted');
  console.log(`Meanwhile, the command-line linter on the demo note (${DEMO_NOTE}):\n`);
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/note-lint.js'), DEMO_NOTE], { stdio: 'inherit' });
  // Exit 1 from the CLI means it found errors in the note, which is the demo's point.
  process.exit(run.status === 0 || run.status === 1 ? 0 : (run.status ?? 1));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The demo EHR page with the demo note as editor paragraphs. */
function demoPageHtml(): string {
  const paragraphs = readFileSync(DEMO_NOTE, 'utf8')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line === '' ? '<p><br></p>' : `<p>${escapeHtml(line)}</p>`))
    .join('');
  return readFileSync(join(DEMO_PAGE, 'index.html'), 'utf8').replace('{{NOTE_PARAGRAPHS}}', paragraphs);
}

async function serveDemoPage(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    if (request.url === '/' || request.url === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(demoPageHtml());
    } else {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, server };
}

interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests made by the extension itself: its service worker and its own pages. */
  extensionRequests: string[];
  close(): Promise<void>;
}

async function launch(executablePath: string, headless: boolean): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'note-lint-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(EXTENSION_DIR, headless),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const extensionRequests: string[] = [];
  context.on('request', (request) => {
    let origin: string;
    try {
      origin = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      origin = request.serviceWorker()?.url() ?? '';
    }
    if (origin.startsWith('chrome-extension://') && /^(?:https?|wss?):/.test(request.url())) extensionRequests.push(request.url());
  });
  return {
    context,
    worker,
    extensionId,
    extensionRequests,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function activeTabId(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const id: unknown = await session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (typeof id !== 'number') throw new Error('could not find the tab of the page');
  return id;
}

async function ask<T>(popup: Page, message: PopupToBackground): Promise<T> {
  return popup.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
}

/** Enables the page's site from the popup, by its "Enable on this site" button, as a user would. */
async function enableFromPopup(popup: Page, origin: string): Promise<void> {
  const button = popup.getByRole('button', { name: 'Enable on this site' });
  try {
    await button.waitFor({ timeout: 10_000 });
    await button.click();
  } catch {
    // The popup did not offer the button (already enabled, or the popup UI changed): same message.
    await ask(popup, { type: 'enable-site', origin });
  }
}

/** Polls the tab state until the fields stop changing (or the timeout passes). */
async function settledState(popup: Page, tabId: number): Promise<TabState> {
  const deadline = Date.now() + LINT_TIMEOUT_MS;
  let state = await ask<TabState>(popup, { type: 'get-tab-state', tabId });
  let signature = '';
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const next = await ask<TabState>(popup, { type: 'get-tab-state', tabId });
    const nextSignature = JSON.stringify(next.fields.map((f) => [f.fieldKey, f.revision]));
    if (nextSignature !== signature) {
      signature = nextSignature;
      stableSince = Date.now();
    }
    state = next;
    if (state.fields.length > 0 && Date.now() - stableSince >= SETTLE_MS) break;
    await popup.waitForTimeout(250);
  }
  return state;
}

interface FieldReport {
  kind: string;
  text: string;
  codes: string[];
  diagnostics: Array<{ ruleId: string; severity: string; code: string | null; message: string; start: number; end: number }>;
  highlights: number;
}

function fieldReport(field: FieldState): FieldReport {
  return {
    kind: field.kind,
    text: field.text,
    codes: field.result.codes.map((c) => c.code),
    diagnostics: field.result.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      code: d.code,
      message: d.message,
      start: d.start,
      end: d.end,
    })),
    // What the content script paints: one mark per diagnostic with a non-empty span.
    highlights: field.result.diagnostics.filter((d) => d.end > d.start).length,
  };
}

/** Marks actually painted in the page: CSS highlight ranges in every frame. */
async function paintedRanges(page: Page): Promise<number> {
  let total = 0;
  for (const frame of page.frames()) {
    total += await frame
      .evaluate(() => ['error', 'warning', 'info'].reduce((n, s) => n + (CSS.highlights.get(`note-lint-${s}`)?.size ?? 0), 0))
      .catch(() => 0);
  }
  return total;
}

function diagnosticsText(url: string, fields: FieldReport[]): string {
  const lines = [`note-lint on ${url}`, ''];
  if (fields.length === 0) lines.push('No note field found on this page.');
  for (const [index, field] of fields.entries()) {
    lines.push(`Field ${index + 1} (${field.kind}), codes: ${field.codes.join(', ') || 'none'}`);
    if (field.diagnostics.length === 0) lines.push('  no diagnostics');
    for (const d of field.diagnostics) {
      lines.push(`  ${d.severity.padEnd(7)} ${d.ruleId}${d.code ? ` [${d.code}]` : ''} at ${d.start}-${d.end}: ${d.message}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const executablePath = findChromium();
  if (!executablePath) withoutChromium(options);

  console.log('Building the extension...');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

  const served = options.url === null ? await serveDemoPage() : null;
  const url = options.url ?? served!.url;
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  console.log(`Opening ${url} in ${headless ? 'headless ' : ''}Chromium (${executablePath}) with note-lint...`);
  const session = await launch(executablePath, headless);
  try {
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    const tabId = await activeTabId(session, page);
    const origin = new URL(page.url()).origin;

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    await enableFromPopup(popup, origin);
    let state = await settledState(popup, tabId);
    if (state.fields.length === 0) {
      // No editable field: lint the page's rendered note, as "Lint this note" in the popup does.
      await ask(popup, { type: 'lint-readonly', tabId });
      state = await settledState(popup, tabId);
    }
    const fields = state.fields.map(fieldReport);

    mkdirSync(OUTPUT, { recursive: true });
    await page.bringToFront();
    await page.screenshot({ path: join(OUTPUT, 'note.png'), fullPage: true });
    await popup.reload();
    await popup.waitForLoadState('load');
    await popup.waitForTimeout(1000);
    await popup.screenshot({ path: join(OUTPUT, 'popup.png'), fullPage: true });

    const result = { url: page.url(), fields, networkRequests: session.extensionRequests };
    writeFileSync(join(OUTPUT, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
    const report = diagnosticsText(page.url(), fields);
    writeFileSync(join(OUTPUT, 'diagnostics.txt'), `${report}\n`);
    console.log(`\n${report}`);
    const painted = await paintedRanges(page);
    console.log(`Painted in the page: ${painted} CSS highlight range(s) (textarea marks are in note-lint's own overlay).`);
    console.log(`Network requests made by the extension: ${session.extensionRequests.length}`);
    console.log(`Wrote ${['note.png', 'popup.png', 'result.json', 'diagnostics.txt'].map((f) => join('demo-output', f)).join(', ')}`);

    if (!headless) {
      console.log('\nThe browser stays open: edit the note and watch the highlights. Close the browser to finish.');
      await new Promise<void>((done) => session.context.on('close', () => done()));
    }
  } finally {
    await session.close();
    served?.server.close();
  }
}

await main();
