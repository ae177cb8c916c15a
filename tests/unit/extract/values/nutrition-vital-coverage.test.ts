/**
 * Every term of vital.yaml reads a value, every nfpe site and severity term attaches to a finding,
 * and every intake basis phrase gives its basis: a term that a longer phrase or a guard shadows
 * fails here with its name.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON_DATA } from '../../../../src/lexicon/generated/lexicon.ts';
import { phraseKey } from '../../../../src/text/tokens.ts';
import { findingsOf } from './helpers.ts';

const fileOf = (type: string) => LEXICON_DATA.findings.find((f) => f.type === type)!;
const written = (term: string, caseSensitive: readonly string[] = []) =>
  caseSensitive.find((c) => phraseKey(c).join(' ') === phraseKey(term).join(' ')) ?? term;

const SAMPLE: Record<string, string> = {
  'urine-output': '30 mL/h',
  weight: '70 kg',
  height: '170 cm',
  bmi: '22.4',
  'heart-rate': '88',
  'systolic-bp': '120',
  'diastolic-bp': '80',
  map: '75',
  temperature: '37.2',
  'respiratory-rate': '18',
  spo2: '96%',
};

const vitalTerms = fileOf('vital').entries.flatMap((e) =>
  [...e.terms, ...(e.caseSensitive ?? [])].map((term) => ({ term: written(term, e.caseSensitive), measure: String(e.attributes.measure), anuria: e.attributes.anuria === true })),
);

describe('vital.yaml: every term reads its value', () => {
  it.each(vitalTerms)('$term', ({ term, measure, anuria }) => {
    const note = anuria ? `Pt ${term} x 12 h.` : `Today ${term} ${SAMPLE[measure]}.`;
    expect(findingsOf(note, 'vital').map((f) => f.attributes.measure)).toContain(measure);
  });
});

const nfpe = fileOf('nfpe').entries;
// Fat and muscle sites give "wasting" its domain; the others (legs, sacrum) are where edema is.
const sites = nfpe
  .filter((e) => e.attributes.role === 'site')
  .flatMap((e) => e.terms.map((term) => ({ term, site: String(e.attributes.site), finding: e.attributes.domain ? 'wasting' : 'edema' })));
const severities = nfpe.filter((e) => e.attributes.role === 'severity').flatMap((e) => e.terms.map((term) => ({ term, severity: String(e.attributes.severity) })));

describe('nfpe.yaml: every site and severity term attaches to a finding', () => {
  it.each(sites)('site $term', ({ term, site, finding }) => {
    expect(findingsOf(`Exam: ${finding} of the ${term}.`, 'nfpe').flatMap((f) => f.attributes.sites)).toContain(site);
  });
  it.each(severities)('severity $term', ({ term, severity }) => {
    expect(findingsOf(`Exam: ${term} muscle wasting.`, 'nfpe').map((f) => f.attributes.severity)).toEqual([severity]);
  });
});

// A basis phrase with no basis ("of his usual") closes the share without naming one the criteria distinguish.
const bases = fileOf('intake').entries.filter((e) => e.attributes.role === 'basis').flatMap((e) => e.terms.map((term) => ({ term, basis: e.attributes.basis === undefined ? undefined : String(e.attributes.basis) })));

describe('intake.yaml: every basis phrase', () => {
  it.each(bases)('$term', ({ term, basis }) => {
    const found = findingsOf(`Eating 40% ${term} x 3 days.`, 'intake');
    expect(found.map((f) => [f.attributes.basis, f.attributes.days])).toEqual([[basis, 3]]);
  });
});

const fractions = fileOf('intake').entries.filter((e) => e.attributes.role === 'fraction').flatMap((e) => e.terms.map((term) => ({ term, percent: Number(e.attributes.percent) })));
const basisVerbs = fileOf('intake').entries.filter((e) => e.attributes.needsBasis === true).flatMap((e) => e.terms);

describe('intake.yaml: every share in words, every verb that needs a basis', () => {
  it.each(fractions)('$term', ({ term, percent }) => {
    expect(findingsOf(`Eating ${term} of meals.`, 'intake').map((f) => f.attributes.percent)).toEqual([percent]);
    // not a share of anything: no percent
    expect(findingsOf(`Eating ${term} sandwich.`, 'intake')).toEqual([]);
  });
  it.each(basisVerbs)('%s', (verb) => {
    expect(findingsOf(`Pt ${verb} 30% of meals.`, 'intake').map((f) => f.attributes.percent)).toEqual([30]);
    expect(findingsOf(`Pt ${verb} 30% of the dose.`, 'intake')).toEqual([]);
  });
});
