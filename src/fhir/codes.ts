/**
 * The encounter's ICD-10-CM diagnosis codes from the resources next to a note: Encounter.diagnosis
 * (in rank order, principal first), then Claim.diagnosis (in sequence order) of claims billed for the
 * encounter, then Conditions recorded in the encounter. Order matters to sequencing rules.
 * Other code systems (Synthea's SNOMED CT) are skipped; refuted or entered-in-error Conditions too.
 */
import { asArray, asString, isObject, type Json, type ResourceIndex } from './resources.ts';

const ICD10CM_SYSTEMS = new Set(['http://hl7.org/fhir/sid/icd-10-cm', 'urn:oid:2.16.840.1.113883.6.90']);
const NOT_A_DIAGNOSIS = new Set(['refuted', 'entered-in-error']);

function icd10cmCodes(codeableConcept: unknown): string[] {
  if (!isObject(codeableConcept)) return [];
  return asArray(codeableConcept.coding)
    .filter(isObject)
    .filter((coding) => ICD10CM_SYSTEMS.has(asString(coding.system) ?? ''))
    .map((coding) => asString(coding.code)?.trim())
    .filter((code): code is string => Boolean(code));
}

function conditionCodes(condition: Json | undefined): string[] {
  if (!condition || condition.resourceType !== 'Condition') return [];
  const verification = asArray(isObject(condition.verificationStatus) ? condition.verificationStatus.coding : undefined)
    .filter(isObject)
    .map((coding) => asString(coding.code));
  if (verification.some((code) => code !== undefined && NOT_A_DIAGNOSIS.has(code))) return [];
  return icd10cmCodes(condition.code);
}

function byNumber(key: string): (a: Json, b: Json) => number {
  const value = (item: Json) => (typeof item[key] === 'number' ? (item[key] as number) : Number.MAX_SAFE_INTEGER);
  return (a, b) => value(a) - value(b);
}

function refersTo(index: ResourceIndex, reference: unknown, target: Json, from: Json): boolean {
  return index.resolve(reference, from) === target;
}

function encounterDiagnosisCodes(encounter: Json, index: ResourceIndex): string[] {
  return asArray(encounter.diagnosis)
    .filter(isObject)
    .sort(byNumber('rank'))
    .flatMap((diagnosis) => conditionCodes(index.resolve(diagnosis.condition, encounter)));
}

function claimCodes(encounter: Json, index: ResourceIndex): string[] {
  return index
    .ofType('Claim')
    .filter((claim) =>
      asArray(claim.item)
        .filter(isObject)
        .some((item) => asArray(item.encounter).some((ref) => refersTo(index, ref, encounter, claim))),
    )
    .flatMap((claim) =>
      asArray(claim.diagnosis)
        .filter(isObject)
        .sort(byNumber('sequence'))
        .flatMap((diagnosis) =>
          diagnosis.diagnosisCodeableConcept !== undefined
            ? icd10cmCodes(diagnosis.diagnosisCodeableConcept)
            : conditionCodes(index.resolve(diagnosis.diagnosisReference, claim)),
        ),
    );
}

function encounterConditionCodes(encounter: Json, index: ResourceIndex): string[] {
  return index
    .ofType('Condition')
    .filter((condition) => refersTo(index, condition.encounter, encounter, condition))
    .flatMap((condition) => conditionCodes(condition));
}

/** Distinct ICD-10-CM codes of one encounter, in reporting order. */
export function encounterCodes(encounter: Json, index: ResourceIndex): string[] {
  const all = [
    ...encounterDiagnosisCodes(encounter, index),
    ...claimCodes(encounter, index),
    ...encounterConditionCodes(encounter, index),
  ];
  return [...new Set(all.map((code) => code.toUpperCase()))];
}
