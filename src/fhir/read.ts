/**
 * FHIR R4 input: a DocumentReference or a Bundle of them (a Synthea-style export works) becomes
 * notes to lint, each with the ids that identify it and the encounter's ICD-10-CM codes.
 * A note that cannot be read (unsupported content type, bad base64) is an entry with its reason,
 * so the rest of the Bundle still runs.
 */
import { documentText } from './attachment.ts';
import { encounterCodes } from './codes.ts';
import { asArray, asString, isObject, referencedId, resourceType, ResourceIndex, type Json } from './resources.ts';

export interface FhirIds {
  documentReference?: string;
  patient?: string;
  encounter?: string;
}

export interface FhirNote {
  ids: FhirIds;
  text: string;
  /** ICD-10-CM codes of the note's encounter, principal first. */
  codes: string[];
  /** Patient age in whole years at the note's date, when both dates are known. */
  age?: number;
}

export type FhirNoteEntry = { ok: true; note: FhirNote } | { ok: false; ids: FhirIds; error: string };

export type FhirRead = { ok: true; entries: FhirNoteEntry[] } | { ok: false; error: string };

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function ageAt(birthDate: string | undefined, date: string | undefined): number | undefined {
  const birth = birthDate ? FULL_DATE.exec(birthDate) : null;
  const at = date ? FULL_DATE.exec(date) : null;
  if (!birth || !at) return undefined;
  const [by, bm, bd] = birth.slice(1).map(Number) as [number, number, number];
  const [ay, am, ad] = at.slice(1).map(Number) as [number, number, number];
  const years = ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
  return years >= 0 ? years : undefined;
}

function noteEncounter(documentReference: Json, index: ResourceIndex): { reference?: unknown; resource?: Json } {
  const context = isObject(documentReference.context) ? documentReference.context : {};
  const reference = asArray(context.encounter)[0];
  if (reference !== undefined) {
    const resolved = index.resolve(reference, documentReference);
    return resolved ? { reference, resource: resolved } : { reference };
  }
  // A one-encounter Bundle (a typical per-visit export) needs no explicit link.
  const encounters = index.ofType('Encounter');
  return encounters.length === 1 ? { resource: encounters[0] } : {};
}

function readDocumentReference(documentReference: Json, index: ResourceIndex): FhirNoteEntry {
  const encounter = noteEncounter(documentReference, index);
  const ids: FhirIds = {};
  const documentId = asString(documentReference.id);
  if (documentId) ids.documentReference = documentId;
  const patientId = referencedId(index, documentReference.subject, documentReference);
  if (patientId) ids.patient = patientId;
  const encounterId = encounter.resource ? asString(encounter.resource.id) : referencedId(index, encounter.reference, documentReference);
  if (encounterId) ids.encounter = encounterId;

  const text = documentText(documentReference, index);
  if (!text.ok) return { ok: false, ids, error: text.error };

  const note: FhirNote = { ids, text: text.text, codes: encounter.resource ? encounterCodes(encounter.resource, index) : [] };
  const patient = index.resolve(documentReference.subject, documentReference);
  const context = isObject(documentReference.context) ? documentReference.context : {};
  const period = isObject(context.period) ? context.period : isObject(encounter.resource?.period) ? encounter.resource.period : {};
  const age = ageAt(asString(patient?.birthDate), asString(documentReference.date) ?? asString(period.start));
  if (age !== undefined) note.age = age;
  return { ok: true, note };
}

function indexBundle(bundle: Json): ResourceIndex | string {
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry)) return 'malformed Bundle: entry is not an array';
  const index = new ResourceIndex();
  for (const [position, entry] of asArray(bundle.entry).entries()) {
    if (!isObject(entry) || !isObject(entry.resource)) return `malformed Bundle: entry[${position}] has no resource`;
    if (typeof entry.resource.resourceType !== 'string') return `malformed Bundle: entry[${position}].resource has no resourceType`;
    index.add(entry.resource, asString(entry.fullUrl));
  }
  return index;
}

/** Reads parsed FHIR JSON. */
export function readFhir(json: unknown): FhirRead {
  const type = resourceType(json);
  if (!isObject(json) || type === undefined) return { ok: false, error: 'not a FHIR resource (no resourceType)' };
  if (type === 'DocumentReference') {
    const index = new ResourceIndex();
    index.add(json);
    return { ok: true, entries: [readDocumentReference(json, index)] };
  }
  if (type !== 'Bundle') return { ok: false, error: `unsupported FHIR resource ${type} (note-lint reads a DocumentReference or a Bundle of them)` };
  const index = indexBundle(json);
  if (typeof index === 'string') return { ok: false, error: index };
  const documents = index.ofType('DocumentReference');
  if (documents.length === 0) return { ok: false, error: 'Bundle has no DocumentReference: no notes to lint' };
  return { ok: true, entries: documents.map((document) => readDocumentReference(document, index)) };
}
