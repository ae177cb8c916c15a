/** Builds the Chrome extension once before the browser tests, so they never run a stale build. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromiumPath } from './browser.ts';

export default function setup(): void {
  chromiumPath(); // fail first, with the install command, when there is no Chromium
  if (process.env.NOTE_LINT_E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], { cwd: resolve(import.meta.dirname, '../../..'), stdio: 'inherit' });
}
