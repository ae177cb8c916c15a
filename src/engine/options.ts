/**
 * Checks lint options before any stage runs. A typo in a rule id, analyte or setting would
 * otherwise lint with defaults and look like a clean result, and a wrong type would crash deep
 * inside a stage; both become one clear error naming the option and the value.
 */
import type { CompiledLexicon } from './lexicon.ts';
import { rulesOf } from './rules/registry.ts';
import { knownPacks } from './rules/packs.ts';
import type { LintOptions } from './types.ts';

export class LintOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LintOptionsError';
  }
}

const LEVELS = ['off', 'error', 'warning', 'info'];
const SETTINGS = ['outpatient', 'inpatient'];
const SOURCES = ['note', 'option', 'fhir', 'page', 'session'];

function show(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function validateOptions(options: unknown, lexicon: CompiledLexicon): LintOptions {
  const fail = (message: string): never => {
    throw new LintOptionsError(`Invalid lint options: ${message}`);
  };
  if (options === undefined) return {};
  if (!isRecord(options)) return fail(`options must be an object, got ${show(options)}`);
  const { codes, age, setting, rules: levels, labRanges, packs } = options;

  if (codes !== undefined) {
    if (!Array.isArray(codes)) fail(`options.codes must be a list of codes, got ${show(codes)}`);
    (codes as unknown[]).forEach((entry, i) => {
      if (typeof entry === 'string') return;
      if (!isRecord(entry)) return fail(`options.codes[${i}] must be a code string or {code, source}, got ${show(entry)}`);
      if (typeof entry.code !== 'string') fail(`options.codes[${i}] has no code string: ${show(entry)}`);
      if (entry.source !== undefined && !SOURCES.includes(entry.source as string)) {
        fail(`options.codes[${i}].source must be one of ${SOURCES.join(', ')}, got ${show(entry.source)}`);
      }
    });
  }
  if (age !== undefined && !(isFiniteNumber(age) && age >= 0 && age <= 150)) {
    fail(`options.age must be a number of years from 0 to 150, got ${show(age)}`);
  }
  if (setting !== undefined && !SETTINGS.includes(setting as string)) {
    fail(`options.setting must be "outpatient" or "inpatient", got ${show(setting)}`);
  }
  if (levels !== undefined) {
    if (!isRecord(levels)) fail(`options.rules must map rule ids to off, error, warning or info, got ${show(levels)}`);
    const ruleIds = new Set(rulesOf(lexicon).map((r) => r.meta.id));
    for (const [id, level] of Object.entries(levels as Record<string, unknown>)) {
      if (!ruleIds.has(id)) fail(`Unknown rule id "${id}" in options.rules; known rule ids: ${[...ruleIds].join(', ')}`);
      if (!LEVELS.includes(level as string)) fail(`options.rules["${id}"] must be off, error, warning or info, got ${show(level)}`);
    }
  }
  if (labRanges !== undefined) {
    if (!isRecord(labRanges)) fail(`options.labRanges must map analyte ids to {low, high}, got ${show(labRanges)}`);
    for (const [analyte, range] of Object.entries(labRanges as Record<string, unknown>)) {
      if (!lexicon.analytes.has(analyte)) {
        fail(`options.labRanges names unknown analyte "${analyte}"; known analytes: ${[...lexicon.analytes.keys()].join(', ')}`);
      }
      if (!isRecord(range)) return fail(`options.labRanges.${analyte} must be {low, high}, got ${show(range)}`);
      for (const bound of Object.keys(range)) {
        if (bound !== 'low' && bound !== 'high') fail(`options.labRanges.${analyte} has unknown key "${bound}" (use low and high)`);
        if (!isFiniteNumber(range[bound])) fail(`options.labRanges.${analyte}.${bound} must be a finite number, got ${show(range[bound])}`);
      }
      if (isFiniteNumber(range.low) && isFiniteNumber(range.high) && range.low >= range.high) {
        fail(`options.labRanges.${analyte}: low (${range.low}) must be below high (${range.high})`);
      }
    }
  }
  if (packs !== undefined) {
    if (!isRecord(packs)) fail(`options.packs must map pack ids to true or false, got ${show(packs)}`);
    const known = knownPacks(lexicon);
    for (const [id, enabled] of Object.entries(packs as Record<string, unknown>)) {
      if (!known.includes(id)) fail(`Unknown pack id "${id}" in options.packs; known packs: ${known.join(', ')}`);
      if (typeof enabled !== 'boolean') fail(`options.packs["${id}"] must be true or false, got ${show(enabled)}`);
    }
  }
  return options as LintOptions;
}
