/**
 * Every term of the value parsers' lexicon files works: each analyte alias reads a value, each site
 * term attaches to a grade, each normal/reduced strength phrase is a grade, each strength test is
 * found. A term that a longer phrase or a guard shadows fails here with its name.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON_DATA } from '../../../../src/lexicon/generated/lexicon.ts';
import { phraseKey } from '../../../../src/text/tokens.ts';
import { findingsOf } from './helpers.ts';

const written = (alias: string, caseSensitive: readonly string[] = []) =>
  caseSensitive.find((c) => phraseKey(c).join(' ') === phraseKey(alias).join(' ')) ?? alias;

const aliases = LEXICON_DATA.labs.analytes.flatMap((a) =>
  a.aliases.map((alias) => {
    const value = a.refLow !== undefined && a.refHigh !== undefined ? (a.refLow + a.refHigh) / 2 : (a.min ?? 1);
    // A dipstick has no number: its result word is the value ("urine blood large").
    const result = a.units.length === 0 ? a.qualitative?.at(-1)?.phrases[0] : undefined;
    return { id: a.id, note: `Labs today: ${written(alias, a.caseSensitive)} ${result ?? `${Math.round(value * 10) / 10} ${a.unit}`}` };
  }),
);

describe('labs.yaml: every alias reads a value', () => {
  it.each(aliases)('$note', ({ id, note }) => {
    expect(findingsOf(note, 'lab').map((f) => f.attributes.analyte)).toEqual([id]);
  });
});

const siteTerms = LEXICON_DATA.anatomy.sites.flatMap((s) => s.terms.map((term) => ({ id: s.id, term })));

describe('anatomy.yaml: every site term attaches to a grade', () => {
  it.each(siteTerms)('$term', ({ id, term }) => {
    const [g] = findingsOf(`Strength in the ${term} 4/5.`, 'strength-grade');
    expect(g?.attributes.sites).toContain(id);
  });
});

describe('anatomy.yaml: laterality phrases', () => {
  const sides = LEXICON_DATA.anatomy.laterality.flatMap((l) => l.phrases.map((phrase) => ({ value: l.value, phrase })));
  it.each(sides)('$phrase', ({ value, phrase }) => {
    const [g] = findingsOf(`Hip flexors 4/5 ${phrase}.`, 'strength-grade');
    expect(g?.attributes.laterality).toBe(value);
  });
});

describe('anatomy.yaml: strength phrases without a grade', () => {
  it.each(LEXICON_DATA.anatomy.normalStrength)('normal: %s', (phrase) => {
    const found = findingsOf(`${phrase}.`, 'strength-grade');
    expect(found.map((f) => [f.attributes.grade, f.attributes.normal])).toEqual([[null, true]]);
  });
  it.each(LEXICON_DATA.anatomy.reducedStrength)('reduced on exam: %s', (phrase) => {
    const found = findingsOf(`On exam, ${phrase}.`, 'strength-grade');
    expect(found.map((f) => [f.attributes.grade, f.attributes.normal])).toEqual([[null, false]]);
  });
  it.each(LEXICON_DATA.anatomy.strengthCues)('cue makes 4/5 a grade: %s', (cue) => {
    expect(findingsOf(`${cue} 4/5.`, 'strength-grade').map((f) => f.attributes.grade)).toEqual([4]);
  });
});

const testTerms = (LEXICON_DATA.findings.find((f) => f.type === 'strength-test')?.entries ?? []).flatMap((e) =>
  e.terms.map((term) => ({ test: String(e.attributes['test']), term })),
);

describe('findings/strength-test.yaml: every test term is found', () => {
  it.each(testTerms)('$term', ({ test, term }) => {
    expect(findingsOf(`Performed ${term} today.`, 'strength-test').map((f) => f.attributes.test)).toEqual([test]);
  });
});
