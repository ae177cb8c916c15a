import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFhir, type FhirNoteEntry } from '../../../src/fhir/index.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/fhir/', import.meta.url));
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const NOTE = 'Patient feels weak.\n';

function docRef(attachment: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { resourceType: 'DocumentReference', id: 'd1', content: [{ attachment }], ...extra };
}

function only(json: unknown): FhirNoteEntry {
  const read = readFhir(json);
  if (!read.ok) throw new Error(read.error);
  expect(read.entries).toHaveLength(1);
  return read.entries[0]!;
}

describe('readFhir: note text of a DocumentReference', () => {
  const readable: { name: string; json: unknown; text: string }[] = [
    { name: 'base64 data', json: fixture('document-reference-base64.json'), text: NOTE },
    { name: 'inline data: URL, percent-encoded', json: fixture('document-reference-inline.json'), text: NOTE },
    { name: 'contained Binary', json: fixture('document-reference-contained-binary.json'), text: NOTE },
    { name: 'inline data: URL, base64', json: docRef({ contentType: 'text/plain', url: `data:text/plain;base64,${b64(NOTE)}` }), text: NOTE },
    { name: 'data: URL without contentType', json: docRef({ url: `data:text/plain,${encodeURIComponent(NOTE)}` }), text: NOTE },
    { name: 'charset parameter in quotes', json: docRef({ contentType: 'text/plain; charset="utf-8"', data: b64('Fatigue ✓\n') }), text: 'Fatigue ✓\n' },
    { name: 'latin-1 charset', json: docRef({ contentType: 'text/plain;charset=iso-8859-1', data: Buffer.from('caf\xe9', 'latin1').toString('base64') }), text: 'café' },
    { name: 'base64 with line breaks', json: docRef({ contentType: 'TEXT/PLAIN', data: b64(NOTE).replace(/(.{8})/g, '$1\n') }), text: NOTE },
    {
      name: 'the text/plain one of several attachments',
      json: { resourceType: 'DocumentReference', content: [{ attachment: { contentType: 'application/pdf', data: b64('%PDF') } }, { attachment: { contentType: 'text/plain', data: b64(NOTE) } }] },
      text: NOTE,
    },
  ];
  it.each(readable)('reads $name', ({ json, text }) => {
    const entry = only(json);
    expect(entry.ok && entry.note.text).toBe(text);
  });

  const unreadable: { name: string; json: unknown; error: RegExp }[] = [
    { name: 'an HTML attachment', json: fixture('document-reference-html.json'), error: /unsupported content type text\/html/ },
    { name: 'a PDF data: URL', json: docRef({ url: `data:application/pdf;base64,${b64('%PDF')}` }), error: /unsupported content type application\/pdf in data: URL/ },
    { name: 'no content', json: { resourceType: 'DocumentReference', id: 'd1' }, error: /no content attachment/ },
    { name: 'no contentType', json: docRef({ data: b64(NOTE) }), error: /unsupported content type \(no contentType\)/ },
    { name: 'bad base64', json: docRef({ contentType: 'text/plain', data: '%%%not base64%%%' }), error: /not valid base64/ },
    { name: 'bytes that are not UTF-8', json: docRef({ contentType: 'text/plain', data: Buffer.from([0xc3, 0x28]).toString('base64') }), error: /not valid utf-8 text/ },
    { name: 'an unknown charset', json: docRef({ contentType: 'text/plain; charset=klingon', data: b64(NOTE) }), error: /unsupported charset "klingon"/ },
    { name: 'a remote URL', json: docRef({ contentType: 'text/plain', url: 'https://ehr.example.org/Binary/1' }), error: /reads no remote content/ },
    { name: 'neither data nor url', json: docRef({ contentType: 'text/plain' }), error: /neither data nor url/ },
    { name: 'a missing contained Binary', json: docRef({ contentType: 'text/plain', url: '#gone' }), error: /is not in this file/ },
  ];
  it.each(unreadable)('explains $name', ({ json, error }) => {
    const entry = only(json);
    expect(entry.ok).toBe(false);
    expect(!entry.ok && entry.error).toMatch(error);
  });
});

