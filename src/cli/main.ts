/**
 * note-lint's command line: arguments and config to lint options, inputs to reports, reports to the
 * chosen format. Returns the exit code: 0 clean, 1 error diagnostics (or too many warnings), 2 bad
 * usage or an unreadable input. The process object is passed in, so tests and the bin share one path.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import packageJson from '../../package.json';
import { CONFIG_FILE_NAME, configToLintOptions, validateConfig } from '../config/schema.ts';
import type { LintOptions } from '../engine/types.ts';
import { parseCliArgs, type CliArgs, type Format } from './args.ts';
import { expandInputs } from './files.ts';
import { formatCsv } from './formatters/csv.ts';
import { formatHtml } from './formatters/html.ts';
import { formatJson } from './formatters/json.ts';
import { formatStylish, noteTitle } from './formatters/stylish.ts';
import { lintStdinText, type NoteReport } from './lint-input.ts';
import { ProgressBar, wantsProgress } from './progress.ts';
import { decodeNote, MAX_INPUT_BYTES, MAX_INPUT_MB } from './read-input.ts';
import { runBatch } from './run-batch.ts';
import { countReports } from './summary.ts';
import { USAGE } from './usage.ts';

export interface CliProcess {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: { isTTY?: boolean; write(chunk: string): unknown };
  stderr: { isTTY?: boolean; write(chunk: string): unknown };
}

/** Files below this count are linted in the main thread unless --workers says otherwise: starting workers costs more. */
const MIN_FILES_FOR_WORKERS = 8;

class InputError extends Error {}

async function loadConfigOptions(args: CliArgs, cwd: string): Promise<LintOptions> {
  const explicit = args.config !== undefined;
  const path = resolve(cwd, args.config ?? CONFIG_FILE_NAME);
  if (!explicit && !existsSync(path)) return {};
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read config ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`config ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const checked = validateConfig(json);
  if (!checked.ok) throw new InputError(`config ${path} is invalid:\n${checked.errors.map((e) => `  ${e}`).join('\n')}`);
  return configToLintOptions(checked.config);
}

function lintOptions(args: CliArgs, fromConfig: LintOptions): LintOptions {
  const options: LintOptions = { ...fromConfig };
  if (args.setting) options.setting = args.setting;
  if (Object.keys(args.rules).length > 0) options.rules = { ...fromConfig.rules, ...args.rules };
  if (Object.keys(args.packs).length > 0) options.packs = { ...fromConfig.packs, ...args.packs };
  if (args.codes.length > 0) options.codes = args.codes.map((code) => ({ code, source: 'option' as const }));
  if (args.age !== undefined) options.age = args.age;
  return options;
}

async function readStdin(stdin: CliProcess['stdin'], options: LintOptions): Promise<NoteReport[]> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) return [{ file: '<stdin>', text: null, result: null, error: `input too large (note-lint reads up to ${MAX_INPUT_MB} MB)` }];
    chunks.push(buffer);
  }
  const decoded = decodeNote(Buffer.concat(chunks));
  if (!decoded.ok) return [{ file: '<stdin>', text: null, result: null, error: decoded.error }];
  return lintStdinText(decoded.text, options);
}

function wantsColour(stream: CliProcess['stdout'], env: CliProcess['env']): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return stream.isTTY === true;
}

function format(reports: readonly NoteReport[], chosen: Format, colour: boolean): string {
  switch (chosen) {
    case 'stylish':
      return formatStylish(reports, colour);
    case 'json':
      return formatJson(reports);
    case 'csv':
      return formatCsv(reports);
    case 'html':
      return formatHtml(reports);
  }
}

/** --quiet: errors only, like ESLint. */
function errorsOnly(report: NoteReport): NoteReport {
  if (!report.result) return report;
  return { ...report, result: { ...report.result, diagnostics: report.result.diagnostics.filter((d) => d.severity === 'error') } };
}

export async function main(proc: CliProcess): Promise<number> {
  const parsed = parseCliArgs(proc.argv);
  if (!parsed.ok) {
    proc.stderr.write(`note-lint: ${parsed.error}\nRun note-lint --help for usage.\n`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    proc.stdout.write(USAGE);
    return 0;
  }
  if (args.version) {
    proc.stdout.write(`${packageJson.version}\n`);
    return 0;
  }

  let options: LintOptions;
  try {
    options = lintOptions(args, await loadConfigOptions(args, proc.cwd));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    proc.stderr.write(`note-lint: ${error.message}\n`);
    return 2;
  }

  const files = await expandInputs(args.inputs, { cwd: proc.cwd, globs: args.globs, ignores: args.ignores });
  const progress = wantsProgress(proc.stderr, files.length) ? new ProgressBar(proc.stderr) : null;
  const workerUrl = new URL('./cli-worker.js', import.meta.url);
  const workersAvailable = workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
  const workers = workersAvailable ? (args.workers ?? (files.length >= MIN_FILES_FOR_WORKERS ? availableParallelism() : 1)) : 1;

  const reports: NoteReport[] = args.stdin ? await readStdin(proc.stdin, options) : [];
  const batch = await runBatch(files, { options, workers, workerUrl, onFileDone: (done, total) => progress?.update(done, total) });
  progress?.clear();
  reports.push(...batch.flat());

  for (const report of reports) {
    if (report.error !== undefined) proc.stderr.write(`note-lint: ${noteTitle(report)}: ${report.error}\n`);
  }
  const counts = countReports(reports);
  proc.stdout.write(format(args.quiet ? reports.map(errorsOnly) : reports, args.format, wantsColour(proc.stdout, proc.env)));

  if (counts.unreadable > 0) return 2;
  if (counts.error > 0) return 1;
  if (args.maxWarnings !== undefined && counts.warning > args.maxWarnings) {
    proc.stderr.write(`note-lint found too many warnings: ${counts.warning} (maximum: ${args.maxWarnings})\n`);
    return 1;
  }
  return 0;
}
