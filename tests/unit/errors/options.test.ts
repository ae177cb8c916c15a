/**
 * lint() refuses options it cannot honour with an Error that names the option and the bad value,
 * instead of crashing inside a stage (TypeError) or silently ignoring it (a typo in a rule id,
 * analyte or setting would otherwise lint with defaults and look like a clean result).
 */
import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../../../src/engine/index.ts';

const NOTE = 'HPI: 70 yo with generalized weakness x 3 weeks.\nExam: strength 4/5 proximal.\nLabs: K 3.1 (L)\nAssessment: weakness, M62.81';

interface Case {
  name: string;
  options: unknown;
  /** The error must match every pattern: the option's path and the offending value. */
  names: RegExp[];
}

const INVALID: Case[] = [
  { name: 'unknown rule id', options: { rules: { 'no-such-rule': 'error' } }, names: [/no-such-rule/, /rules/] },
  { name: 'rule id with a typo', options: { rules: { 'strength-detial': 'off' } }, names: [/strength-detial/, /rules/] },
  { name: 'unknown rule level', options: { rules: { 'strength-detail': 'loud' } }, names: [/loud/, /strength-detail/] },
  { name: 'rules is not an object', options: { rules: null }, names: [/options\.rules|rules/, /null/] },
  { name: 'setting is not a care setting', options: { setting: 'icu' }, names: [/setting/, /icu/] },
  { name: 'setting in the wrong case', options: { setting: 'Inpatient' }, names: [/setting/, /Inpatient/] },
  { name: 'codes is a string, not a list', options: { codes: 'R53.1' }, names: [/codes/, /list|array/i] },
  { name: 'codes entry is a number', options: { codes: [42] }, names: [/codes/, /42/] },
  { name: 'codes entry is null', options: { codes: [null] }, names: [/codes/, /null/] },
  { name: 'codes entry without a code', options: { codes: [{ source: 'option' }] }, names: [/codes/, /code/] },
  { name: 'codes entry with an unknown source', options: { codes: [{ code: 'R53.1', source: 'web' }] }, names: [/codes/, /web/] },
  { name: 'labRanges bound is a string', options: { labRanges: { potassium: { low: 'abc', high: 5 } } }, names: [/labRanges/, /potassium/, /abc/] },
  { name: 'labRanges bound is NaN', options: { labRanges: { potassium: { low: Number.NaN } } }, names: [/labRanges/, /potassium/, /NaN|number/] },
  { name: 'labRanges bound is Infinity', options: { labRanges: { potassium: { high: Number.POSITIVE_INFINITY } } }, names: [/labRanges/, /potassium/] },
  { name: 'labRanges low above high', options: { labRanges: { potassium: { low: 6, high: 3 } } }, names: [/labRanges/, /potassium/, /low|high/] },
  { name: 'labRanges unknown analyte', options: { labRanges: { potasium: { low: 3.5 } } }, names: [/labRanges/, /potasium/] },
  { name: 'labRanges range is a number', options: { labRanges: { potassium: 3.5 } }, names: [/labRanges/, /potassium/] },
  { name: 'age is negative', options: { age: -5 }, names: [/age/, /-5/] },
  { name: 'age is not a number', options: { age: 'old' }, names: [/age/, /old/] },
  { name: 'age is NaN', options: { age: Number.NaN }, names: [/age/, /NaN/] },
  { name: 'options is null', options: null, names: [/options/, /null/] },
  { name: 'a misspelt option name', options: { rule: { 'strength-detail': 'off' } }, names: [/options\.rule: unknown key/, /rules/] },
  { name: 'age above the oldest age of the lexicon', options: { age: 126 }, names: [/options\.age/, /126/, /125/] },
  { name: 'a code entry whose code is a number', options: { codes: [{ code: 53.1 }] }, names: [/options\.codes\[0\]\.code/, /53\.1/] },
  { name: 'a code entry with an unknown key', options: { codes: [{ code: 'R53.1', from: 'popup' }] }, names: [/options\.codes\[0\]\.from/, /unknown key/] },
  { name: 'a lab range with an unknown bound', options: { labRanges: { potassium: { min: 3 } } }, names: [/options\.labRanges\.potassium\.min/, /unknown key/] },
  { name: 'a lab range with no bound', options: { labRanges: { potassium: {} } }, names: [/options\.labRanges\.potassium/, /low, high or both/] },
  { name: 'a pack switch that is a string', options: { packs: { weakness: 'on' } }, names: [/options\.packs\.weakness/, /"on"/] },
  { name: 'options is a list', options: [], names: [/options/, /an array/] },
];

