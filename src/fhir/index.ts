export { readFhir } from './read.ts';
export type { FhirIds, FhirNote, FhirNoteEntry, FhirRead } from './read.ts';
