/**
 * `npm run demo`: builds the extension, serves the demo EHR page (scripts/demo-page) on 127.0.0.1
 * and opens Chromium with note-lint loaded, enabling the site from the popup as a user would.
 * `npm run demo -- --url URL` does the same for any page and writes demo-output/result.json;
 * `--profile FILE` applies a site profile (note fields, fields to ignore, where the page lists the
 * encounter's diagnosis codes) to the page's origin first, as the options page would.
 *
 * With a display the browser stays open for you. Without one it runs headless and writes
 * demo-output/note.png (the highlighted note), card.png (the hover card of the first mark),
 * popup.png, result.json and diagnostics.txt.
 * Without any Chromium it says how to install one and runs the CLI on the demo note instead.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { EncounterCode, FieldState, PopupToBackground, TabState } from '../src/messaging/protocol.ts';
import type { CodeSource } from '../src/engine/types.ts';
import { validateSiteProfile, type SiteProfile } from '../src/config/site-profiles.ts';
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
  profile: SiteProfile | null;
}

function usage(): never {
  console.log('Usage: npm run demo [-- --url URL] [--profile FILE]\n\n' +
    '  (no options)    serve the demo EHR page on 127.0.0.1 and lint its note in Chromium\n' +
    '  --url URL       open URL instead, enable note-lint on its site, write demo-output/result.json\n' +
    '  --profile FILE  apply a site profile to the page\'s origin first: a JSON object with any of\n' +
    '                  noteFields, ignoreFields, diagnosisCodes (arrays of CSS selectors)\n\n' +
    'Chromium is taken from CHROME_PATH or the PATH (chromium, chromium-browser, google-chrome).');
  process.exit(0);
}

/** Reads and validates a site profile file with the settings file's own validator. */
function readProfile(path: string): SiteProfile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`--profile ${path}: ${(error as Error).message}`);
  }
  const errors: string[] = [];
  const profile = validateSiteProfile('profile', raw, errors);
  if (errors.length > 0) fail(`--profile ${path} is not a valid site profile:\n  ${errors.join('\n  ')}`);
  return profile;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { url: null, profile: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') usage();
    else if (arg === '--url') options.url = argv[++i] ?? '';
    else if (arg.startsWith('--url=')) options.url = arg.slice('--url='.length);
    else if (arg === '--profile') options.profile = readProfile(argv[++i] ?? fail('--profile needs a file'));
    else if (arg.startsWith('--profile=')) options.profile = readProfile(arg.slice('--profile='.length));
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

/** Saves a site profile for the origin in the extension's settings, as the options page does. */
async function applyProfile(session: Session, origin: string, profile: SiteProfile): Promise<void> {
  await session.worker.evaluate(
    async ([o, p]) => {
      const { settings } = await chrome.storage.local.get('settings');
      const current = settings ?? {};
      await chrome.storage.local.set({ settings: { ...current, siteProfiles: { ...(current.siteProfiles ?? {}), [o]: p } } });
    },
    [origin, profile] as const,
  );
}

/**
 * Hovers the first problem mark in the page (CSS highlights, the most severe first) so its card
 * shows, for the card screenshot. Returns false when the page has no such mark (a textarea note).
 */
async function hoverFirstMark(page: Page): Promise<boolean> {
  const point = await page.evaluate(() => {
    for (const name of ['note-lint-error', 'note-lint-warning', 'note-lint-info']) {
      for (const range of (CSS.highlights.get(name) ?? []) as Iterable<Range>) {
        const rect = range.getClientRects()[0];
        if (rect && rect.width > 0) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  });
  if (!point) return false;
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(400);
  return true;
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
    // Page codes re-lint the fields without a new revision: they are part of what must settle.
    const nextSignature = JSON.stringify([next.codes, next.fields.map((f) => [f.fieldKey, f.revision, f.result.codes.length])]);
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
  /** The field's name on the page ("Progress note"), "" when it has none. */
  label: string;
  text: string;
  /** The codes the field was linted with, and where each came from (note, page, session...). */
  codes: Array<{ code: string; source: CodeSource }>;
  diagnostics: Array<{ ruleId: string; severity: string; code: string | null; message: string; start: number; end: number }>;
  highlights: number;
}

function fieldReport(field: FieldState): FieldReport {
  return {
    kind: field.kind,
    label: field.label,
    text: field.text,
    codes: field.result.codes.map((c) => ({ code: c.code, source: c.source })),
    diagnostics: field.result.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      code: d.code,
      message: d.message,
      start: d.start,
      end: d.end,
    })),
    // What the content script paints (with every severity shown): one mark per distinct non-empty span.
    highlights: new Set(field.result.diagnostics.filter((d) => d.end > d.start).map((d) => `${d.start}:${d.end}`)).size,
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

function diagnosticsText(url: string, fields: FieldReport[], encounterCodes: EncounterCode[]): string {
  const lines = [`note-lint on ${url}`, ''];
  if (encounterCodes.length > 0) lines.push(`Encounter codes: ${encounterCodes.map((c) => `${c.code} (${c.source})`).join(', ')}`, '');
  if (fields.length === 0) lines.push('No note field found on this page.');
  for (const [index, field] of fields.entries()) {
    const name = field.label ? `"${field.label}", ${field.kind}` : field.kind;
    lines.push(`Field ${index + 1} (${name}), codes: ${field.codes.map((c) => `${c.code} (${c.source})`).join(', ') || 'none'}`);
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
    if (options.profile) {
      await applyProfile(session, origin, options.profile);
      console.log(`Applied the site profile to ${origin}.`);
    }

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
    const written = ['note.png', 'popup.png', 'result.json', 'diagnostics.txt'];
    if (await hoverFirstMark(page)) {
      await page.screenshot({ path: join(OUTPUT, 'card.png') });
      written.push('card.png');
      await page.mouse.move(0, 0);
    }
    await popup.reload();
    await popup.waitForLoadState('load');
    await popup.waitForTimeout(1000);
    await popup.screenshot({ path: join(OUTPUT, 'popup.png'), fullPage: true });

    const result = {
      url: page.url(),
      profile: options.profile,
      // The encounter's codes the background holds: read from the page (profile) or added in the popup.
      codes: state.codes,
      fields,
      networkRequests: session.extensionRequests,
    };
    writeFileSync(join(OUTPUT, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
    const report = diagnosticsText(page.url(), fields, state.codes);
    writeFileSync(join(OUTPUT, 'diagnostics.txt'), `${report}\n`);
    console.log(`\n${report}`);
    const painted = await paintedRanges(page);
    console.log(`Painted in the page: ${painted} CSS highlight range(s) (textarea marks are in note-lint's own overlay).`);
    console.log(`Network requests made by the extension: ${session.extensionRequests.length}`);
    console.log(`Wrote ${written.map((f) => join('demo-output', f)).join(', ')}`);

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