describe('readFhir: resources that are not notes', () => {
  const cases: { name: string; json: unknown; error: RegExp }[] = [
    { name: 'an array', json: [], error: /not a FHIR resource/ },
    { name: 'an object without resourceType', json: { id: 'x' }, error: /not a FHIR resource \(no resourceType\)/ },
    { name: 'a Patient', json: fixture('patient-only.json'), error: /unsupported FHIR resource Patient/ },
    { name: 'a Bundle without DocumentReference', json: fixture('bundle-no-notes.json'), error: /Bundle has no DocumentReference: no notes to lint/ },
    { name: 'an empty Bundle', json: { resourceType: 'Bundle', type: 'collection' }, error: /no notes to lint/ },
    { name: 'a Bundle whose entry is not an array', json: { resourceType: 'Bundle', entry: {} }, error: /entry is not an array/ },
    { name: 'a Bundle entry without resource', json: { resourceType: 'Bundle', entry: [{ fullUrl: 'urn:uuid:1' }] }, error: /entry\[0\] has no resource/ },
    { name: 'a Bundle entry without resourceType', json: { resourceType: 'Bundle', entry: [{ resource: { id: '1' } }] }, error: /entry\[0\]\.resource has no resourceType/ },
  ];
  it.each(cases)('refuses $name', ({ json, error }) => {
    const read = readFhir(json);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(error);
  });
});

describe('readFhir: a Synthea-style Bundle', () => {
  const read = readFhir(fixture('bundle-synthea.json'));
  const entries = read.ok ? read.entries : [];

  it('gives one entry per DocumentReference, in Bundle order', () => {
    expect(entries.map((e) => (e.ok ? e.note.ids.documentReference : e.ids.documentReference))).toEqual([
      '4d5e6f70-8192-4a3b-9c4d-5e6f70819201',
      '4d5e6f70-8192-4a3b-9c4d-5e6f70819202',
      '4d5e6f70-8192-4a3b-9c4d-5e6f70819203',
    ]);
  });

  it('takes the encounter codes from Encounter.diagnosis, Claim and Condition, principal first, ICD-10-CM only, no refuted ones', () => {
    const [first, second] = entries;
    expect(first?.ok && first.note.codes).toEqual(['R53.1', 'M62.81']);
    expect(second?.ok && second.note.codes).toEqual(['E87.6']);
  });

  it('resolves patient and encounter ids through urn:uuid references and computes age at the note date', () => {
    const first = entries[0];
    expect(first?.ok && first.note.ids).toEqual({
      documentReference: '4d5e6f70-8192-4a3b-9c4d-5e6f70819201',
      patient: '5b1e7c3a-2f4d-4e8a-9c61-0d2b7f9a1e01',
      encounter: '7c2d9e41-8a3b-4f5c-b6d7-1e2f3a4b5c61',
    });
    expect(first?.ok && first.note.age).toBe(72);
  });

  it('reports the PDF-only note with its ids and the reason', () => {
    const third = entries[2];
    expect(third?.ok).toBe(false);
    expect(!third?.ok && third?.error).toMatch(/unsupported content type application\/pdf/);
    expect(!third?.ok && third?.ids.encounter).toBe('7c2d9e41-8a3b-4f5c-b6d7-1e2f3a4b5c62');
  });

  it('uses the only Encounter of a Bundle when the note names none, and no codes when there are several', () => {
    const encounter = { resourceType: 'Encounter', id: 'e1', diagnosis: [{ condition: { reference: 'Condition/c1' } }] };
    const condition = { resourceType: 'Condition', id: 'c1', code: { coding: [{ system: 'urn:oid:2.16.840.1.113883.6.90', code: 'r53.83' }] } };
    const note = docRef({ contentType: 'text/plain', data: b64(NOTE) });
    const one = readFhir({ resourceType: 'Bundle', entry: [{ resource: encounter }, { resource: condition }, { resource: note }] });
    expect(one.ok && one.entries[0]?.ok && one.entries[0].note.codes).toEqual(['R53.83']);
    const two = readFhir({ resourceType: 'Bundle', entry: [{ resource: encounter }, { resource: { ...encounter, id: 'e2' } }, { resource: condition }, { resource: note }] });
    expect(two.ok && two.entries[0]?.ok && two.entries[0].note.codes).toEqual([]);
  });

  it('gives no age when a date is missing or partial', () => {
    const patient = { resourceType: 'Patient', id: 'p1', birthDate: '1960' };
    const note = docRef({ contentType: 'text/plain', data: b64(NOTE) }, { subject: { reference: 'Patient/p1' }, date: '2025-01-01T00:00:00Z' });
    const read = readFhir({ resourceType: 'Bundle', entry: [{ resource: patient }, { resource: note }] });
    expect(read.ok && read.entries[0]?.ok && read.entries[0].note.age).toBeUndefined();
  });
});

