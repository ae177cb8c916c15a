/**
 * Accuracy on realistic notes, as a CDI reviewer judges them:
 *   npm run eval:cases -- [--json] [--verbose] [--category NAME]... [--file PATH]... [--cases DIR]
 * Reads every case under tests/eval/cases/<category>/*.txt (front matter: tests/eval/lib/case-file.ts),
 * lints each note with its codes, setting and age as the CLI passes them, and prints per-rule TP/FP/FN,
 * precision, recall and F1, micro figures, figures per category (and per pack when cases name one),
 * the share of notes fully right and the wrong cases. --file selects cases whose path (relative to the
 * cases folder, or as given) contains PATH. --verbose adds, under each wrong case, its reasoning and
 * every diagnostic that fired.
 * Exit codes: 0 measured (whatever the figures), 2 on a malformed case file or bad usage.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { lint } from '../src/engine/index.ts';
import type { LintOptions } from '../src/engine/types.ts';
import { CaseFileError, type EvalCase } from '../tests/eval/lib/case-file.ts';
import { KNOWN_RULE_IDS } from '../tests/eval/lib/known-rules.ts';
import { loadCases } from '../tests/eval/lib/load-cases.ts';
import { humanReport } from '../tests/eval/lib/report.ts';
import { scoreCase, summarize, type CaseScore, type EvalSummary } from '../tests/eval/lib/score.ts';

const DEFAULT_CASES = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/eval/cases');

class UsageError extends Error {}

export function optionsFor(c: EvalCase): LintOptions {
  const options: LintOptions = {};
  if (c.codes.length > 0) options.codes = c.codes.map((code) => ({ code, source: 'option' as const }));
  if (c.setting !== undefined) options.setting = c.setting;
  if (c.age !== undefined) options.age = c.age;
  return options;
}

export function runCase(c: EvalCase): CaseScore {
  try {
    return scoreCase(c, lint(c.text, optionsFor(c)).diagnostics);
  } catch (error) {
    return scoreCase(c, [], error instanceof Error ? error.message : String(error));
  }
}

export function evaluate(cases: readonly EvalCase[]): EvalSummary {
  return summarize(cases.map(runCase));
}

function select(cases: EvalCase[], categories: string[], files: string[], root: string): EvalCase[] {
  const known = new Set(cases.map((c) => c.category));
  for (const name of categories) if (!known.has(name)) throw new UsageError(`--category "${name}": no such category (known: ${[...known].sort().join(', ')})`);
  const wanted = files.map((f) => {
    const abs = resolve(f);
    const rel = relative(root, abs).split(sep).join('/');
    return rel.startsWith('..') ? f.split(sep).join('/') : rel;
  });
  const out = cases.filter((c) => (categories.length === 0 || categories.includes(c.category)) && (wanted.length === 0 || wanted.some((w) => c.file.includes(w))));
  if (out.length === 0) throw new UsageError('no case matches the --category / --file filters');
  return out;
}

export interface Io {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export function main(argv: string[], io: Io = process): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        category: { type: 'string', multiple: true, default: [] },
        file: { type: 'string', multiple: true, default: [] },
        cases: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr.write(`eval:cases: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const root = resolve(values.cases ?? DEFAULT_CASES);
  if (!existsSync(root)) {
    io.stderr.write(`eval:cases: no cases folder at ${root}\n`);
    return 2;
  }
  try {
    const cases = select(loadCases(root, KNOWN_RULE_IDS), values.category, values.file, root);
    const summary = evaluate(cases);
    io.stdout.write(values.json ? `${JSON.stringify({ version: 1, ...summary }, null, 2)}\n` : humanReport(summary, values.verbose));
    return 0;
  } catch (error) {
    if (error instanceof CaseFileError || error instanceof UsageError) {
      io.stderr.write(`eval:cases: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
