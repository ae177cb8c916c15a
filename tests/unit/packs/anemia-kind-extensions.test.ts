/**
 * Kind extensions the anemia pack needed, tested through a pack written as data only: a better code
 * that needs a partner code chosen too and offers a query (specificity `withChosen`, `query`), a
 * "code first" pair whose following code is a whole block (sequencing `code` as a range), and a
 * possible-dx that is a warning when the condition was treated (trigger `warningWhen`).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/index.ts';
import { compileLexicon } from '../../../src/engine/lexicon.ts';
import { assembleLexicon, type LexiconFile } from '../../../src/lexicon/assemble.ts';
import { readLexiconFiles } from '../../../src/lexicon/load-files.ts';
import { LexiconError } from '../../../src/lexicon/errors.ts';
import { formatIssue } from '../../../src/schema/issues.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Pack = Record<string, any>;

const base = readLexiconFiles(resolve(__dirname, '../../../lexicon'));
const FILE = 'packs/example-anemia-extensions/pack.yaml';
const common = { description: 'Example.', sources: ['example'] };

const examplePack = (): Pack => ({
  id: 'example-anemia-extensions',
  title: 'Example anemia extensions',
  description: 'Exercises specificity withChosen and query, a range in sequencing, and warningWhen.',
  termSets: [
    { id: 'exa-kidney', phrases: ['chronic kidney disease'] },
    { id: 'exa-visit', phrases: ['transfusion visit'] },
    { id: 'exa-bleeding', phrases: ['melena'] },
  ],
  evidence: {
    'exa-kidney': { anyOf: [{ termSet: 'exa-kidney' }] },
    'exa-visit': { anyOf: [{ termSet: 'exa-visit' }] },
    'exa-bleeding': { anyOf: [{ termSet: 'exa-bleeding' }] },
    'exa-transfused': { anyOf: [{ finding: 'treatment', where: { class: 'transfusion', status: ['given', 'ordered'] } }] },
  },
  rules: [
    {
      id: 'exa-combination',
      kind: 'specificity',
      severity: 'warning',
      ...common,
      messages: { better: '{code}: {suggest} ("{documented}").' },
      upgrades: [{ from: ['D64.9'], withChosen: ['N18.-'], when: 'exa-kidney', suggest: ['D63.1'], reason: 'kidney', query: 'exa-question' }],
    },
    {
      id: 'exa-order',
      kind: 'sequencing',
      severity: 'warning',
      ...common,
      messages: { order: '{code} is before {first}.' },
      codeFirst: [{ code: 'C00-D49', first: ['D64.81'], when: 'exa-visit', orderOnly: true }],
    },
    {
      id: 'exa-possible',
      kind: 'possible-dx-from-values',
      severity: 'info',
      ...common,
      messages: { abnormal: '{lab} is low ({candidate}?).' },
      triggers: [
        {
          id: 'exa-possible',
          analyte: 'hemoglobin',
          direction: 'low',
          abnormal: { op: 'lt', value: 12 },
          significantAlone: { op: 'lt', value: 12 },
          significance: {},
          alsoRequires: ['exa-bleeding'],
          documentedBy: ['acute-blood-loss-anemia'],
          suggests: 'acute-blood-loss-anemia',
          query: 'exa-question',
          warningWhen: ['exa-transfused'],
        },
      ],
    },
  ],
  queries: [{ id: 'exa-question', form: 'choice', question: 'Please document the significance of the findings above.', options: [{ text: 'Anemia in chronic kidney disease' }] }],
});

function build(extra: LexiconFile[]) {
  return assembleLexicon([...base.map((f) => ({ path: f.path, data: structuredClone(f.data) })), ...extra]);
}

function problems(pack: Pack): string[] {
  try {
    build([{ path: FILE, data: pack }]);
    return [];
  } catch (e) {
    if (e instanceof LexiconError) return e.issues.map(formatIssue);
    throw e;
  }
}

describe('anemia kind extensions, through a pack made of data', () => {
  const lexicon = compileLexicon(build([{ path: FILE, data: examplePack() }]));
  const run = (text: string, codes: string[]) => lint(text, { codes, setting: 'inpatient' }, lexicon).diagnostics.filter((d) => d.ruleId.startsWith('exa-'));
  const fired = (text: string, codes: string[]) => run(text, codes).map((d) => `${d.ruleId}:${d.severity}`);

  it.each([
    // specificity withChosen
    ['anemia code beside a CKD code', 'Chronic kidney disease with anemia, Hgb 9.4.', ['N18.4', 'D64.9'], ['exa-combination:warning']],
    ['anemia code without a CKD code', 'Chronic kidney disease with anemia, Hgb 9.4.', ['D64.9'], []],
    ['CKD code, kidney disease not in the note', 'Anemia, Hgb 9.4.', ['N18.4', 'D64.9'], []],
    // sequencing with a range as the following code
    ['a neoplasm before the anemia at a transfusion visit', 'Transfusion visit for anemia due to chemotherapy.', ['C56.9', 'D64.81'], ['exa-order:warning']],
    ['the anemia first at a transfusion visit', 'Transfusion visit for anemia due to chemotherapy.', ['D64.81', 'C56.9'], []],
    ['a neoplasm first at another visit', 'Oncology follow-up, anemia due to chemotherapy.', ['C56.9', 'D64.81'], []],
    // possible-dx warningWhen
    ['bleeding with a low value, transfused', 'Melena. Hgb 7.9, 2 units PRBC given.', [], ['exa-possible:warning']],
    ['bleeding with a low value, not transfused', 'Melena. Hgb 7.9, PPI IV.', [], ['exa-possible:info']],
    ['a transfusion only considered', 'Melena. Hgb 7.9. Transfuse if Hgb < 7.', [], ['exa-possible:info']],
  ])('%s', (_name, text, codes, expected) => {
    expect(fired(text, codes)).toEqual(expected);
  });

  it('a better code with a query offers it', () => {
    const [d] = run('Chronic kidney disease with anemia, Hgb 9.4.', ['N18.4', 'D64.9']);
    expect(d?.query).not.toBeNull();
  });

  it('pack mistakes in the new fields name file and field', () => {
    const unknownQuery = examplePack();
    unknownQuery.rules[0].upgrades[0].query = 'no-such-query';
    expect(problems(unknownQuery).join('\n')).toMatch(/rules\[0\]\.upgrades\[0\]\.query: unknown query template "no-such-query"/);
    const unknownPartner = examplePack();
    unknownPartner.rules[0].upgrades[0].withChosen = ['N18.7'];
    expect(problems(unknownPartner).join('\n')).toMatch(/rules\[0\]\.upgrades\[0\]: code "N18.7" is not in lexicon\/codes/);
    const unknownWarning = examplePack();
    unknownWarning.rules[2].triggers[0].warningWhen = ['no-such-evidence'];
    expect(problems(unknownWarning).join('\n')).toMatch(/warningWhen\[0\].*unknown evidence id "no-such-evidence"/);
    expect(problems(examplePack())).toEqual([]);
  });
});
