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
