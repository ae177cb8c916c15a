/**
 * Debian's firefox-esr with the Firefox build of note-lint, driven over WebDriver BiDi. Every launch
 * gets a fresh profile and a fresh HOME, removed on close.
 *
 * The test origin is enabled the way a health system pre-enables its EHR: a managed-storage
 * manifest (`~/.mozilla/managed-storage/<add-on id>.json`, Firefox's documented source of
 * `storage.managed` on Linux), which may also carry site profiles. It lives in the temporary HOME,
 * so nothing outside this run's directory changes.
 *
 * Extension pages: Firefox 153 lets WebDriver navigate only to http(s), file, blob and about:blank
 * unless the browser runs with `--remote-allow-system-access`; with it (and a fixed add-on UUID
 * through `extensions.webextensions.uuids`) the popup opens as a page in its own window, where the
 * extension API is available to scripts the test runs. What stays out of reach: the toolbar popup
 * itself (WebDriver cannot click browser UI, so the popup is tested as a page) and the badge as
 * drawn (it is read back with `browserAction.getBadgeText`, not looked at).
 * Firefox missing is a test failure with the install command, never a skip.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BidiConnection } from './bidi.ts';
import { sleep, Tab } from './tab.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
const MANAGED_SCHEMA = join(ROOT, 'public/managed_schema.json');
const STARTUP_TIMEOUT_MS = 30_000;
/** How long Firefox may take to exit after `browser.close` before it is killed. */
const EXIT_WAIT_MS = 5_000;
/** The add-on's internal UUID in the test profile, fixed so the tests know its moz-extension:// origin. */
export const ADDON_UUID = '6f1c2a7e-4b0d-4d7e-9a53-2c8e1f0b7d41';

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `Firefox not found at ${path}. The Firefox browser tests need it: run \`apt-get install -y firefox-esr\` ` +
        '(or set FIREFOX_PATH to a Firefox binary).',
    );
  }
  return path;
}

/**
 * Preferences that keep the test browser quiet and off the network: no first-run pages, updates,
 * telemetry, experiments or remote settings. (The remote agent adds its own recommended set.)
 */
const PREFS: Record<string, string | number | boolean> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.normandy.enabled': false,
  'app.update.disabledForTesting': true,
  'messaging-system.rsexperimentloader.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.prefetch-next': false,
  'network.dns.disablePrefetch': true,
};

function userJs(addon: string): string {
  return Object.entries({ ...PREFS, 'extensions.webextensions.uuids': JSON.stringify({ [addon]: ADDON_UUID }) })
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join('');
}

/** The key administrators set, read from the schema the extension publishes for them. */
function managedSitesKey(): string {
  const schema = JSON.parse(readFileSync(MANAGED_SCHEMA, 'utf8')) as { properties?: Record<string, { type?: string }> };
  const keys = Object.entries(schema.properties ?? {}).filter(([, property]) => property.type === 'array');
  if (keys.length !== 1) throw new Error(`expected one array property (the enabled sites) in ${MANAGED_SCHEMA}`);
  return keys[0]![0];
}

function addonId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`no browser_specific_settings.gecko.id in ${extensionDir}/manifest.json`);
  return id;
}

/** Writes the managed-storage manifest Firefox reads for the add-on, enabling `origins` (and any other policy keys). */
function writeManagedStorage(home: string, extensionDir: string, origins: string[], policy: Record<string, unknown>): void {
  const id = addonId(extensionDir);
  const dir = join(home, '.mozilla/managed-storage');
  mkdirSync(dir, { recursive: true });
  const manifest = { name: id, description: 'note-lint test policy', type: 'storage', data: { ...policy, [managedSitesKey()]: origins } };
  writeFileSync(join(dir, `${id}.json`), JSON.stringify(manifest));
}

