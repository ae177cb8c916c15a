/**
 * FHIR R4 input: a DocumentReference or a Bundle of them (a Synthea-style export works) becomes
 * notes to lint, each with the ids that identify it and the encounter's ICD-10-CM codes.
 * A note that cannot be read (unsupported content type, bad base64) is an entry with its reason,
 * so the rest of the Bundle still runs.
 */
import { documentText } from './attachment.ts';
import { encounterCodes } from './codes.ts';
import { issueMessages } from '../schema/issues.ts';
import {
  asResource,
  BundleSchema,
  DocumentReferenceSchema,
  EncounterSchema,
  PatientSchema,
  readAs,
  referencedId,
  ResourceIndex,
  type Resource,
} from './resources.ts';
import * as v from 'valibot';

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

function noteEncounter(resource: Resource, index: ResourceIndex): { reference?: string; resource?: Resource } {
  const reference = readAs(DocumentReferenceSchema, resource).context?.encounter.find((ref) => ref !== undefined);
  if (reference !== undefined) {
    const resolved = index.resolve(reference, resource);
    return resolved ? { reference, resource: resolved } : { reference };
  }
  // A one-encounter Bundle (a typical per-visit export) needs no explicit link.
  const encounters = index.ofType('Encounter');
  return encounters.length === 1 ? { resource: encounters[0] } : {};
}

function readDocumentReference(resource: Resource, index: ResourceIndex): FhirNoteEntry {
  const documentReference = readAs(DocumentReferenceSchema, resource);
  const encounter = noteEncounter(resource, index);
  const ids: FhirIds = {};
  if (documentReference.id) ids.documentReference = documentReference.id;
  const patientId = referencedId(index, documentReference.subject, resource);
  if (patientId) ids.patient = patientId;
  const encounterId = encounter.resource ? encounter.resource.id : referencedId(index, encounter.reference, resource);
  if (encounterId) ids.encounter = encounterId;

  const text = documentText(documentReference, resource, index);
  if (!text.ok) return { ok: false, ids, error: text.error };

  const note: FhirNote = { ids, text: text.text, codes: encounter.resource ? encounterCodes(encounter.resource, index) : [] };
  const patient = index.resolve(documentReference.subject, resource);
  const period = documentReference.context?.period ?? (encounter.resource ? readAs(EncounterSchema, encounter.resource).period : undefined);
  const age = ageAt(patient ? readAs(PatientSchema, patient).birthDate : undefined, documentReference.date ?? period?.start);
  if (age !== undefined) note.age = age;
  return { ok: true, note };
}

/** The Bundle's resources, or its first structural problem ("malformed Bundle: entry[0] has no resource"). */
function indexBundle(bundle: Resource): ResourceIndex | string {
  const checked = v.safeParse(BundleSchema, bundle, { abortEarly: true });
  if (!checked.success) return `malformed Bundle: ${issueMessages(checked.issues, { sentence: true }).join('; ')}`;
  const index = new ResourceIndex();
  for (const entry of checked.output.entry) index.add(entry.resource, entry.fullUrl);
  return index;
}

/** Reads parsed FHIR JSON. */
export function readFhir(json: unknown): FhirRead {
  const checked = asResource(json);
  if (!checked.success) return { ok: false, error: 'not a FHIR resource (no resourceType)' };
  const resource = checked.output;
  const type = resource.resourceType;
  if (type === 'DocumentReference') {
    const index = new ResourceIndex();
    index.add(resource);
    return { ok: true, entries: [readDocumentReference(resource, index)] };
  }
  if (type !== 'Bundle') return { ok: false, error: `unsupported FHIR resource ${type} (note-lint reads a DocumentReference or a Bundle of them)` };
  const index = indexBundle(resource);
  if (typeof index === 'string') return { ok: false, error: index };
  const documents = index.ofType('DocumentReference');
  if (documents.length === 0) return { ok: false, error: 'Bundle has no DocumentReference: no notes to lint' };
  return { ok: true, entries: documents.map((document) => readDocumentReference(document, index)) };
}
