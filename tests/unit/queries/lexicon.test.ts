// lexicon/queries.yaml and lexicon/lab-triggers.yaml: errors name file, entry and field; dates of indicators.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../../src/engine/lexicon.ts';
import { whenOf } from '../../../src/engine/queries.ts';
import { assembleLexicon, type LexiconFile } from '../../../src/lexicon/assemble.ts';
import { readLexiconFiles } from '../../../src/lexicon/load-files.ts';
import { LexiconError } from '../../../src/lexicon/errors.ts';
import { formatIssue } from '../../../src/schema/issues.ts';

const lexiconDir = resolve(__dirname, '../../../lexicon');
const files = readLexiconFiles(lexiconDir);

/** The real lexicon with one file's data edited. */
function problemsWith(path: string, edit: (data: Record<string, unknown>) => void): string[] {
  // Fresh copies every time: assembling marks its input's code entries with their file.
  const changed: LexiconFile[] = files.map((f) => {
    const data = structuredClone(f.data) as Record<string, unknown>;
    if (f.path === path) edit(data);
    return { path: f.path, data };
  });
  try {
    assembleLexicon(changed);
    return [];
  } catch (e) {
    if (e instanceof LexiconError) return e.issues.map(formatIssue);
    throw e;
  }
}

type Data = Record<string, unknown>;
const byId = (list: Data[], id: string) => list.find((x) => x.id === id)!;
const queriesOf = (d: Data) => d.queries as Data[];
/** The triggers of a pack's possible-dx rule. */
const triggersOf = (d: Data, rule = 'abnormal-lab-without-dx') => byId(d.rules as Data[], rule).triggers as Data[];