/** Resolves with the BiDi WebSocket URL Firefox prints on stderr; keeps draining stderr after it. */
function waitForBidiUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let log = '';
    let found = false;
    const timer = setTimeout(() => reject(new Error(`firefox-esr did not start WebDriver BiDi within ${STARTUP_TIMEOUT_MS} ms:\n${log}`)), STARTUP_TIMEOUT_MS);
    child.stderr!.on('data', (chunk: Buffer) => {
      if (found) return;
      log += String(chunk);
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (match) {
        found = true;
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`firefox-esr exited (${code}) before WebDriver BiDi started:\n${log}`));
    });
  });
}

interface RunDir {
  dir: string;
  home: string;
  profile: string;
  extension: string;
}

/** A fresh directory for one browser run: HOME with the managed-storage manifest, profile, add-on copy. */
function prepareRunDir(enabledOrigins: string[], policy: Record<string, unknown>): RunDir {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'note-lint-firefox-'));
  const run = { dir, home: join(dir, 'home'), profile: join(dir, 'profile'), extension: join(dir, 'extension') };
  try {
    mkdirSync(run.home);
    mkdirSync(run.profile);
    // A temporary add-on is read from its folder while it runs: a private copy keeps a rebuild of
    // .output (another test run, `npm run build`) from changing files under the running browser.
    cpSync(FIREFOX_EXTENSION_DIR, run.extension, { recursive: true });
    writeFileSync(join(run.profile, 'user.js'), userJs(addonId(run.extension)));
    writeManagedStorage(run.home, run.extension, enabledOrigins, policy);
    return run;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

export interface FirefoxWithExtension {
  /** Opens `url` in a new tab and waits for it to load. */
  openTab(url: string): Promise<Tab>;
  /**
   * Opens an extension page (`popup.html?tabId=...`) in a new window, so the tab it is about stays
   * the active tab of its own window.
   */
  openExtensionPage(path: string): Promise<Tab>;
  close(): Promise<void>;
}

/**
 * Starts firefox-esr with note-lint installed as a temporary add-on, `enabledOrigins` enabled by
 * policy and any other managed-storage keys (site profiles) in `policy`.
 */
export async function launchFirefoxWithExtension(enabledOrigins: string[], policy: Record<string, unknown> = {}): Promise<FirefoxWithExtension> {
  const executable = firefoxPath();
  const run = prepareRunDir(enabledOrigins, policy);
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: run.home, MOZ_CRASHREPORTER_DISABLE: '1' };
  delete env.XDG_CONFIG_HOME;
  const child = spawn(executable, ['--headless', '--no-remote', '--profile', run.profile, '--window-size=1100,800', '--remote-debugging-port', '0', '--remote-allow-system-access'], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const running = () => child.exitCode === null && child.signalCode === null;
  const cleanUp = async () => {
    if (running()) await Promise.race([exited, sleep(EXIT_WAIT_MS)]);
    if (running()) child.kill('SIGKILL');
    await exited;
    rmSync(run.dir, { recursive: true, force: true });
  };

  let bidi: BidiConnection;
  try {
    const url = await waitForBidiUrl(child);
    bidi = await BidiConnection.connect(`${url}/session`);
    await bidi.send('session.new', { capabilities: {} });
    // A path to an unpacked add-on installs it temporarily: no signature needed.
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: run.extension } });
  } catch (error) {
    child.kill('SIGTERM');
    await cleanUp();
    throw error;
  }

  return {
    async openTab(url: string) {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
      return new Tab(bidi, context);
    },
    async openExtensionPage(path: string) {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'window' });
      // Extension pages do not always report a finished load to WebDriver: start the navigation,
      // then wait for the page's own document to be ready.
      await bidi.send('browsingContext.navigate', { context, url: `moz-extension://${ADDON_UUID}/${path}`, wait: 'none' });
      const tab = new Tab(bidi, context);
      const deadline = Date.now() + STARTUP_TIMEOUT_MS;
      for (;;) {
        const ready = await tab.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false);
        if (ready) return tab;
        if (Date.now() > deadline) throw new Error(`moz-extension://${ADDON_UUID}/${path} did not load`);
        await sleep(100);
      }
    },
    async close() {
      await bidi.send('browser.close').catch(() => undefined);
      bidi.close();
      await cleanUp();
    },
  };
}
