/**
 * Runs the built CLI (bin/note-lint.js -> dist/cli.js) as a child process, the way users run it.
 * The bundle is rebuilt first when any source is newer than it, so `npx vitest run tests/cli` works
 * on its own; scripts/build-cli.ts renames into place, so parallel test files never see half a bundle.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'note-lint.js');
export const CLI_FIXTURES = join(ROOT, 'tests', 'fixtures', 'cli');
export const FHIR_FIXTURES = join(ROOT, 'tests', 'fixtures', 'fhir');

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function ensureCliBuilt(): void {
  const bundle = join(ROOT, 'dist', 'cli.js');
  const sources = Math.max(newestMtime(join(ROOT, 'src')), newestMtime(join(ROOT, 'scripts', 'build-cli.ts')), newestMtime(join(ROOT, 'package.json')));
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= sources) return;
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/build-cli.ts'], { cwd: ROOT, stdio: 'pipe' });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
}

export function runCli(args: string[], options: RunOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? CLI_FIXTURES, env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

const tempDirs: string[] = [];

/** A scratch folder for generated test inputs, removed by `removeTempDirs` (call it in afterAll). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `note-lint-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The contract's JSON output, typed loosely for assertions. */
export interface JsonOutput {
  version: number;
  results: {
    file: string;
    error?: string;
    fhir?: { documentReference?: string; patient?: string; encounter?: string };
    codes: { code: string; source: string }[];
    findings: { type: string; text: string; start: number; end: number; section: string | null; assertion: Record<string, boolean>; attributes: Record<string, unknown> }[];
    diagnostics: { ruleId: string; severity: string; kind: string; code: string | null; message: string; start: number; end: number }[];
  }[];
}

export function parseJson(run: CliRun): JsonOutput {
  return JSON.parse(run.stdout) as JsonOutput;
}