describe('queries.yaml and pack trigger errors', () => {
  it.each([
    {
      name: 'an option condition nobody defines',
      file: 'queries.yaml',
      edit: (d: Data) => ((byId(queriesOf(d), 'possible-anemia').options as Data[])[2]!.if = ['iv-fluidz']),
      expect: /lexicon\/queries\.yaml: queries\[\d+\]\.options\[2\]\.if\[0\] \(possible-anemia\): unknown query condition "iv-fluidz"/,
    },
    {
      name: 'a question with asks but no {asks}',
      file: 'queries.yaml',
      edit: (d: Data) => (byId(queriesOf(d), 'muscle-weakness').question = 'Please clarify the weakness.'),
      expect: /queries\[\d+\]\.question \(muscle-weakness\): has asks but its question has no \{asks\} placeholder/,
    },
    {
      name: 'one rule served by two questions',
      file: 'queries.yaml',
      edit: (d: Data) => byId(queriesOf(d), 'weakness-symptom').usedBy = [{ rule: 'workup-plan' }, { rule: 'objective-strength-required' }],
      expect: /duplicate query user \(rule and code\) "objective-strength-required"/,
    },
    {
      name: 'a yes/no question with options',
      file: 'queries.yaml',
      edit: (d: Data) => (byId(queriesOf(d), 'symptom-cause-link').options = [{ text: 'Related' }]),
      expect: /\(symptom-cause-link\): a yes\/no question takes no options/,
    },
    {
      name: 'an unknown key in a template',
      file: 'queries.yaml',
      edit: (d: Data) => (byId(queriesOf(d), 'possible-anemia').preselected = 'Anemia'),
      expect: /queries\[\d+\]\.preselected \(possible-anemia\): unknown key "preselected"/,
    },
    {
      name: 'a threshold with two limits',
      file: 'packs/electrolytes/rules.yaml',
      edit: (d: Data) => (byId(triggersOf(d, 'possible-hyponatremia'), 'possible-hyponatremia').abnormal = { op: 'lt', value: 135, range: true }),
      expect: /lexicon\/packs\/electrolytes\/rules\.yaml: rules\[\d+\]\.triggers\[\d+\]\.abnormal: needs exactly one of value, timesUpperLimit, range: true/,
    },
    {
      name: 'a bad operator',
      file: 'packs/electrolytes/rules.yaml',
      edit: (d: Data) => (byId(triggersOf(d, 'possible-hyponatremia'), 'possible-hyponatremia').abnormal = { op: '<', value: 135 }),
      expect: /lexicon\/packs\/electrolytes\/rules\.yaml: rules\[\d+\]\.triggers\[\d+\]\.abnormal\.op: .*"lt" \| "le" \| "gt" \| "ge".*"<"/,
    },
    {
      name: 'an unknown term set',
      file: 'packs/electrolytes/rules.yaml',
      edit: (d: Data) => (byId(triggersOf(d, 'possible-hypokalemia'), 'possible-hypokalemia').significance = { termSets: ['kcl'] }),
      expect: /lexicon\/packs\/electrolytes\/: rules\[\d+\]\.triggers\[\d+\]\.significance\.termSets\[0\] \(possible-hypokalemia\): unknown term set "kcl"/,
    },
    {
      name: 'an unknown analyte, concept and template',
      file: 'packs/anemia/rules.yaml',
      edit: (d: Data) => Object.assign(byId(byId(d.rules as Data[], 'possible-anemia').triggers as Data[], 'possible-anemia'), { analyte: 'hgb', documentedBy: ['anaemia'], query: 'anemia-query' }),
      expect: /unknown analyte "hgb"[\s\S]*unknown diagnosis concept "anaemia"[\s\S]*unknown query template "anemia-query"/,
    },
    {
      name: 'a precedence naming an unknown rule and a rule that is not a possible-dx',
      file: 'packs/electrolytes/pack.yaml',
      edit: (d: Data) => (d.precedence = ['possible-siadhh', 'siadh-evidence']),
      expect: /precedence\[0\]: unknown rule id "possible-siadhh"[\s\S]*precedence\[1\]: rule "siadh-evidence" is not a possible-dx rule/,
    },
    {
      name: 'a trigger requiring unknown evidence and correcting by an unknown analyte',
      file: 'packs/electrolytes/rules.yaml',
      edit: (d: Data) => Object.assign(byId(triggersOf(d, 'possible-siadh'), 'possible-siadh'), { alsoRequires: ['low-urine-osm'], correctedFor: [{ analyte: 'glucos', when: { op: 'gt', value: 200 }, factor: 0.016, base: 100 }] }),
      expect: /correctedFor\[0\]\.analyte \(possible-siadh\): unknown analyte "glucos"[\s\S]*alsoRequires\[0\] \(possible-siadh\): unknown evidence id "low-urine-osm"/,
    },
    {
      name: 'an upgrade that suggests nothing and names nothing that satisfies it',
      file: 'packs/electrolytes/rules.yaml',
      edit: (d: Data) => delete ((byId(d.rules as Data[], 'electrolyte-drug-cause').upgrades as Data[])[0]!.unlessChosen),
      expect: /upgrades\[0\]\.suggest: is empty: name the codes to suggest, or unlessChosen/,
    },
  ])('$name', ({ file, edit, expect: pattern }) => {
    expect(problemsWith(file, edit).join('\n')).toMatch(pattern);
  });

  it('the bundled files have none', () => {
    expect(problemsWith('queries.yaml', () => undefined)).toEqual([]);
  });
});

describe('when a quoted value was taken', () => {
  const lexicon = defaultLexicon();
  const at = (text: string, quoted: string) => {
    const start = text.indexOf(quoted);
    return whenOf(text, lexicon, start, start + quoted.length);
  };
  it.each([
    ['Labs 3/2 08:00 Na 128 mmol/L', 'Na 128 mmol/L', '3/2 08:00'],
    ['03/14/2026 06:00 Na 127 mmol/L.', 'Na 127 mmol/L', '03/14/2026 06:00'],
    ['2026-03-14 K 2.9', 'K 2.9', '2026-03-14'],
    ['3/14: Na 126, K 3.9', 'Na 126', '3/14'],
    ['Na 126 on admission, 138 at discharge', 'Na 126', 'on admission'],
    ['Hgb 9.1 g/dL POD 2, after 1 unit', 'Hgb 9.1 g/dL', 'POD 2'],
    // Negative rows: a strength grade is not a date, the line before does not date this one, nothing given.
    ['Hip flexors 4/5, K 3.0', 'K 3.0', null],
    ['3/2 08:00 labs drawn\nNa 131', 'Na 131', null],
    ['Labs: Na 128', 'Na 128', null],
  ])('%s', (text, quoted, expected) => {
    expect(at(text, quoted)).toBe(expected);
  });
});
