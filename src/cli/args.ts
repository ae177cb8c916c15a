/**
 * Command-line arguments to a typed request, or a usage error that names the bad argument.
 * Rule ids and code shapes are checked here, before any file is read, so a typo fails fast (exit 2).
 */
import { parseArgs } from 'node:util';
import { normalizeIcd10cm } from '../codes/icd10cm.ts';
import { CARE_SETTINGS, RULE_LEVELS } from '../config/schema.ts';
import { isKnownRuleId, RULE_IDS } from '../config/rule-ids.ts';
import type { CareSetting, SeverityOrOff } from '../engine/types.ts';
import { knownPacks } from '../engine/rules/packs.ts';
import { CODE_EXAMPLES } from '../lexicon/generated/code-examples.ts';
import { LEXICON_DATA } from '../lexicon/generated/lexicon.ts';

export const FORMATS = ['stylish', 'json', 'html', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliArgs {
  inputs: string[];
  stdin: boolean;
  codes: string[];
  age?: number;
  format: Format;
  setting?: CareSetting;
  config?: string;
  rules: Record<string, SeverityOrOff>;
  /** Pack switches from --pack (only these packs) or --no-pack (all but these); empty when neither is given. */
  packs: Record<string, boolean>;
  maxWarnings?: number;
  quiet: boolean;
  /** Undefined: one per core. */
  workers?: number;
  globs: string[];
  ignores: string[];
  help: boolean;
  version: boolean;
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; error: string };

class UsageError extends Error {}

function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${name} expects a whole number from ${min} to ${max}, got "${value}"`);
  }
  return Number(value);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} "${value}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function parseCodes(values: string[]): string[] {
  return values
    .flatMap((value) => value.split(','))
    .map((code) => code.trim())
    .filter((code) => code.length > 0)
    .map((typed) => {
      const code = normalizeIcd10cm(typed);
      if (code === null) {
        throw new UsageError(`--code "${typed}" is not an ICD-10-CM code (expected a letter, a digit, a letter or digit, then optionally a dot and up to four more, e.g. ${CODE_EXAMPLES.join(' or ')})`);
      }
      return code;
    });
}

function parseRules(values: string[]): Record<string, SeverityOrOff> {
  const rules: Record<string, SeverityOrOff> = {};
  for (const value of values) {
    const colon = value.lastIndexOf(':');
    if (colon <= 0) throw new UsageError(`--rule "${value}" must be id:level, e.g. --rule strength-detail:off`);
    const id = value.slice(0, colon).trim();
    const level = value.slice(colon + 1).trim();
    if (!isKnownRuleId(id)) throw new UsageError(`--rule: unknown rule id "${id}". Known rules: ${RULE_IDS.join(', ')}`);
    rules[id] = oneOf('rule', level, RULE_LEVELS);
  }
  return rules;
}

function packIds(option: string, values: string[]): string[] {
  const known = knownPacks();
  const ids = values.flatMap((value) => value.split(',')).map((id) => id.trim()).filter((id) => id.length > 0);
  for (const id of ids) {
    if (!known.includes(id)) throw new UsageError(`--${option}: unknown pack id "${id}". Known packs: ${known.join(', ')}`);
  }
  return ids;
}

/** --pack ID...: only these packs run; --no-pack ID...: every pack but these. */
function parsePacks(only: string[], without: string[]): Record<string, boolean> {
  const on = packIds('pack', only);
  const off = packIds('no-pack', without);
  if (on.length > 0 && off.length > 0) throw new UsageError('--pack and --no-pack cannot be combined: --pack already switches every other pack off');
  if (on.length > 0) return Object.fromEntries(knownPacks().map((id) => [id, on.includes(id)]));
  return Object.fromEntries(off.map((id) => [id, false]));
}

export function parseCliArgs(argv: string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        stdin: { type: 'boolean', default: false },
        code: { type: 'string', multiple: true, default: [] },
        age: { type: 'string' },
        format: { type: 'string', short: 'f', default: 'stylish' },
        setting: { type: 'string' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true, default: [] },
        pack: { type: 'string', multiple: true, default: [] },
        'no-pack': { type: 'string', multiple: true, default: [] },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        workers: { type: 'string' },
        glob: { type: 'string', multiple: true, default: [] },
        ignore: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
    const args: CliArgs = {
      inputs: positionals,
      stdin: values.stdin,
      codes: parseCodes(values.code),
      format: oneOf('format', values.format, FORMATS),
      rules: parseRules(values.rule),
      packs: parsePacks(values.pack, values['no-pack']),
      quiet: values.quiet,
      globs: values.glob,
      ignores: values.ignore,
      help: values.help,
      version: values.version,
    };
    // The oldest age is the lexicon's (lexicon/values.yaml), as for an age read from the note and the engine's `age` option.
    const age = integer('age', values.age, 0, LEXICON_DATA.values.age.maxYears);
    if (age !== undefined) args.age = age;
    if (values.setting !== undefined) args.setting = oneOf('setting', values.setting, CARE_SETTINGS);
    if (values.config !== undefined) args.config = values.config;
    const maxWarnings = integer('max-warnings', values['max-warnings'], 0, Number.MAX_SAFE_INTEGER);
    if (maxWarnings !== undefined) args.maxWarnings = maxWarnings;
    const workers = integer('workers', values.workers, 1, 256);
    if (workers !== undefined) args.workers = workers;
    if (!args.help && !args.version && args.inputs.length === 0 && !args.stdin) {
      throw new UsageError('no input: give note files or folders, or --stdin');
    }
    return { ok: true, args };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, error: error.message };
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      return { ok: false, error: error.message.split('. ')[0] ?? error.message };
    }
    throw error;
  }
}
