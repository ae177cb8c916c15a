/**
 * The Firefox build passes Mozilla's add-on linter: no errors, no warnings (in particular no
 * UNSAFE_VAR_ASSIGNMENT: nothing assigns innerHTML, not even Preact's raw-HTML path).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const firefoxBuild = resolve(root, '.output/firefox-mv2');

interface LintReport {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
}

describe('web-ext lint of the Firefox build', () => {
  it('reports no errors and no warnings', () => {
    if (process.env.NOTE_LINT_E2E_SKIP_BUILD !== '1' || !existsSync(firefoxBuild)) {
      execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, stdio: 'ignore' });
    }
    const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', firefoxBuild, '--output', 'json', '--no-config-discovery'], {
      cwd: root,
      encoding: 'utf8',
    });
    const report = JSON.parse(out.slice(out.indexOf('{'))) as LintReport;
    const show = (xs: LintReport['errors']) => xs.map((x) => `${x.code} ${x.file ?? ''}: ${x.message}`).join('\n');
    expect(report.errors, show(report.errors)).toEqual([]);
    expect(report.warnings, show(report.warnings)).toEqual([]);
    expect(report.summary.errors + report.summary.warnings).toBe(0);
  });
});