/** The whole message: every problem of the options, one `path: problem` each (src/schema/issues.ts). */
const EXACT: { options: unknown; message: string }[] = [
  { options: { setting: 'icu' }, message: 'Invalid lint options: options.setting: expected one of outpatient, inpatient, got "icu"' },
  { options: { age: 'old' }, message: 'Invalid lint options: options.age: expected a number, got "old"' },
  { options: { age: -1 }, message: 'Invalid lint options: options.age: expected a number of years from 0 to 125, got -1' },
  { options: { codes: 'R53.1' }, message: 'Invalid lint options: options.codes: expected a list of codes, got "R53.1"' },
  { options: { codes: [42] }, message: 'Invalid lint options: options.codes[0]: expected a code string or {code, source}, got number 42' },
  { options: { codes: [{ source: 'option' }] }, message: 'Invalid lint options: options.codes[0].code: required, got nothing' },
  {
    options: { codes: [{ code: 'R53.1', source: 'web' }] },
    message: 'Invalid lint options: options.codes[0].source: expected one of note, option, fhir, page, session, got "web"',
  },
  { options: { labRanges: { potassium: { low: 6, high: 3 } } }, message: 'Invalid lint options: options.labRanges.potassium: low (6) must be below high (3)' },
  { options: null, message: 'Invalid lint options: options: expected an object, got null' },
  // every problem at once, in the order of the options
  {
    options: { setting: 'ICU', age: 200, packs: { weakness: 1 } },
    message:
      'Invalid lint options: options.age: expected a number of years from 0 to 125, got 200; options.setting: expected one of outpatient, inpatient, got "ICU"; options.packs.weakness: expected true or false, got number 1',
  },
];

const VALID: { name: string; options: LintOptions }[] = [
  { name: 'no options', options: {} },
  { name: 'a rule switched off', options: { rules: { 'strength-detail': 'off' } } },
  { name: 'every level', options: { rules: { 'strength-detail': 'info', 'functional-impact': 'error', 'treatment-plan': 'warning' } } },
  { name: 'inpatient setting', options: { setting: 'inpatient' } },
  { name: 'codes as strings and objects', options: { codes: ['R53.1', { code: 'M62.81', source: 'option' }, { code: 'R53.83' }] } },
  { name: 'an unknown but well-formed code (reported by invalid-code, not thrown)', options: { codes: ['R99.99'] } },
  { name: 'lab range override', options: { labRanges: { potassium: { low: 3.4, high: 5.2 }, ck: { high: 170 } } } },
  { name: 'age', options: { age: 70 } },
  { name: 'the youngest and the oldest age', options: { age: 0 } },
  { name: 'the oldest age of the lexicon', options: { age: 125 } },
  { name: 'an infant in years', options: { age: 0.75 } },
  { name: 'every code source', options: { codes: ['note', 'option', 'fhir', 'page', 'session'].map((source) => ({ code: 'R53.1', source: source as 'note' })) } },
  { name: 'packs switched on and off', options: { packs: { weakness: false, anemia: true } } },
  { name: 'an option left undefined', options: { age: undefined, setting: undefined } },
];

function thrown(run: () => unknown): Error | undefined {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  return undefined;
}

describe('invalid lint options', () => {
  it.each(INVALID.map((c) => [c.name, c] as const))('%s: a clear Error naming the option and value', (_name, c) => {
    const error = thrown(() => lint(NOTE, c.options as LintOptions));
    expect(error, 'lint must refuse the options, not lint with them').toBeInstanceOf(Error);
    // A TypeError from deep inside a stage ("Cannot read properties of undefined") is a crash, not a message.
    expect(error!.message).not.toMatch(/Cannot (read|destructure|convert)|is not a function|undefined \(reading/);
    for (const pattern of c.names) expect(error!.message).toMatch(pattern);
  });
});

describe('the error names each field and value, in one format', () => {
  it.each(EXACT.map((c) => [JSON.stringify(c.options), c] as const))('%s', (_name, c) => {
    expect(thrown(() => lint(NOTE, c.options as LintOptions))?.message).toBe(c.message);
  });
});

describe('valid lint options', () => {
  it.each(VALID.map((c) => [c.name, c] as const))('%s: no error', (_name, c) => {
    const result = lint(NOTE, c.options);
    expect(result.length).toBe(NOTE.length);
  });

  it('a rule switched off reports nothing for that rule, and the default run does', () => {
    const on = lint(NOTE).diagnostics.map((d) => d.ruleId);
    const ruleId = on[0];
    expect(ruleId, 'the note triggers at least one rule').toBeDefined();
    const off = lint(NOTE, { rules: { [ruleId!]: 'off' } }).diagnostics.map((d) => d.ruleId);
    expect(off).not.toContain(ruleId);
  });
});