describe('readFhir: a malformed Bundle names the entry and what it lacks', () => {
  const note = docRef({ contentType: 'text/plain', data: b64(NOTE) });
  it.each<[name: string, json: unknown, error: string]>([
    ['an entry that is a string', { resourceType: 'Bundle', entry: ['urn:uuid:1'] }, 'malformed Bundle: entry[0] is not an object'],
    ['a good entry, then one without resource', { resourceType: 'Bundle', entry: [{ resource: note }, { fullUrl: 'urn:uuid:2' }] }, 'malformed Bundle: entry[1] has no resource'],
    ['a resource that is a list', { resourceType: 'Bundle', entry: [{ resource: [note] }] }, 'malformed Bundle: entry[0].resource is not an object'],
    ['a resource whose resourceType is a number', { resourceType: 'Bundle', entry: [{ resource: { resourceType: 7, id: 'x' } }] }, 'malformed Bundle: entry[0].resource has no resourceType'],
    ['entry as an object', { resourceType: 'Bundle', entry: { resource: note } }, 'malformed Bundle: entry is not an array'],
    ['entry as null', { resourceType: 'Bundle', entry: null }, 'malformed Bundle: entry is not an array'],
  ])('%s', (_name, json, error) => {
    expect(readFhir(json)).toEqual({ ok: false, error });
  });

  it.each<[name: string, json: unknown]>([
    ['a string', 'DocumentReference'],
    ['null', null],
    ['a resourceType that is no string', { resourceType: ['Bundle'] }],
  ])('not a resource: %s', (_name, json) => {
    expect(readFhir(json)).toEqual({ ok: false, error: 'not a FHIR resource (no resourceType)' });
  });
});

describe('readFhir: odd parts of a DocumentReference are skipped, the rest is read', () => {
  it.each<[name: string, json: unknown, text: string]>([
    ['base64 data wins over a url', docRef({ contentType: 'text/plain', data: b64(NOTE), url: 'https://ehr.example.org/Binary/1' }), NOTE],
    [
      'a content entry without attachment, and an attachment that is a string, before the text one',
      { resourceType: 'DocumentReference', content: [{ format: 'x' }, { attachment: 'text/plain' }, { attachment: { contentType: 'text/plain', data: b64(NOTE) } }] },
      NOTE,
    ],
    ['a contentType that is a number next to a data: URL', docRef({ contentType: 7, url: `data:text/plain,${encodeURIComponent(NOTE)}` }), NOTE],
    ['a contained Binary beside a contained entry that is no resource', docRef({ contentType: 'text/plain', url: '#b' }, { contained: ['junk', { resourceType: 'Binary', id: 'b', contentType: 'text/plain', data: b64(NOTE) }] }), NOTE],
  ])('%s', (_name, json, text) => {
    const entry = only(json);
    expect(entry.ok && entry.note.text).toBe(text);
  });

  it.each<[name: string, json: unknown, error: RegExp]>([
    ['content that is an object, not a list', { resourceType: 'DocumentReference', content: { attachment: { contentType: 'text/plain', data: b64(NOTE) } } }, /no content attachment/],
    ['base64 data that is a number', docRef({ contentType: 'text/plain', data: 12345 }), /neither data nor url/],
    ['a contained entry without resourceType', docRef({ contentType: 'text/plain', url: '#b' }, { contained: [{ id: 'b', data: b64(NOTE) }] }), /is not in this file/],
  ])('explains %s', (_name, json, error) => {
    const entry = only(json);
    expect(!entry.ok && entry.error).toMatch(error);
  });
});

