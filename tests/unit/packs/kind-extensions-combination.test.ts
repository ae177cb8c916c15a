/**
 * Kind and selector extensions the AKI/CKD pack needed, tested through a pack written as data only:
 * lab-series selectors (`rise`, `ratio`, `stable`) with their numbers in the pack, an unflagged value in
 * another unit flagged from its canonical value, a combination code that needs both codes chosen
 * (specificity `withChosen`), a "code also" partner with no order (sequencing `codeAlso`) and a
 * symptom pair that holds only with its finding (symptom-integral pair `when`).
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
const FILE = 'packs/example-combination/pack.yaml';

const rule = (id: string, extra: Pack): Pack => ({ id, severity: 'info', description: id, sources: ['example'], ...extra });

const examplePack = (): Pack => ({
  id: 'example-combination',
  title: 'Example combination',
  description: 'Exercises series selectors, withChosen, codeAlso and pair when.',
  termSets: [
    { id: 'ex-kidney', phrases: ['kidney disease'] },
    { id: 'ex-cause', phrases: ['dehydration'] },
    { id: 'ex-link', phrases: ['due to'] },
    { id: 'ex-aki', phrases: ['kidney injury'] },
    { id: 'ex-named', phrases: ['creatinine is up'] },
  ],
  evidence: {
    'ex-rise': { anyOf: [{ finding: 'lab', analyte: 'creatinine', rise: { by: 0.3, withinHours: 48 } }] },
    'ex-ratio': { anyOf: [{ finding: 'lab', analyte: 'creatinine', ratio: { atLeast: 1.5 } }] },
    'ex-stable': { anyOf: [{ finding: 'lab', analyte: 'creatinine', stable: { minResults: 2, ratioBelow: 1.5, deltaBelow: 0.3 } }] },
    'ex-high': { anyOf: [{ finding: 'lab', analyte: 'creatinine', above: 'high' }] },
    'ex-kidney-named': { anyOf: [{ termSet: 'ex-kidney' }] },
    'ex-caused': { allOf: [{ termSet: 'ex-aki' }, { termSet: 'ex-link' }, { termSet: 'ex-cause' }], sameSentence: true },
    'ex-named-up': { anyOf: [{ termSet: 'ex-named' }] },
  },
  rules: [
    rule('ex-series', {
      kind: 'specificity',
      messages: { rise: 'rise', ratio: 'ratio', stable: 'stable', high: 'high' },
      upgrades: [
        { from: [], when: 'ex-rise', suggest: ['N17.9'], reason: 'rise', message: 'rise' },
        { from: [], when: 'ex-ratio', suggest: ['N17.9'], reason: 'ratio', message: 'ratio' },
        { from: [], when: 'ex-stable', suggest: ['N17.9'], reason: 'stable', message: 'stable' },
        { from: [], when: 'ex-high', suggest: ['N17.9'], reason: 'high', message: 'high' },
      ],
    }),
    rule('ex-combination', {
      kind: 'specificity',
      messages: { better: '{code} with CKD: {suggest}.' },
      upgrades: [{ from: ['I10'], withChosen: ['N18.-'], when: 'ex-kidney-named', suggest: ['I12.9'], reason: 'combination' }],
    }),
    rule('ex-code-also', {
      kind: 'sequencing',
      messages: { missing: '{code}: code also {first}.' },
      codeFirst: [{ code: 'N17.-', first: ['E86.-'], when: 'ex-caused', codeAlso: true }],
    }),
    rule('ex-pair', {
      kind: 'symptom-integral',
      severity: 'warning',
      messages: { integral: '{symptom} is part of {dx}.' },
      pairs: [{ symptoms: ['R79.89'], diagnoses: ['N17.-'], when: 'ex-named-up' }],
    }),
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
    if (e instanceof LexiconError) return e.issues.map(formatIssue);
    throw e;
  }
}

describe('series selectors, withChosen, codeAlso and pair when, through a pack made of data', () => {
  const lexicon = compileLexicon(build([{ path: FILE, data: examplePack() }]));
  const fired = (text: string, codes: string[] = []) =>
    lint(text, { codes, setting: 'inpatient' }, lexicon)
      .diagnostics.filter((d) => d.ruleId.startsWith('ex-'))
      .map((d) => (d.ruleId === 'ex-series' ? `${d.ruleId}:${d.message}` : `${d.ruleId}:${d.severity}`))
      .sort();

  it.each([
    // rise: both timed, within the window; exact decimal (2.0 -> 2.3 is 0.3)
    ['a rise of 0.3 within 48 h', 'Cr 2.0 (3/1 06:00), 2.3 (3/2 06:00).', [], ['ex-series:high', 'ex-series:rise']],
    ['the same rise over three days', 'Admission date: 03/01/2026. Cr 2.0 on 3/1, 2.3 on 3/4.', [], ['ex-series:high']],
    ['an untimed rise proves no window', 'Cr 2.0, then 2.4.', [], ['ex-series:high']],
    // ratio: 1.5 x the encounter's lowest within 7 days
    ['SI values doubling in two days, flagged from the canonical value', 'Creatinine 80 umol/L (9/3 07:00) -> 210 umol/L (9/4 19:00).', [], ['ex-series:high', 'ex-series:ratio', 'ex-series:rise']],
    ['SI values inside the range', 'Creatinine 70 umol/L (9/3 07:00) -> 95 umol/L (9/4 07:00).', [], ['ex-series:stable']],
    ['the lowest value too long before the peak', 'Admission date: 03/01/2026. Cr 1.0 on 3/1, 2.1 on 3/20.', [], ['ex-series:high']],
    // stable: two or more values, less than 1.5 x and 0.3 apart (a stated baseline counts)
    ['values that do not move', 'Cr 1.2, 1.3, 1.2.', [], ['ex-series:stable']],
    ['a value barely over its baseline', 'Cr 1.5 (baseline 1.3).', [], ['ex-series:high', 'ex-series:stable']],
    ['one value is not a series', 'Cr 1.2.', [], []],
    ['a negated value does not count', 'No creatinine 3.0 was drawn. Cr 1.1.', [], []],
    // withChosen
    ['I10 with an N18 code and CKD named', 'HTN. Chronic kidney disease stage 3a.', ['I10', 'N18.31'], ['ex-combination:info']],
    ['I10 alone with CKD named', 'HTN. Chronic kidney disease stage 3a.', ['I10'], []],
    // codeAlso: the partner in any order, the rule's own severity
    ['cause tied to the injury, not coded', 'Acute kidney injury due to dehydration.', ['N17.9'], ['ex-code-also:info']],
    ['cause coded after the injury', 'Acute kidney injury due to dehydration.', ['N17.9', 'E86.0'], []],
    ['cause in another sentence', 'Acute kidney injury. Dehydration.', ['N17.9'], []],
    // pair when
    ['the paired sign with its finding named', 'Acute kidney injury; creatinine is up.', ['N17.9', 'R79.89'], ['ex-pair:warning']],
    ['the paired sign without its finding', 'Acute kidney injury. Ammonia high.', ['N17.9', 'R79.89'], []],
  ])('%s', (_name, text, codes, expected) => {
    expect(fired(text, codes)).toEqual(expected);
  });

  it('pack mistakes in the new fields name file and field', () => {
    const noAnalyte = examplePack();
    delete noAnalyte.evidence['ex-rise'].anyOf[0].analyte;
    expect(problems(noAnalyte).join('\n')).toMatch(/evidence\.ex-rise\.anyOf\[0\]\.rise: needs an analyte/);
    const twoSeries = examplePack();
    twoSeries.evidence['ex-rise'].anyOf[0].stable = { minResults: 2, ratioBelow: 1.5, deltaBelow: 0.3 };
    expect(problems(twoSeries).join('\n')).toMatch(/evidence\.ex-rise\.anyOf\[0\]\.stable: cannot be combined with rise/);
    const onTermSet = examplePack();
    onTermSet.evidence['ex-kidney-named'].anyOf[0].ratio = { atLeast: 1.5 };
    expect(problems(onTermSet).join('\n')).toMatch(/evidence\.ex-kidney-named\.anyOf\[0\]\.ratio: applies to findings, not term sets/);
    const badRatio = examplePack();
    badRatio.evidence['ex-ratio'].anyOf[0].ratio.atLeast = 0.5;
    expect(problems(badRatio).join('\n')).toMatch(/ex-ratio/);
    const orderAndAlso = examplePack();
    orderAndAlso.rules[2].codeFirst[0].orderOnly = true;
    expect(problems(orderAndAlso).join('\n')).toMatch(/rules\[2\]\.codeFirst\[0\]\.codeAlso: cannot be combined with orderOnly/);
    const unknownPairWhen = examplePack();
    unknownPairWhen.rules[3].pairs[0].when = 'no-such-evidence';
    expect(problems(unknownPairWhen).join('\n')).toMatch(/rules\[3\]\.pairs\[0\]\.when: unknown evidence id "no-such-evidence"/);
    const unknownWith = examplePack();
    unknownWith.rules[1].upgrades[0].withChosen = ['N18.99'];
    expect(problems(unknownWith).join('\n')).toMatch(/code "N18.99" is not in lexicon\/codes/);
    const unknownWarnWhen = examplePack();
    unknownWarnWhen.rules.push(rule('ex-possible', { kind: 'possible-dx-from-findings', when: 'ex-high', suggest: ['N17.9'], reason: 'r', query: 'aki-type', messages: { possible: 'p' }, warningWhen: ['no-such-evidence'] }));
    expect(problems(unknownWarnWhen).join('\n')).toMatch(/rules\[4\]\.warningWhen\[0\]: unknown evidence id "no-such-evidence"/);
    expect(problems(examplePack())).toEqual([]);
  });
});
