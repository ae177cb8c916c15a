/**
 * Command-line flags for Debian's Chromium with the unpacked extension, shared by the demo, the
 * browser tests and the benchmark. The networking flags keep Chromium from calling home: this
 * machine's closed network refuses those connections, and note-lint's tests count requests.
 */
export function chromiumArgs(extensionDir: string, headless = true): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}
