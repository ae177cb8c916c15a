/**
 * Packs are data: a new pack made of files alone runs (its rules fire through the generic kinds,
 * its checklist shows, its query is drafted), and every mistake in a pack file is a build error
 * naming the file and the field.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { compileLexicon } from '../../../src/engine/lexicon.ts';
import { assembleLexicon, type LexiconFile } from '../../../src/lexicon/assemble.ts';
import { readLexiconFiles } from '../../../src/lexicon/load-files.ts';
import { LexiconError } from '../../../src/lexicon/errors.ts';
import { formatIssue } from '../../../src/schema/issues.ts';

// A pack as a test edits it: loose JSON, reached into by path.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Pack = Record<string, any>;

const base = readLexiconFiles(resolve(__dirname, '../../../lexicon'));

/** A small pack written only as data: hypomagnesemia-like evidence on an existing analyte and code. */
const examplePack = (): Record<string, unknown> => ({
  id: 'example-hypokalemia',
  title: 'Example pack',
  description: 'A pack written as files only, to show that no engine change is needed.',
  sources: ['ICD-10-CM FY2026 tabular: E87.6'],
  codes: ['E87.6'],
  anchors: 'example-potassium-values',
  evidence: {
    'example-potassium-values': { anyOf: [{ finding: 'lab', analyte: 'potassium', assertion: 'patient' }] },
    'example-low-potassium-value': { anyOf: [{ finding: 'lab', analyte: 'potassium', below: 3.5 }] },
    'example-repletion': { anyOf: [{ termSet: 'potassium-replacement', assertion: 'current' }] },
  },
  checklists: { 'E87.6': [{ evidence: 'example-low-potassium-value', label: 'Potassium below 3.5', hint: 'Document the potassium value.' }] },
  queries: [
    {
      id: 'example-potassium-evidence',
      form: 'choice',
      usedBy: [{ rule: 'example-low-k-evidence' }],
      question: 'Hypokalemia is listed for this encounter. Please document the findings that support it, or clarify.',
      options: [{ text: 'Hypokalemia present (please document the values)' }, { text: 'Hypokalemia ruled out' }],
    },
  ],
  rules: [
    {
      id: 'example-low-k-evidence',
      kind: 'requires-evidence',
      severity: 'warning',
      codes: ['E87.6'],
      evidence: 'example-low-potassium-value',
      contradictedBy: 'example-repletion',
      description: 'E87.6 needs a potassium value below 3.5 in the note.',
      sources: ['example'],
      messages: { missing: 'E87.6 has no potassium below 3.5.', contradicted: 'E87.6 has no low potassium although repletion is documented.' },
    },
    {
      id: 'example-opposite-potassium',
      kind: 'contradiction',
      severity: 'warning',
      pairs: [{ codes: ['E87.5', 'E87.6'], why: 'high and low potassium' }],
      description: 'Hyperkalemia and hypokalemia coded together.',
      sources: ['example'],
      messages: { both: '{a} and {b} are both coded ({why}): confirm both occurred.' },
    },
  ],
});

function build(extra: LexiconFile[], edit?: (files: LexiconFile[]) => void) {
  const files = [...base.map((f) => ({ path: f.path, data: structuredClone(f.data) })), ...extra];
  edit?.(files);
  return assembleLexicon(files);
}

function problems(extra: LexiconFile[]): string[] {
  try {
    build(extra);
    return [];
  } catch (e) {
    if (e instanceof LexiconError) return e.issues.map(formatIssue);
    throw e;
  }
}

describe('a pack added as files only', () => {
  const lexicon = compileLexicon(build([{ path: 'packs/example-hypokalemia/pack.yaml', data: examplePack() }]));
  const run = (text: string, codes: string[]) => lint(text, { codes }, lexicon);

  it.each([
    ['no potassium at all', 'A/P: hypokalemia.', ['E87.6'], ['example-low-k-evidence']],
    ['a normal potassium', 'BMP: K 4.1. A/P: hypokalemia.', ['E87.6'], ['example-low-k-evidence']],
    ['a negated low value', 'No K 3.0 on file. A/P: hypokalemia.', ['E87.6'], ['example-low-k-evidence']],
    ['a low potassium', 'BMP: K 3.1. A/P: hypokalemia.', ['E87.6'], []],
    ['both opposite codes', 'K 6.1 at 0600, Lokelma given. K 3.2 at 1800.', ['E87.5', 'E87.6'], ['example-opposite-potassium']],
  ])('%s', (_name, text, codes, expected) => {
    const fired = run(text, codes).diagnostics.map((d) => d.ruleId).filter((id) => id.startsWith('example-'));
    expect(fired).toEqual(expected);
  });

  it('contradicting evidence raises the level one step', () => {
    const d = run('K 4.0 today. KCl 20 mEq given. A/P: hypokalemia.', ['E87.6']).diagnostics.find((x) => x.ruleId === 'example-low-k-evidence');
    expect(d?.severity).toBe('error');
    expect(d?.message).toContain('although repletion is documented');
  });

  it('the pack checklist shows in the result', () => {
    const checklist = run('BMP: K 3.1.', ['E87.6']).checklists.find((c) => c.code === 'E87.6');
    expect(checklist?.items.map((i) => [i.label, i.met])).toContainEqual(['Potassium below 3.5', true]);
  });

  it('switching the rule off silences it', () => {
    const result = lint('A/P: hypokalemia.', { codes: ['E87.6'], rules: { 'example-low-k-evidence': 'off' } }, lexicon);
    expect(result.diagnostics.map((d) => d.ruleId)).not.toContain('example-low-k-evidence');
  });
});

