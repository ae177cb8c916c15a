/**
 * What the generic kinds and predicates can say beyond their first version, tested through a pack
 * written as data only: noneOf (a veto) and sameSentence (a link within one sentence) in predicates,
 * a conditional "code first" pair (sequencing `when`), a rule's own integral pairs (symptom-integral
 * `pairs`) and term sets that count only before a number (`numberFollows`).
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
const FILE = 'packs/example-extensions/pack.yaml';

const examplePack = (): Pack => ({
  id: 'example-extensions',
  title: 'Example extensions',
  description: 'Exercises noneOf, sameSentence, sequencing when, symptom-integral pairs and numberFollows.',
  conceptSets: { 'ex-rhabdo': ['rhabdomyolysis'] },
  termSets: [
    { id: 'ex-overdose', phrases: ['overdose', 'intentional ingestion'] },
    { id: 'ex-floor', phrases: ['on the floor'], numberFollows: true },
  ],
  evidence: {
    'ex-statin-linked': {
      allOf: [{ finding: 'diagnosis', concepts: 'ex-rhabdo' }, { finding: 'medication', where: { class: 'statin' } }],
      sameSentence: true,
      noneOf: [{ termSet: 'ex-overdose' }],
    },
    'ex-overdose-documented': { anyOf: [{ termSet: 'ex-overdose' }] },
    'ex-long-lie': { anyOf: [{ termSet: 'ex-floor' }] },
  },
  rules: [
    {
      id: 'ex-drug',
      kind: 'specificity',
      severity: 'info',
      description: 'Statin-linked rhabdomyolysis without an adverse-effect code.',
      sources: ['example'],
      messages: { better: '{code}: add {suggest} ({documented}).' },
      hints: { better: 'Add the adverse-effect code.' },
      upgrades: [{ from: ['M62.82'], when: 'ex-statin-linked', suggest: ['T46.6X5A'], reason: 'adverse effect' }],
    },
    {
      id: 'ex-lie',
      kind: 'specificity',
      severity: 'info',
      description: 'A long lie stated with its duration.',
      sources: ['example'],
      messages: { better: '{code}: a lie ({documented}).' },
      hints: { better: 'State the type.' },
      upgrades: [{ from: ['M62.82'], when: 'ex-long-lie', suggest: ['T79.6XXA'], reason: 'lie' }],
    },
    {
      id: 'ex-poisoning-first',
      kind: 'sequencing',
      severity: 'warning',
      description: 'Poisoning first when an overdose is documented.',
      sources: ['example'],
      messages: { missing: '{code} needs {first} first.', order: '{code} before {first}.' },
      codeFirst: [{ code: 'M62.82', first: ['T43.-'], when: 'ex-overdose-documented' }],
    },
    {
      id: 'ex-integral',
      kind: 'symptom-integral',
      severity: 'warning',
      description: 'Myoglobinuria beside rhabdomyolysis.',
      sources: ['example'],
      messages: { integral: '{symptom} is part of {dx}.' },
      pairs: [{ symptoms: ['R82.1'], diagnoses: ['M62.82'] }],
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
    if (e instanceof LexiconError) return e.issues.map(formatIssue);
    throw e;
  }
}

describe('kind and predicate extensions, through a pack made of data', () => {
  const lexicon = compileLexicon(build([{ path: FILE, data: examplePack() }]));
  const fired = (text: string, codes: string[]) =>
    lint(text, { codes }, lexicon).diagnostics.filter((d) => d.ruleId.startsWith('ex-')).map((d) => `${d.ruleId}:${d.severity}`);

  it.each([
    // allOf + sameSentence + noneOf
    ['the drug and the diagnosis in one sentence', 'A/P: rhabdomyolysis from atorvastatin, CK 12,000.', ['M62.82'], ['ex-drug:info']],
    ['the drug only on the medication list', 'Meds: atorvastatin 40.\nA/P: rhabdomyolysis after a marathon, CK 30,000.', ['M62.82'], []],
    ['linked, but an overdose vetoes it', 'Intentional ingestion. A/P: rhabdomyolysis from atorvastatin, CK 8,000.', ['M62.82'], ['ex-poisoning-first:error']],
    ['linked, the overdose negated', 'Denies overdose. A/P: rhabdomyolysis from atorvastatin, CK 8,000.', ['M62.82'], ['ex-drug:info']],
    // sequencing when
    ['overdose documented, poisoning code after', 'Quetiapine overdose. Rhabdomyolysis, CK 18,000.', ['M62.82', 'T43.592A'], ['ex-poisoning-first:warning']],
    ['overdose documented, poisoning code first', 'Quetiapine overdose. Rhabdomyolysis, CK 18,000.', ['T43.592A', 'M62.82'], []],
    ['no overdose: the pair does not apply', 'Rhabdomyolysis after a seizure, CK 18,000.', ['M62.82'], []],
    // numberFollows
    ['on the floor for a stated time', 'Fell, on the floor ~14 h. Rhabdomyolysis, CK 20,000.', ['M62.82'], ['ex-lie:info']],
    ['on the floor meaning the ward', 'Back on the floor from the ICU. Rhabdomyolysis, CK 20,000.', ['M62.82'], []],
    // symptom-integral pairs
    ['a paired sign beside its diagnosis', 'Exertional rhabdomyolysis, CK 40,000; myoglobinuria.', ['M62.82', 'R82.1'], ['ex-integral:warning']],
    ['the sign alone', 'Urine myoglobin positive. CK pending.', ['R82.1'], []],
    ['an unpaired symptom', 'Exertional rhabdomyolysis, CK 40,000; generalized weakness.', ['M62.82', 'R53.1'], []],
  ])('%s', (_name, text, codes, expected) => {
    expect(fired(text, codes)).toEqual(expected);
  });

  it('pack mistakes in the new fields name file and field', () => {
    const sameSentenceAlone = examplePack();
    sameSentenceAlone.evidence['ex-long-lie'].sameSentence = true;
    expect(problems(sameSentenceAlone).join('\n')).toMatch(/pack\.yaml: evidence\.ex-long-lie\.sameSentence: applies to allOf only/);
    const unknownWhen = examplePack();
    unknownWhen.rules[2].codeFirst[0].when = 'no-such-evidence';
    expect(problems(unknownWhen).join('\n')).toMatch(/rules\[2\]\.codeFirst\[0\]\.when: unknown evidence id "no-such-evidence"/);
    const unknownCode = examplePack();
    unknownCode.rules[3].pairs[0].symptoms = ['R82.91'];
    expect(problems(unknownCode).join('\n')).toMatch(/rules\[3\]\.pairs\[0\]: code "R82.91" is not in lexicon\/codes/);
    const badNoneOf = examplePack();
    badNoneOf.evidence['ex-statin-linked'].noneOf = [{ termSet: 'no-such-set' }];
    expect(problems(badNoneOf).join('\n')).toMatch(/noneOf\[0\]\.termSet: unknown term set "no-such-set"/);
    expect(problems(examplePack())).toEqual([]);
  });
});
