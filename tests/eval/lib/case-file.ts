/**
 * One eval case: a realistic note with YAML front matter saying what a CDI reviewer expects.
 *
 *   ---
 *   codes: [R53.1]            # chosen codes passed as the user would (optional; notes may write codes too)
 *   setting: outpatient       # optional: omitted to exercise the engine's own inference
 *   age: 72                   # optional
 *   expect: [workup-plan, {rule: excludes1-conflict, code: M62.81}]   # the complete list that must fire
 *   allow: [objective-findings]   # clinically debatable: counts neither way
 *   suggest: [I69.35-]        # must be among suggestedCodes ("-" ends a prefix: any code under it)
 *   neverSuggest: [I63.9]     # must never be suggested
 *   pack: electrolytes        # optional grouping for condition packs
 *   why: one line of the reviewer's reasoning
 *   ---
 *   note text ...
 *
 * The note keeps its own line endings (CRLF notes stay CRLF). Any problem throws CaseFileError naming
 * the file and the field, so a malformed case never scores silently.
 */
import { parse } from 'yaml';
import { isCodeShape } from '../../../src/engine/rules/support/codes.ts';

export type Setting = 'inpatient' | 'outpatient';

/** A rule id, optionally pinned to the chosen code the diagnostic is about. */
export interface RuleRef {
  rule: string;
  code?: string;
}

export interface EvalCase {
  /** Path relative to the cases folder, with forward slashes: "time/discharge-na.txt". */
  file: string;
  /** The folder the case sits in. */
  category: string;
  codes: string[];
  setting?: Setting;
  age?: number;
  expect: RuleRef[];
  allow: RuleRef[];
  suggest: string[];
  neverSuggest: string[];
  pack?: string;
  why: string;
  text: string;
}

export class CaseFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | null,
    detail: string,
  ) {
    super(`${file}: ${field ? `field "${field}": ` : ''}${detail}`);
    this.name = 'CaseFileError';
  }
}

export const CASE_KEYS = ['codes', 'setting', 'age', 'expect', 'allow', 'suggest', 'neverSuggest', 'pack', 'why'] as const;
const SETTINGS: readonly string[] = ['inpatient', 'outpatient'];
/** A code, or a code prefix ending in "-" (I69.35-, G81.-) as the tabular writes families. */
const CODE_PREFIX = /^[A-Z]\d[\dA-Z](?:\.[\dA-Z]{0,3})?-$/;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A code pattern of suggest/neverSuggest matches a suggested code exactly, or by prefix when it ends in "-". */
export function codeMatches(pattern: string, code: string): boolean {
  if (!pattern.endsWith('-')) return pattern === code;
  const prefix = pattern.slice(0, -1);
  return code.startsWith(prefix) && code !== prefix.replace(/\.$/, '');
}

export function parseCaseFile(file: string, source: string, knownRules: ReadonlySet<string>): EvalCase {
  const match = FRONT_MATTER.exec(source.replace(/^\uFEFF/, ''));
  if (!match) throw new CaseFileError(file, null, 'must start with YAML front matter between two "---" lines');
  const fail = (field: string, detail: string): never => {
    throw new CaseFileError(file, field, detail);
  };
  let data: unknown;
  try {
    data = parse(match[1]!);
  } catch (error) {
    return fail('front matter', `is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (!isRecord(data)) return fail('front matter', 'must be a YAML mapping of keys to values');
  for (const key of Object.keys(data)) {
    if (!(CASE_KEYS as readonly string[]).includes(key)) fail(key, `unknown key (known keys: ${CASE_KEYS.join(', ')})`);
  }

  const list = (field: string): unknown[] => {
    const value = data[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) return fail(field, `must be a list, got ${JSON.stringify(value)}`);
    return value;
  };
  const codeList = (field: string, allowPrefix: boolean): string[] =>
    list(field).map((v, i) => {
      const code = typeof v === 'string' ? v.trim() : '';
      if (isCodeShape(code) || (allowPrefix && CODE_PREFIX.test(code))) return code;
      return fail(`${field}[${i}]`, `${JSON.stringify(v)} is not an ICD-10-CM code written as in the tabular (e.g. R53.1${allowPrefix ? ', or a prefix such as I69.35-' : ''})`);
    });
  const ruleList = (field: string): RuleRef[] =>
    list(field).map((v, i) => {
      const where = `${field}[${i}]`;
      let ref: RuleRef;
      if (typeof v === 'string') ref = { rule: v };
      else if (isRecord(v)) {
        const extra = Object.keys(v).filter((k) => k !== 'rule' && k !== 'code');
        if (extra.length > 0) fail(where, `unknown key "${extra[0]}" (use rule and code)`);
        if (typeof v.rule !== 'string') fail(where, 'needs a rule id string in "rule"');
        if (v.code !== undefined && !(typeof v.code === 'string' && isCodeShape(v.code))) fail(where, `code ${JSON.stringify(v.code)} is not a well-formed ICD-10-CM code`);
        ref = v.code === undefined ? { rule: v.rule as string } : { rule: v.rule as string, code: v.code as string };
      } else return fail(where, `must be a rule id or {rule, code}, got ${JSON.stringify(v)}`);
      if (!knownRules.has(ref.rule)) fail(where, `unknown rule id "${ref.rule}"`);
      return ref;
    });

  const setting = data.setting;
  if (setting !== undefined && !SETTINGS.includes(setting as string)) fail('setting', `must be inpatient or outpatient, got ${JSON.stringify(setting)}`);
  const age = data.age;
  if (age !== undefined && !(typeof age === 'number' && Number.isInteger(age) && age >= 0 && age <= 130)) {
    fail('age', `must be a whole number of years from 0 to 130, got ${JSON.stringify(age)}`);
  }
  const pack = data.pack;
  if (pack !== undefined && !(typeof pack === 'string' && /^[a-z][a-z0-9-]*$/.test(pack))) fail('pack', `must be a pack id in kebab-case, got ${JSON.stringify(pack)}`);
  const why = data.why;
  if (typeof why !== 'string' || why.trim() === '' || why.includes('\n')) fail('why', 'is required: one line of the reviewer\'s reasoning');
  if (data.expect === undefined) fail('expect', 'is required (an empty list [] when nothing may fire)');

  const expect = ruleList('expect');
  const allow = ruleList('allow');
  for (const a of allow) {
    if (expect.some((e) => e.rule === a.rule && (e.code === undefined || a.code === undefined || e.code === a.code))) {
      fail('allow', `"${a.rule}" is also in expect: a rule is either expected or debatable`);
    }
  }
  const suggest = codeList('suggest', true);
  const neverSuggest = codeList('neverSuggest', true);
  for (const s of suggest) {
    if (neverSuggest.some((n) => codeMatches(n, s) || codeMatches(s, n) || n === s)) fail('neverSuggest', `contradicts suggest entry ${s}`);
  }
  const body = source.replace(/^\uFEFF/, '').slice(match[0].length);
  if (body.trim() === '') fail('note', 'the note after the front matter is empty');
  const out: EvalCase = {
    file,
    category: file.split('/').slice(-2, -1)[0] ?? '(none)',
    codes: codeList('codes', false),
    expect,
    allow,
    suggest,
    neverSuggest,
    why: (why as string).trim(),
    text: body,
  };
  if (setting !== undefined) out.setting = setting as Setting;
  if (age !== undefined) out.age = age as number;
  if (pack !== undefined) out.pack = pack as string;
  return out;
}
