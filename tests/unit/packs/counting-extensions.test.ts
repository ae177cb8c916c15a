/**
 * Predicate and kind extensions the malnutrition criteria brought, tested through a pack written as
 * data only: `atLeast` (at least N of a list, "2 of the 6 ASPEN characteristics"), `author` on
 * selectors (a term set counts only where the provider writes, Guideline I.B.14), an age selector
 * that reads the caller's age, a requirement of its own for some codes (requires-evidence
 * `evidenceByCode`), codes that are never first-listed (sequencing `secondaryOnly`) and a possible-dx
 * query raised to a warning by evidence (possible-dx-from-findings `warningWhen`).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { compileLexicon } from '../../../src/engine/lexicon.ts';
import { assembleLexicon, type LexiconFile } from '../../../src/lexicon/assemble.ts';
import { readLexiconFiles } from '../../../src/lexicon/load-files.ts';
import { LexiconError } from '../../../src/lexicon/errors.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Pack = Record<string, any>;

const base = readLexiconFiles(resolve(__dirname, '../../../lexicon'));
const FILE = 'packs/example-counting/pack.yaml';

const examplePack = (): Pack => ({
  id: 'example-counting',
  title: 'Example counting',
  description: 'Exercises atLeast, author, the caller age, evidenceByCode and secondaryOnly.',
  termSets: [
    { id: 'cx-cough', phrases: ['cough'] },
    { id: 'cx-fever', phrases: ['fever', 'febrile'] },
    { id: 'cx-chills', phrases: ['chills', 'rigors'] },
    { id: 'cx-tired', phrases: ['tired', 'exhausted'] },
  ],
  evidence: {
    'cx-two-of-three': {
      atLeast: { count: 2, of: [{ termSet: 'cx-cough' }, { termSet: 'cx-fever' }, { termSet: 'cx-chills' }] },
    },
    'cx-tired-per-provider': { anyOf: [{ termSet: 'cx-tired', author: ['provider'] }] },
    'cx-seventy-plus': { anyOf: [{ finding: 'age', where: { years: { ge: 70 } } }] },
  },
  rules: [
    {
      id: 'cx-count',
      kind: 'requires-evidence',
      severity: 'warning',
      codes: ['R53.83', 'R53.1'],
      evidence: 'cx-two-of-three',
      evidenceByCode: [{ codes: ['R53.1'], evidence: 'cx-tired-per-provider' }],
      indicators: 'cx-two-of-three',
      hint: 'Document the findings.',
      description: 'Two of three findings, or for R53.1 the provider saying tired.',
      sources: ['example'],
      messages: { missing: '{code} lacks its findings.' },
    },
    {
      id: 'cx-age',
      kind: 'requires-evidence',
      severity: 'warning',
      codes: ['M62.81'],
      evidence: 'cx-seventy-plus',
      indicators: 'cx-two-of-three',
      hint: 'Document the age.',
      description: 'Seventy or older.',
      sources: ['example'],
      messages: { missing: '{code}: not 70 or older.' },
    },
    {
      id: 'cx-secondary',
      kind: 'sequencing',
      severity: 'error',
      codes: ['Z68.1'],
      secondaryOnly: ['Z68.1'],
      description: 'A BMI code is never first.',
      sources: ['example'],
      messages: { first: '{code} is listed first.' },
    },
    {
      id: 'cx-possible',
      kind: 'possible-dx-from-findings',
      severity: 'info',
      when: 'cx-two-of-three',
      warningWhen: ['cx-tired-per-provider'],
      suggest: ['R53.83'],
      reason: 'if the provider documents it',
      query: 'cx-query',
      description: 'Two of three findings and nothing coded.',
      sources: ['example'],
      messages: { possible: 'Findings ("{documented}"): fatigue?' },
    },
  ],
  queries: [
    {
      id: 'cx-query',
      form: 'choice',
      usedBy: [{ rule: 'cx-count' }, { rule: 'cx-age' }],
      question: 'Please clarify the findings.',
      options: [{ text: 'Present' }, { text: 'Not present' }],
    },
  ],
});

function build(extra: LexiconFile[]) {
  return assembleLexicon([...base.map((f) => ({ path: f.path, data: structuredClone(f.data) })), ...extra]);
}

function problems(pack: Pack): string[] {
  try {
    build([{ path: FILE, data: pack }]);
    return [];
  } catch (e) {
    if (e instanceof LexiconError) return e.issues.map((i) => `${i.file}: ${i.path}: ${i.message}`);
    throw e;
  }
}

describe('counting, authorship, caller age, per-code evidence and secondary-only codes, through a pack made of data', () => {
  const lexicon = compileLexicon(build([{ path: FILE, data: examplePack() }]));
  const fired = (text: string, codes: string[], age?: number) =>
    lint(text, { codes, ...(age !== undefined ? { age } : {}) }, lexicon).diagnostics.filter((d) => d.ruleId.startsWith('cx-') && d.ruleId !== 'cx-possible').map((d) => `${d.ruleId}:${d.code}`);

  it.each([
    // atLeast
    ['two of three present', 'Cough and fever since Monday.', ['R53.83'], undefined, []],
    ['all three present', 'Cough, fever and rigors.', ['R53.83'], undefined, []],
    ['one of three', 'Cough since Monday, otherwise well.', ['R53.83'], undefined, ['cx-count:R53.83']],
    ['two, one of them negated', 'Cough. Denies fever.', ['R53.83'], undefined, ['cx-count:R53.83']],
    ['two, one of them the family', 'Cough. Her son has had fever all week.', ['R53.83'], undefined, ['cx-count:R53.83']],
    ['two, one of them hypothetical', 'Cough. If fever develops, return to clinic.', ['R53.83'], undefined, ['cx-count:R53.83']],
    // evidenceByCode: R53.1 has its own requirement, R53.83 keeps the rule's
    ['R53.1 with the provider saying tired', 'A/P: exhausted after chemo, rest.', ['R53.1'], undefined, []],
    ['R53.1 with tired only in the dietitian note', 'RD note\nPatient tired, eating 50%.\nHospitalist progress note\nA/P: pneumonia.', ['R53.1'], undefined, ['cx-count:R53.1']],
    ['R53.1 does not take the two of three', 'Cough and fever.', ['R53.1'], undefined, ['cx-count:R53.1']],
    // age: the caller's age stands for the note's
    ['caller age 72', 'Cough and fever.', ['M62.81'], 72, []],
    ['caller age 64, the note says 72', '72 yo man. Cough and fever.', ['M62.81'], 64, ['cx-age:M62.81']],
    ['no caller age, the note says 72', '72 yo man. Cough and fever.', ['M62.81'], undefined, []],
    ['no age anywhere', 'Cough and fever.', ['M62.81'], undefined, ['cx-age:M62.81']],
    // secondaryOnly
    ['BMI code first', 'BMI 17.2. Cough and fever.', ['Z68.1', 'R53.83'], undefined, ['cx-secondary:Z68.1']],
    ['BMI code second', 'BMI 17.2. Cough and fever.', ['R53.83', 'Z68.1'], undefined, []],
  ])('%s', (_name, text, codes, age, expected) => {
    expect(fired(text, codes, age)).toEqual(expected);
  });

  it.each([
    ['findings only: info', 'Cough and fever.', 'info'],
    ['the provider adds tired: warning', 'Cough and fever. A/P: exhausted.', 'warning'],
    ['tired only in the dietitian note: info', 'Cough and fever.\nRD note\nPatient tired.', 'info'],
  ])('warningWhen: %s', (_name, text, severity) => {
    const found = lint(text, { codes: ['J18.9'] }, lexicon).diagnostics.filter((d) => d.ruleId === 'cx-possible');
    expect(found.map((d) => d.severity)).toEqual([severity]);
  });

  it('pack mistakes in the new fields name file and field', () => {
    const tooMany = examplePack();
    tooMany.evidence['cx-two-of-three'].atLeast.count = 4;
    expect(problems(tooMany).join('\n')).toMatch(/evidence\.cx-two-of-three\.atLeast\.count: is 4, but atLeast\.of lists only 3/);
    const badTermSet = examplePack();
    badTermSet.evidence['cx-two-of-three'].atLeast.of[1] = { termSet: 'no-such-set' };
    expect(problems(badTermSet).join('\n')).toMatch(/atLeast\.of\[1\]\.termSet: unknown term set "no-such-set"/);
    const badRole = examplePack();
    badRole.evidence['cx-tired-per-provider'].anyOf[0].author = ['physician'];
    expect(problems(badRole).join('\n')).toMatch(/pack\.yaml: evidence\.cx-tired-per-provider\.anyOf\[0\]\.author\[0\]: unknown author role "physician"/);
    const foreignCode = examplePack();
    foreignCode.rules[0].evidenceByCode[0].codes = ['M62.81'];
    expect(problems(foreignCode).join('\n')).toMatch(/rules\[0\]\.evidenceByCode\[0\]\.codes\[0\]: "M62\.81" is not among the rule's codes/);
    const unknownEvidence = examplePack();
    unknownEvidence.rules[0].evidenceByCode[0].evidence = 'no-such-evidence';
    expect(problems(unknownEvidence).join('\n')).toMatch(/rules\[0\]\.evidenceByCode\[0\]\.evidence: unknown evidence id "no-such-evidence"/);
    const noMessage = examplePack();
    noMessage.rules[2].messages = { order: 'x' };
    expect(problems(noMessage).join('\n')).toMatch(/rules\[2\]\.messages\.first: is needed with secondaryOnly/);
    const empty = examplePack();
    empty.rules[2].secondaryOnly = [];
    expect(problems(empty).join('\n')).toMatch(/rules\[2\]\.codeFirst: a sequencing rule needs codeFirst or secondaryOnly/);
    const unknownWarn = examplePack();
    unknownWarn.rules[3].warningWhen = ['no-such-evidence'];
    expect(problems(unknownWarn).join('\n')).toMatch(/rules\[3\]\.warningWhen\[0\]: unknown evidence id "no-such-evidence"/);
    expect(problems(examplePack())).toEqual([]);
  });
});
