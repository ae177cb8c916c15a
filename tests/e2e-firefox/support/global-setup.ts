/** Builds the Firefox extension once before the Firefox browser tests, so they never run a stale build. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { firefoxPath } from './firefox.ts';

export default function setup(): void {
  firefoxPath(); // fail first, with the install command, when there is no Firefox
  if (process.env.NOTE_LINT_E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: resolve(import.meta.dirname, '../../..'), stdio: 'inherit' });
}
