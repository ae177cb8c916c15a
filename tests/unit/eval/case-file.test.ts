import { describe, expect, it } from 'vitest';
import { CaseFileError, codeMatches, parseCaseFile } from '../../eval/lib/case-file.ts';

const KNOWN = new Set(['workup-plan', 'excludes1-conflict', 'objective-findings', 'suggested-code']);
const file = (front: string, body = 'Assessment: Weakness (R53.1).\n') => `---\n${front}\n---\n${body}`;
const WHY = 'why: reviewer reasoning';

describe('parseCaseFile: well-formed cases', () => {
  const rows: { name: string; source: string; check: Partial<ReturnType<typeof parseCaseFile>> }[] = [
    {
      name: 'minimal: expect and why only, everything else defaults',
      source: file(`expect: []\n${WHY}`),
      check: { codes: [], expect: [], allow: [], suggest: [], neverSuggest: [], why: 'reviewer reasoning', category: 'cat' },
    },
    {
      name: 'rule ids plain and pinned to a code',
      source: file(`codes: [R53.1, M62.81]\nexpect: [workup-plan, {rule: excludes1-conflict, code: M62.81}]\nallow: [objective-findings]\n${WHY}`),
      check: { codes: ['R53.1', 'M62.81'], expect: [{ rule: 'workup-plan' }, { rule: 'excludes1-conflict', code: 'M62.81' }], allow: [{ rule: 'objective-findings' }] },
    },
    {
      name: 'setting, age, pack and suggestion patterns',
      source: file(`setting: inpatient\nage: 81\npack: electrolytes\nexpect: [suggested-code]\nsuggest: [I69.35-, R53.1]\nneverSuggest: [I63.9, G81.-]\n${WHY}`),
      check: { setting: 'inpatient', age: 81, pack: 'electrolytes', suggest: ['I69.35-', 'R53.1'], neverSuggest: ['I63.9', 'G81.-'] },
    },
    {
      name: 'CRLF file keeps CRLF in the note',
      source: `---\r\nexpect: []\r\n${WHY}\r\n---\r\nS: tired\r\nA: fine\r\n`,
      check: { text: 'S: tired\r\nA: fine\r\n' },
    },
    {
      name: 'a byte-order mark before the front matter',
      source: `\uFEFF${file(`expect: []\n${WHY}`, 'Note.\n')}`,
      check: { text: 'Note.\n' },
    },
  ];
  it.each(rows)('$name', ({ source, check }) => {
    expect(parseCaseFile('cat/case.txt', source, KNOWN)).toMatchObject(check);
  });
});

describe('parseCaseFile: malformed cases name the file and the field', () => {
  const rows: { name: string; source: string; field: string | null; message: RegExp }[] = [
    { name: 'no front matter', source: 'Assessment: Weakness.\n', field: null, message: /front matter/ },
    { name: 'unclosed front matter', source: '---\nexpect: []\nNote text\n', field: null, message: /front matter/ },
    { name: 'invalid YAML', source: file(`expect: [workup-plan\n${WHY}`), field: 'front matter', message: /not valid YAML/ },
    { name: 'front matter is a list', source: file('- a\n- b'), field: 'front matter', message: /mapping/ },
    { name: 'unknown key', source: file(`expect: []\nexpected: [workup-plan]\n${WHY}`), field: 'expected', message: /unknown key/ },
    { name: 'missing why', source: file('expect: []'), field: 'why', message: /required/ },
    { name: 'empty why', source: file('expect: []\nwhy: ""'), field: 'why', message: /required/ },
    { name: 'missing expect', source: file(WHY), field: 'expect', message: /required/ },
    { name: 'expect not a list', source: file(`expect: workup-plan\n${WHY}`), field: 'expect', message: /must be a list/ },
    { name: 'unknown rule id', source: file(`expect: [workup-plans]\n${WHY}`), field: 'expect[0]', message: /unknown rule id "workup-plans"/ },
    { name: 'unknown rule id in allow', source: file(`expect: []\nallow: [{rule: nope}]\n${WHY}`), field: 'allow[0]', message: /unknown rule id "nope"/ },
    { name: 'entry with an unknown key', source: file(`expect: [{rule: workup-plan, codes: R53.1}]\n${WHY}`), field: 'expect[0]', message: /unknown key "codes"/ },
    { name: 'entry without rule', source: file(`expect: [{code: R53.1}]\n${WHY}`), field: 'expect[0]', message: /rule id/ },
    { name: 'pinned code malformed', source: file(`expect: [{rule: workup-plan, code: r531}]\n${WHY}`), field: 'expect[0]', message: /well-formed/ },
    { name: 'entry is a number', source: file(`expect: [3]\n${WHY}`), field: 'expect[0]', message: /rule id or/ },
    { name: 'rule both expected and allowed', source: file(`expect: [workup-plan]\nallow: [workup-plan]\n${WHY}`), field: 'allow', message: /also in expect/ },
    { name: 'malformed chosen code', source: file(`codes: [R53.1, 1234]\nexpect: []\n${WHY}`), field: 'codes[1]', message: /not an ICD-10-CM code/ },
    { name: 'lower-case chosen code', source: file(`codes: [r53.1]\nexpect: []\n${WHY}`), field: 'codes[0]', message: /not an ICD-10-CM code/ },
    { name: 'prefix is not a chosen code', source: file(`codes: [I69.35-]\nexpect: []\n${WHY}`), field: 'codes[0]', message: /not an ICD-10-CM code/ },
    { name: 'malformed suggestion', source: file(`expect: []\nsuggest: [R5]\n${WHY}`), field: 'suggest[0]', message: /not an ICD-10-CM code/ },
    { name: 'suggest and neverSuggest contradict', source: file(`expect: []\nsuggest: [I69.351]\nneverSuggest: [I69.35-]\n${WHY}`), field: 'neverSuggest', message: /contradicts/ },
    { name: 'unknown setting', source: file(`setting: ed\nexpect: []\n${WHY}`), field: 'setting', message: /inpatient or outpatient/ },
    { name: 'age as text', source: file(`age: "72"\nexpect: []\n${WHY}`), field: 'age', message: /whole number/ },
    { name: 'negative age', source: file(`age: -1\nexpect: []\n${WHY}`), field: 'age', message: /whole number/ },
    { name: 'pack not kebab-case', source: file(`pack: Electrolytes Pack\nexpect: []\n${WHY}`), field: 'pack', message: /kebab-case/ },
    { name: 'empty note', source: file(`expect: []\n${WHY}`, '\n  \n'), field: 'note', message: /empty/ },
  ];
  it.each(rows)('$name', ({ source, field, message }) => {
    let thrown: unknown;
    try {
      parseCaseFile('cat/bad.txt', source, KNOWN);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CaseFileError);
    const error = thrown as CaseFileError;
    expect(error.file).toBe('cat/bad.txt');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(/^cat\/bad\.txt: /);
    expect(error.message).toMatch(message);
  });
});

describe('codeMatches', () => {
  const rows: [string, string, boolean][] = [
    ['R53.1', 'R53.1', true],
    ['R53.1', 'R53.11', false],
    ['I69.35-', 'I69.354', true],
    ['I69.35-', 'I69.35', false],
    ['I69.35-', 'I69.3', false],
    ['G81.-', 'G81.94', true],
    ['G81.-', 'G81', false],
    ['G81.-', 'G82.20', false],
    ['D50.9', 'D50.0', false],
  ];
  it.each(rows)('%s against %s -> %s', (pattern, code, result) => {
    expect(codeMatches(pattern, code)).toBe(result);
  });
});
