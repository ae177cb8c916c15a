/**
 * The encounter's ICD-10-CM diagnosis codes from the resources next to a note: Encounter.diagnosis
 * (in rank order, principal first), then Claim.diagnosis (in sequence order) of claims billed for the
 * encounter, then Conditions recorded in the encounter. Order matters to sequencing rules.
 * Other code systems (Synthea's SNOMED CT) are skipped; refuted or entered-in-error Conditions too.
 */
import { ClaimSchema, ConditionSchema, EncounterSchema, readAs, type CodeableConcept, type Resource, type ResourceIndex } from './resources.ts';

const ICD10CM_SYSTEMS = new Set(['http://hl7.org/fhir/sid/icd-10-cm', 'urn:oid:2.16.840.1.113883.6.90']);
const NOT_A_DIAGNOSIS = new Set(['refuted', 'entered-in-error']);

function icd10cmCodes(concept: CodeableConcept | undefined): string[] {
  return (concept?.coding ?? [])
    .filter((coding) => ICD10CM_SYSTEMS.has(coding.system ?? ''))
    .map((coding) => coding.code?.trim())
    .filter((code): code is string => Boolean(code));
}

function conditionCodes(resource: Resource | undefined): string[] {
  if (!resource || resource.resourceType !== 'Condition') return [];
  const condition = readAs(ConditionSchema, resource);
  if (condition.verificationStatus?.coding.some((coding) => coding.code !== undefined && NOT_A_DIAGNOSIS.has(coding.code))) return [];
  return icd10cmCodes(condition.code);
}

/** Items in the order of a number they carry (rank, sequence); those without one last, in written order. */
function byNumber<T>(number: (item: T) => number | undefined): (a: T, b: T) => number {
  const value = (item: T) => number(item) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => value(a) - value(b);
}

function encounterDiagnosisCodes(encounterResource: Resource, index: ResourceIndex): string[] {
  return readAs(EncounterSchema, encounterResource)
    .diagnosis    .sort(byNumber((diagnosis) => diagnosis.rank))
    .flatMap((diagnosis) => conditionCodes(index.resolve(diagnosis.condition, encounterResource)));
}

function claimCodes(encounterResource: Resource, index: ResourceIndex): string[] {
  return index.ofType('Claim').flatMap((resource) => {
    const claim = readAs(ClaimSchema, resource);
    const billed = claim.item.some((item) => item.encounter.some((ref) => index.resolve(ref, resource) === encounterResource));
    if (!billed) return [];
    return claim.diagnosis
      .sort(byNumber((diagnosis) => diagnosis.sequence))
      .flatMap((diagnosis) =>
        diagnosis.diagnosisCodeableConcept !== undefined
          ? icd10cmCodes(diagnosis.diagnosisCodeableConcept)
          : conditionCodes(index.resolve(diagnosis.diagnosisReference, resource)),
      );
  });
}

function encounterConditionCodes(encounterResource: Resource, index: ResourceIndex): string[] {
  return index
    .ofType('Condition')
    .filter((condition) => index.resolve(readAs(ConditionSchema, condition).encounter, condition) === encounterResource)
    .flatMap((condition) => conditionCodes(condition));
}

/** Distinct ICD-10-CM codes of one encounter, in reporting order. */
export function encounterCodes(encounterResource: Resource, index: ResourceIndex): string[] {
  const all = [
    ...encounterDiagnosisCodes(encounterResource, index),
    ...claimCodes(encounterResource, index),
    ...encounterConditionCodes(encounterResource, index),
  ];
  return [...new Set(all.map((code) => code.toUpperCase()))];
}