describe('pack mistakes are build errors naming file and field', () => {
  const file = 'packs/example-hypokalemia/pack.yaml';
  const withEdit = (edit: (p: Pack) => void): LexiconFile[] => {
    const data = examplePack();
    edit(data);
    return [{ path: file, data }];
  };
  it.each([
    ['an unknown key', (p: Pack) => (p.color = 'blue'), /pack\.yaml: color: .*/],
    ['an unknown evidence id', (p: Pack) => (p.rules[0].evidence = 'low-k'), /pack\.yaml: rules\[0\]\.evidence: unknown evidence id "low-k"/],
    ['an unknown finding type', (p: Pack) => (p.evidence['example-potassium-values'].anyOf[0].finding = 'labs'), /evidence\.example-potassium-values\.anyOf\[0\]\.finding: unknown finding type "labs"/],
    ['an unknown analyte', (p: Pack) => (p.evidence['example-low-potassium-value'].anyOf[0].analyte = 'kalium'), /anyOf\[0\]\.analyte: unknown analyte "kalium"/],
    ['an unknown attribute', (p: Pack) => (p.evidence['example-potassium-values'].anyOf[0].where = { colour: 'red' }), /anyOf\[0\]\.where\.colour: finding type "lab" has no attribute "colour"/],
    ['an unknown term set', (p: Pack) => (p.evidence['example-repletion'].anyOf[0].termSet = 'kcl-given'), /anyOf\[0\]\.termSet: unknown term set "kcl-given"/],
    ['a code not in the lexicon', (p: Pack) => (p.codes = ['E87.9']), /pack\.yaml: codes\[0\]: code "E87.9" is not in lexicon\/codes/],
    ['a code set with a code not in the lexicon', (p: Pack) => (p.codeSets = { 'example-k-codes': ['E87.6', 'E87.9'] }), /pack\.yaml: codeSets\.example-k-codes\[1\]: code "E87\.9" is not in lexicon\/codes/],
    [
      "a code in a custom rule's params not in the lexicon",
      (p: Pack) =>
        p.rules.push({ id: 'example-custom', kind: 'custom', type: 'better-code', severity: 'info', description: 'x', sources: ['x'], messages: { m: 'x' }, params: { suggest: 'E87.9', words: ['low'] } }),
      /pack\.yaml: rules\[2\]\.params\.suggest: code "E87\.9" is not in lexicon\/codes/,
    ],
    ['an id unlike the folder', (p: Pack) => (p.id = 'other'), /pack\.yaml: id: must equal the folder name "example-hypokalemia"/],
    ['a duplicate rule id', (p: Pack) => (p.rules[1].id = 'excludes1-conflict'), /rules\[\d+\]\.id: duplicate rule id "excludes1-conflict"/],
    ['a missing message', (p: Pack) => (p.rules[0].messages = { gone: 'x' }), /rules\[0\]\.messages\.missing: a requires-evidence rule needs a "missing" message/],
    ['a requires-evidence rule no query serves', (p: Pack) => (p.queries = []), /rules\[0\]\.id: no query template serves "example-low-k-evidence"/],
    ['a bad severity', (p: Pack) => (p.rules[0].severity = 'fatal'), /pack\.yaml: rules\[0\]\.severity: /],
    ['a series fall on no analyte', (p: Pack) => (p.evidence['example-potassium-values'].anyOf[0] = { finding: 'lab', fall: 1 }), /anyOf\[0\]\.fall: needs an analyte/],
    ['one draw with no allOf', (p: Pack) => (p.evidence['example-potassium-values'].sameDraw = true), /example-potassium-values\.sameDraw: applies to allOf only/],
    ['a fall window with no fall', (p: Pack) => (p.evidence['example-potassium-values'].anyOf[0] = { finding: 'lab', analyte: 'potassium', fallBaselineDays: 7 }), /anyOf\[0\]\.fallBaselineDays: applies only with fall/],
    ['a series fall on a term set', (p: Pack) => (p.evidence['example-repletion'].anyOf[0].fall = 1), /anyOf\[0\]\.fall: applies to findings, not term sets/],
    ['a selector with neither finding nor term set', (p: Pack) => (p.evidence['example-repletion'].anyOf[0] = { assertion: 'current' }), /needs exactly one of finding, termSet/],
  ])('%s', (_name, edit, pattern) => {
    expect(problems(withEdit(edit)).join('\n')).toMatch(pattern);
  });

  it('a key given in two files of one pack', () => {
    const issues = problems([
      { path: file, data: examplePack() },
      { path: 'packs/example-hypokalemia/more.yaml', data: { codes: ['E87.5'] } },
    ]);
    expect(issues.join('\n')).toMatch(/example-hypokalemia\/(more|pack)\.yaml: codes: is also given in lexicon\/packs\/example-hypokalemia\/(pack|more)\.yaml/);
  });

  it('the example pack itself is valid', () => {
    expect(problems([{ path: file, data: examplePack() }])).toEqual([]);
  });
});