describe('readFhir: the codings of a Condition', () => {
  const ICD = 'http://hl7.org/fhir/sid/icd-10-cm';
  const codesOf = (condition: Record<string, unknown>, encounterExtra: Record<string, unknown> = {}): string[] => {
    const encounter = { resourceType: 'Encounter', id: 'e1', diagnosis: [{ condition: { reference: 'Condition/c1' } }], ...encounterExtra };
    const note = docRef({ contentType: 'text/plain', data: b64(NOTE) });
    const read = readFhir({ resourceType: 'Bundle', entry: [{ resource: encounter }, { resource: { resourceType: 'Condition', id: 'c1', ...condition } }, { resource: note }] });
    if (!read.ok || !read.entries[0]?.ok) throw new Error('the note must read');
    return read.entries[0].note.codes;
  };
  it.each<[name: string, condition: Record<string, unknown>, codes: string[]]>([
    ['one ICD-10-CM coding', { code: { coding: [{ system: ICD, code: 'R53.1' }] } }, ['R53.1']],
    ['an ICD-10-CM coding after a SNOMED one', { code: { coding: [{ system: 'http://snomed.info/sct', code: '13791008' }, { system: ICD, code: 'M62.81' }] } }, ['M62.81']],
    ['codings that are null, a number and a string beside a good one', { code: { coding: [null, 7, 'R53.1', { system: ICD, code: 'E87.6' }] } }, ['E87.6']],
    ['a code with spaces and in lower case', { code: { coding: [{ system: ICD, code: '  r53.83 ' }] } }, ['R53.83']],
    ['the same code twice', { code: { coding: [{ system: ICD, code: 'R53.1' }, { system: ICD, code: 'r53.1' }] } }, ['R53.1']],
    // nothing to read
    ['a code that is a number', { code: { coding: [{ system: ICD, code: 53.1 }] } }, []],
    ['an empty code', { code: { coding: [{ system: ICD, code: '  ' }] } }, []],
    ['a coding without system', { code: { coding: [{ code: 'R53.1' }] } }, []],
    ['coding that is an object, not a list', { code: { coding: { system: ICD, code: 'R53.1' } } }, []],
    ['a code that is a string', { code: 'R53.1' }, []],
    ['no code', {}, []],
    // not a diagnosis of this encounter
    ['a refuted Condition', { code: { coding: [{ system: ICD, code: 'R53.1' }] }, verificationStatus: { coding: [{ code: 'refuted' }] } }, []],
    ['entered in error beside a malformed status coding', { code: { coding: [{ system: ICD, code: 'R53.1' }] }, verificationStatus: { coding: [42, { code: 'entered-in-error' }] } }, []],
    ['a confirmed Condition', { code: { coding: [{ system: ICD, code: 'R53.1' }] }, verificationStatus: { coding: [{ code: 'confirmed' }] } }, ['R53.1']],
    ['a status that is a string', { code: { coding: [{ system: ICD, code: 'R53.1' }] }, verificationStatus: 'refuted' }, ['R53.1']],
  ])('%s', (_name, condition, codes) => {
    expect(codesOf(condition)).toEqual(codes);
  });

  it('orders Encounter.diagnosis by rank, an entry without a numeric rank last', () => {
    const encounter = {
      resourceType: 'Encounter',
      id: 'e1',
      diagnosis: [{ condition: { reference: 'Condition/c1' }, rank: 'first' }, { condition: { reference: 'Condition/c2' }, rank: 1 }, 'junk'],
    };
    const condition = (id: string, code: string) => ({ resourceType: 'Condition', id, code: { coding: [{ system: ICD, code }] } });
    const note = docRef({ contentType: 'text/plain', data: b64(NOTE) });
    const read = readFhir({ resourceType: 'Bundle', entry: [encounter, condition('c1', 'R53.1'), condition('c2', 'E87.6'), note].map((resource) => ({ resource })) });
    expect(read.ok && read.entries[0]?.ok && read.entries[0].note.codes).toEqual(['E87.6', 'R53.1']);
  });
});
