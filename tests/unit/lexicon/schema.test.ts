import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assembleLexicon, type LexiconFile } from '../../../src/lexicon/assemble.ts';
import { loadLexicon, readLexiconFiles } from '../../../src/lexicon/load-files.ts';
import { LexiconError } from '../../../src/lexicon/errors.ts';
import { formatIssue } from '../../../src/schema/issues.ts';

const lexiconDir = resolve(__dirname, '../../../lexicon');

function problems(files: LexiconFile[]): string[] {
  try {
    assembleLexicon(files);
    return [];
  } catch (e) {
    if (e instanceof LexiconError) return e.issues.map(formatIssue);
    throw e;
  }
}

/** The real lexicon with one file replaced. */
function withFile(path: string, data: unknown): LexiconFile[] {
  return [...readLexiconFiles(lexiconDir).filter((f) => f.path !== path), { path, data }];
}

/** The real lexicon with one file's data changed by `edit` (on a copy). */
function withEdit(path: string, edit: (data: Record<string, unknown>) => void): LexiconFile[] {
  const file = readLexiconFiles(lexiconDir).find((f) => f.path === path)!;
  const data = structuredClone(file.data) as Record<string, unknown>;
  edit(data);
  return withFile(path, data);
}

describe('the bundled lexicon', () => {
  it('validates and assembles', () => {
    const data = loadLexicon(lexiconDir);
    expect(data.sections.sections.length).toBeGreaterThan(5);
    expect(data.context.triggers.length).toBeGreaterThan(0);
  });
});

