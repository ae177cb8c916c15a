import { describe, expect, it } from 'vitest';
import { ANALYTE_IDS, configToLintOptions, RULE_IDS, validateConfig } from '../../../src/config/index.ts';

/** Any analyte of the lexicon; the tests must not depend on which ones it has. */
const ANALYTE = ANALYTE_IDS[0]!;
const ANALYTES = ANALYTE_IDS.join(', ');

describe('validateConfig', () => {
  const valid: { name: string; config: unknown }[] = [
    { name: 'the minimal config', config: { version: 1 } },
    { name: 'a full config', config: { $schema: './schema.json', version: 1, setting: 'inpatient', rules: { 'strength-detail': 'off', 'excludes1-conflict': 'warning' }, labRanges: { [ANALYTE]: { low: 3.4, high: 5.2 } } } },
    { name: 'every rule level', config: { version: 1, rules: { 'workup-plan': 'error', 'treatment-plan': 'warning', 'objective-findings': 'info', 'age-range': 'off' } } },
    { name: 'a one-sided range', config: { version: 1, labRanges: { [ANALYTE]: { low: 30 } } } },
  ];
  it.each(valid)('accepts $name', ({ config }) => {
    const result = validateConfig(config);
    expect(result).toEqual({ ok: true, config: expect.objectContaining({ version: 1 }) });
  });

  const invalid: { name: string; config: unknown; errors: string[] }[] = [
    { name: 'not an object', config: [], errors: ['config: expected a JSON object, got an array'] },
    { name: 'null', config: null, errors: ['config: expected a JSON object, got null'] },
    { name: 'no version', config: {}, errors: ['version: expected 1, got nothing'] },
    { name: 'a future version', config: { version: 2 }, errors: ['version: expected 1, got number 2'] },
    { name: 'an unknown key', config: { version: 1, rule: {} }, errors: ['rule: unknown key (expected version, setting, rules, labRanges, packs, pageDisplay, evidenceView, siteProfiles)'] },
    { name: 'a bad setting', config: { version: 1, setting: 'icu' }, errors: ['setting: expected one of outpatient, inpatient, got "icu"'] },
    { name: 'an unknown rule id', config: { version: 1, rules: { 'strenght-detail': 'off' } }, errors: ['rules.strenght-detail: unknown rule id'] },
    { name: 'a bad rule level', config: { version: 1, rules: { 'strength-detail': 'warn' } }, errors: ['rules.strength-detail: expected one of off, error, warning, info, got "warn"'] },
    { name: 'a boolean rule level', config: { version: 1, rules: { 'strength-detail': false } }, errors: ['rules.strength-detail: expected one of off, error, warning, info, got boolean false'] },
    { name: 'rules as an array', config: { version: 1, rules: ['strength-detail'] }, errors: ['rules: expected an object of rule id to level, got an array'] },
    { name: 'a range with a string bound', config: { version: 1, labRanges: { [ANALYTE]: { low: '3.5' } } }, errors: [`labRanges.${ANALYTE}.low: expected a number, got "3.5"`] },
    { name: 'an inverted range', config: { version: 1, labRanges: { [ANALYTE]: { low: 5, high: 3 } } }, errors: [`labRanges.${ANALYTE}: low (5) must be below high (3)`] },
    { name: 'an empty range', config: { version: 1, labRanges: { [ANALYTE]: {} } }, errors: [`labRanges.${ANALYTE}: give low, high or both`] },
    { name: 'a range with an unknown key', config: { version: 1, labRanges: { [ANALYTE]: { min: 3 } } }, errors: [`labRanges.${ANALYTE}.min: unknown key (expected low, high)`] },
    { name: 'an analyte the lexicon does not know', config: { version: 1, labRanges: { 'Vitamin D': { low: 30 } } }, errors: [`labRanges.Vitamin D: unknown analyte (expected one of ${ANALYTES})`] },
    { name: 'a non-finite bound', config: { version: 1, labRanges: { [ANALYTE]: { high: Number.POSITIVE_INFINITY } } }, errors: [`labRanges.${ANALYTE}.high: expected a number, got number Infinity`] },
    {
      name: 'several problems at once',
      config: { version: 1, setting: 'er', rules: { nope: 'off' } },
      errors: ['setting: expected one of outpatient, inpatient, got "er"', 'rules.nope: unknown rule id'],
    },
  ];
  it.each(invalid)('rejects $name, naming the field', ({ config, errors }) => {
    expect(validateConfig(config)).toEqual({ ok: false, errors });
  });
});

describe('configToLintOptions', () => {
  it('maps setting, rule levels and lab ranges onto LintOptions', () => {
    const checked = validateConfig({ version: 1, setting: 'inpatient', rules: { 'strength-detail': 'off' }, labRanges: { [ANALYTE]: { low: 3.4 } } });
    expect(checked.ok && configToLintOptions(checked.config)).toEqual({ setting: 'inpatient', rules: { 'strength-detail': 'off' }, labRanges: { [ANALYTE]: { low: 3.4 } } });
  });

  it('gives empty options for the minimal config', () => {
    expect(configToLintOptions({ version: 1 })).toEqual({});
  });

  it('copies, so changing the options does not change the config', () => {
    const config = { version: 1 as const, rules: { 'strength-detail': 'off' as const } };
    const options = configToLintOptions(config);
    options.rules!['strength-detail'] = 'error';
    expect(config.rules['strength-detail']).toBe('off');
  });
});

describe('rule ids', () => {
  it('are unique and name one rule each', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });
});
