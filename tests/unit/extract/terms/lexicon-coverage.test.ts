/**
 * Every term of the term lexicon (finding files except the value parsers' own, and diagnoses) is found by
 * lint() when written in a neutral sentence, with the attributes of its entry; every case-sensitive
 * abbreviation is found only as written; no pseudo phrase yields a finding of its type.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../../src/engine/index.ts';
import { defaultLexicon } from '../../../../src/engine/lexicon.ts';
import type { Finding, FindingType } from '../../../../src/engine/types.ts';
import type { TermEntry } from '../../../../src/lexicon/types.ts';

const { data } = defaultLexicon();
/** Files read by value parsers, whose terms need a value or a partner beside them (their own coverage tests). */
const VALUE_FILES = new Set(['strength-test', 'vital', 'weight-change', 'intake', 'nfpe']);
const termFiles = data.findings.filter((f) => !VALUE_FILES.has(f.type));

interface Probe {
  text: string;
  /** Where the term sits in `text`. */
  start: number;
  end: number;
}

function probe(term: string, before: string, after: string): Probe {
  return { text: `${before}${term}${after}`, start: before.length, end: before.length + term.length };
}

/** A sentence that exercises the term: most types need only a carrier; some need their partner. */
function sentenceFor(type: FindingType, entry: TermEntry | null, term: string): Probe {
  if (type === 'cause-link') return probe(term, 'Weakness ', ' anemia today.');
  if (type === 'workup' && entry?.attributes.needsCue === true) return probe(term, 'Will order ', ' today.');
  if (type === 'electrodiagnostic') {
    return entry?.attributes.role === 'test' ? probe(term, '', ': myopathic motor units.') : probe(term, 'EMG: ', '.');
  }
  // Sex nouns count after an age, titles before a name; pronouns anywhere.
  if (type === 'sex' && entry?.attributes.form === 'noun') return probe(term, 'A 72 year old ', ' today.');
  if (type === 'sex' && entry?.attributes.form === 'title') return probe(term, 'We discussed ', ' Lopez today.');
  // Authors are read from header lines only.
  if (type === 'author') return probe(term, '', '\nPatient seen and examined today.');
  if (type === 'contracture' && entry?.attributes.needsSite === true) return probe(term, 'Both knees ', ' today.');
  return probe(term, 'We discussed ', ' today.');
}

const covers = (f: Finding, p: Probe) => f.start <= p.start && f.end >= p.end;
const overlaps = (f: Finding, p: Probe) => f.start < p.end && f.end > p.start;

function expectedAttributes(type: FindingType, entry: TermEntry): Record<string, unknown> {
  const a = entry.attributes;
  switch (type) {
    case 'weakness':
      return Object.fromEntries(
        Object.entries(a).filter(([k, v]) => k === 'ageRelated' || (k === 'observation' && v !== 'context') || (k === 'site' && a.distribution !== 'focal')),
      );
    case 'workup':
      return { item: a.item, category: a.category };
    case 'electrodiagnostic':
      return a.role === 'test' ? { test: a.test } : { abnormal: a.role === 'abnormal-result' };
    case 'cause-link':
      return {};
    case 'contracture':
      return {};
    case 'author':
      return { role: a.role };
    case 'sex':
      return { sex: a.sex };
    case 'pregnancy':
      return a.state === 'postpartum' ? { postpartum: true } : {};
    case 'treatment':
      // notBeforeNumber steers the extractor ("HD 3" is a hospital day); it is not an attribute.
      return Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'notBeforeNumber'));
    default:
      return a;
  }
}

describe('every finding term is matched', () => {
  for (const file of termFiles) {
    it(`${file.type}: ${file.entries.reduce((n, e) => n + e.terms.length + (e.caseSensitive?.length ?? 0), 0)} terms`, () => {
      const failures: string[] = [];
      for (const entry of file.entries) {
        for (const term of [...entry.terms, ...(entry.caseSensitive ?? [])]) {
          const p = sentenceFor(file.type, entry, term);
          const hits = lint(p.text).findings.filter((f) => f.type === file.type && covers(f, p));
          if (hits.length === 0) failures.push(`${term}: not found in ${JSON.stringify(p.text)}`);
          else {
            try {
              expect(hits[0]!.attributes).toMatchObject(expectedAttributes(file.type, entry));
            } catch {
              failures.push(`${term}: attributes ${JSON.stringify(hits[0]!.attributes)}`);
            }
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it(`diagnoses: ${data.diagnoses.diagnoses.length} concepts`, () => {
    const failures: string[] = [];
    for (const d of data.diagnoses.diagnoses) {
      for (const term of [...d.terms, ...(d.caseSensitive ?? [])]) {
        const p = probe(term, 'We discussed ', ' today.');
        const hit = lint(p.text).findings.find((f) => f.type === 'diagnosis' && f.start === p.start && f.end === p.end);
        if (!hit || hit.type !== 'diagnosis') failures.push(`${term}: not found`);
        else if (hit.attributes.concept !== d.concept) failures.push(`${term}: read as ${hit.attributes.concept}, not ${d.concept}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('every procedure names its state after every procedure cue', () => {
  const diagnosisAt = (p: Probe) => lint(p.text).findings.find((f) => f.type === 'diagnosis' && f.start === p.start && f.end === p.end);

  it('procedures after "s/p"', () => {
    const failures: string[] = [];
    for (const d of data.diagnoses.diagnoses) {
      for (const procedure of d.procedures ?? []) {
        const hit = diagnosisAt(probe(`s/p ${procedure}`, 'We discussed ', ' today.'));
        if (!hit || hit.type !== 'diagnosis') failures.push(`${procedure}: not found`);
        else if (hit.attributes.concept !== d.concept) failures.push(`${procedure}: read as ${hit.attributes.concept}, not ${d.concept}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('cues before "TKA"', () => {
    const failures = (data.diagnoses.procedureCues ?? []).filter((cue) => diagnosisAt(probe(`${cue} TKA`, 'Weak ', ' today.'))?.type !== 'diagnosis');
    expect(failures).toEqual([]);
  });
});

describe('case-sensitive abbreviations match only as written', () => {
  it('finding files and diagnoses', () => {
    const failures: string[] = [];
    const check = (type: FindingType, term: string, entry: TermEntry | null) => {
      const lower = term.toLowerCase();
      if (lower === term) return;
      const p = sentenceFor(type, entry, lower);
      if (lint(p.text).findings.some((f) => f.type === type && f.start === p.start && f.end === p.end)) failures.push(`${type}: ${lower}`);
    };
    for (const file of termFiles) for (const e of file.entries) for (const t of e.caseSensitive ?? []) check(file.type, t, e);
    for (const d of data.diagnoses.diagnoses) for (const t of d.caseSensitive ?? []) check('diagnosis', t, null);
    expect(failures).toEqual([]);
  });
});

describe('pseudo phrases yield no finding of their type', () => {
  it('finding files and diagnoses', () => {
    const failures: string[] = [];
    const check = (type: FindingType, phrase: string) => {
      const p = probe(phrase, 'We discussed ', ' today.');
      const hit = lint(p.text).findings.find((f) => f.type === type && overlaps(f, p));
      if (hit) failures.push(`${type}: "${phrase}" gave ${JSON.stringify(hit.text)}`);
    };
    for (const file of termFiles) for (const p of file.pseudo ?? []) check(file.type, p);
    for (const p of data.diagnoses.pseudo ?? []) check('diagnosis', p);
    expect(failures).toEqual([]);
  });
});