describe('schema errors name the file, the entry and the field', () => {
  const weakness = (entry: Record<string, unknown>) => ({ type: 'weakness', entries: [entry] });

  it.each([
    {
      name: 'unknown key',
      files: () => withFile('findings/zz-test.yaml', weakness({ terms: ['floppy'], attributes: { distribution: 'generalized', observation: 'subjective', distrib: 'x' } })),
      expect: /lexicon\/findings\/zz-test\.yaml: entries\[0\]\.attributes\.distrib \(floppy\): unknown key "distrib"/,
    },
    {
      name: 'bad enum value',
      files: () => withFile('findings/zz-test.yaml', weakness({ terms: ['floppy'], attributes: { distribution: 'everywhere', observation: 'subjective' } })),
      expect: /entries\[0\]\.attributes\.distribution \(floppy\): must be one of generalized, focal, unspecified/,
    },
    {
      name: 'duplicate term in one entry',
      files: () => withFile('findings/zz-test.yaml', weakness({ terms: ['floppy', 'Floppy'], attributes: { distribution: 'generalized', observation: 'subjective' } })),
      expect: /entries\[0\]\.terms\[1\] \(floppy\): duplicate "Floppy"/,
    },
    {
      name: 'empty pattern',
      files: () => withFile('findings/zz-test.yaml', weakness({ terms: ['  '], attributes: { distribution: 'generalized', observation: 'subjective' } })),
      expect: /entries\[0\]\.terms\[0\]: must not be empty/,
    },
    {
      name: 'pattern with nothing to match',
      files: () => withFile('findings/zz-test.yaml', weakness({ terms: ['--'], attributes: { distribution: 'generalized', observation: 'subjective' } })),
      expect: /entries\[0\]\.terms\[0\] \(--\): is an empty pattern/,
    },
    {
      name: 'missing required field',
      files: () => withFile('findings/zz-test.yaml', weakness({ terms: ['floppy'], attributes: { distribution: 'generalized' } })),
      expect: /entries\[0\]\.attributes\.observation \(floppy\): is required/,
    },
    {
      name: 'bad context direction',
      files: () => withFile('context.yaml', { triggers: [{ phrases: ['nope'], category: 'negated', direction: 'sideways' }], pseudo: [], terminations: [] }),
      expect: /lexicon\/context\.yaml: triggers\[0\]\.direction \(nope\): must be one of forward, backward, bidirectional/,
    },
    {
      name: 'context trigger for an unknown finding type',
      files: () => withFile('context.yaml', { triggers: [{ phrases: ['nope'], category: 'hypothetical', direction: 'backward', onlyFor: ['medicine'] }], pseudo: [], terminations: [] }),
      expect: /lexicon\/context\.yaml: triggers\[0\]\.onlyFor\[0\] \(nope\): must be one of /,
    },
    {
      name: 'bad code shape',
      files: () =>
        withFile('codes/zz-test.yaml', {
          code: '1234', title: 'x', billable: true, chapter: 18, block: 'R50-R69', children: [], inclusionTerms: [],
          excludes1: [], excludes2: [], codeFirst: [], requires: [], sources: ['test'],
        }),
      expect: /lexicon\/codes\/zz-test\.yaml: code \(1234\): must be an ICD-10-CM code/,
    },
    ...[
      { bmi: { population: 'adult', ages: { min: 20 }, measure: 'kg/m2', min: 21, below: 20 }, error: /bmi \(Z68\.20\): min 21 must be less than below 20/ },
      { bmi: { population: 'adult', ages: { min: 20 }, measure: 'kg/m2' }, error: /bmi \(Z68\.20\): needs min, below or both/ },
      { bmi: { population: 'adult', ages: { min: 20 }, measure: 'kg', min: 20, below: 21 }, error: /bmi\.measure \(Z68\.20\): must be one of kg\/m2, percentile-for-age/ },
      { bmi: { population: 'adults', ages: { min: 20 }, measure: 'kg/m2', min: 20 }, error: /bmi\.population \(Z68\.20\): must be one of adult, pediatric/ },
      { bmi: { population: 'adult', measure: 'kg/m2', min: 20 }, error: /bmi\.ages \(Z68\.20\): is required/ },
    ].map(({ bmi, error }) => ({
      name: `bad BMI range ${JSON.stringify(bmi)}`,
      files: () =>
        withFile('codes/Z68.20.yaml', {
          code: 'Z68.20', title: 'Body mass index [BMI] 20.0-20.9, adult', billable: true, chapter: 21, block: 'Z68-Z68', children: [], inclusionTerms: [],
          excludes1: [], excludes2: [], codeFirst: [], requires: [], bmi, sources: ['test'],
        }),
      expect: error,
    })),
    // Word lists the parsers read (anatomy.yaml, labs.yaml): single lower-case words, closed region names, windows in days.
    {
      name: 'a phrase where one word is compared',
      files: () => withEdit('anatomy.yaml', (d) => ((d.otherScales as Record<string, string[]>).beforeGrade = ['pain', 'deep tendon reflex'])),
      expect: /lexicon\/anatomy\.yaml: otherScales\.beforeGrade\[1\]: must be one lower-case word/,
    },
    {
      name: 'an upper-case word',
      files: () => withEdit('labs.yaml', (d) => (d.notResultBefore = ['Vitamin'])),
      expect: /lexicon\/labs\.yaml: notResultBefore\[0\]: must be one lower-case word/,
    },
    {
      name: 'an unknown region kind member',
      files: () => withEdit('anatomy.yaml', (d) => ((d.regionKinds as Record<string, string[]>).limb = ['upper', 'arm'])),
      expect: /lexicon\/anatomy\.yaml: regionKinds\.limb\[1\]: must be one of proximal, distal, upper, lower, axial, all, side/,
    },
    {
      name: 'a baseline window that is no whole number of days',
      files: () => withEdit('labs.yaml', (d) => ((d.baseline as Record<string, unknown>).lowestToPeakMaxDays = 2.5)),
      expect: /lexicon\/labs\.yaml: baseline\.lowestToPeakMaxDays: must be a whole number, got 2\.5/,
    },
    {
      name: 'a baseline window without its source',
      files: () => withEdit('labs.yaml', (d) => delete (d.baseline as Record<string, unknown>).source),
      expect: /lexicon\/labs\.yaml: baseline\.source: is required/,
    },
    {
      name: 'a code label type that is no finding type',
      files: () => withEdit('coding.yaml', (d) => (d.codeLabelTypes = ['weakness', 'tiredness'])),
      expect: /lexicon\/coding\.yaml: codeLabelTypes\[1\]: must be one of weakness, fatigue/,
    },
    {
      name: 'a temperature word that is a phrase',
      files: () => withEdit('findings/vital.yaml', (d) => ((d.vital as Record<string, string[]>).temperatureWords = ['temp', 'max temp'])),
      expect: /lexicon\/findings\/vital\.yaml: vital\.temperatureWords\[1\]: must be one lower-case word/,
    },
    {
      name: 'unknown file',
      files: () => withFile('stray.yaml', {}),
      expect: /lexicon\/stray\.yaml: is not a known lexicon file/,
    },
  ])('$name', ({ files, expect: pattern }) => {
    const found = problems(files());
    expect(found.join('\n')).toMatch(pattern);
  });

  it('finds a term duplicated across two files of the same finding type', () => {
    const entry = { terms: ['floppy'], attributes: { distribution: 'generalized', observation: 'subjective' } };
    const found = problems([
      ...readLexiconFiles(lexiconDir),
      { path: 'findings/zz-a.yaml', data: weakness(entry) },
      { path: 'findings/zz-b.yaml', data: weakness(entry) },
    ]);
    expect(found.join('\n')).toMatch(/lexicon\/findings\/zz-b\.yaml: entries\[0\]\.terms\[0\] \(floppy\): duplicate weakness term "floppy" \(first at lexicon\/findings\/zz-a\.yaml/);
  });
});

describe('YAML files on disk', () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('reports a YAML syntax error with its file and line', () => {
    dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    cpSync(lexiconDir, dir, { recursive: true });
    mkdirSync(join(dir, 'findings'), { recursive: true });
    writeFileSync(join(dir, 'findings/zz-broken.yaml'), 'type: weakness\nentries:\n  - terms: [a, b\n');
    expect(() => loadLexicon(dir)).toThrow(/lexicon\/findings\/zz-broken\.yaml: line \d+/);
  });

  it('reports a duplicate YAML key', () => {
    dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    cpSync(lexiconDir, dir, { recursive: true });
    writeFileSync(join(dir, 'findings/zz-dup.yaml'), 'type: weakness\ntype: fatigue\nentries: []\n');
    expect(() => loadLexicon(dir)).toThrow(/zz-dup\.yaml/);
  });
});
