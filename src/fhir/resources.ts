/**
 * Just enough of FHIR R4 to read untrusted JSON: valibot schemas of the resources and parts note-lint
 * reads (their types are inferred from them), and reference resolution inside one resource or one
 * Bundle. The structure that decides whether there is anything to read (a resource type, a Bundle's
 * entries) is checked strictly and its errors name the field; the parts read from a resource are
 * lenient (src/schema/lenient.ts): a malformed coding or attachment is skipped and the rest is read,
 * as a real export mixes good and odd data. Nothing is fetched: a reference that does not resolve
 * locally stays unresolved.
 */
import * as v from 'valibot';
import { isPlainObject } from '../schema/issues.ts';
import { validItems, validOrNothing } from '../schema/lenient.ts';

const text = validOrNothing(v.string());
const count = validOrNothing(v.pipe(v.number(), v.finite()));

/** A Reference ({reference: "Patient/1"}) or a bare reference string, read as the string. */
const reference = validOrNothing(
  v.pipe(
    v.union([v.string(), v.object({ reference: v.string() })]),
    v.transform((ref) => (typeof ref === 'string' ? ref : ref.reference)),
  ),
);

const CodingSchema = v.object({ system: text, code: text });
/** A CodeableConcept: its codings, the malformed ones dropped. */
const codeableConcept = validOrNothing(v.object({ coding: validItems(CodingSchema) }));
const period = validOrNothing(v.object({ start: text }));

export const AttachmentSchema = v.object({ contentType: text, data: text, url: text });
export type Attachment = v.InferOutput<typeof AttachmentSchema>;

export const DocumentReferenceSchema = v.object({
  id: text,
  date: text,
  subject: reference,
  context: validOrNothing(v.object({ encounter: validItems(reference), period })),
  /** Content entries with an attachment object; the others are dropped. */
  content: validItems(v.object({ attachment: AttachmentSchema })),
});
export type DocumentReference = v.InferOutput<typeof DocumentReferenceSchema>;

export const BinarySchema = v.object({ id: text, contentType: text, data: text });
export const PatientSchema = v.object({ birthDate: text });

export const EncounterSchema = v.object({
  id: text,
  period,
  diagnosis: validItems(v.object({ condition: reference, rank: count })),
});
export type Encounter = v.InferOutput<typeof EncounterSchema>;

export const ConditionSchema = v.object({ code: codeableConcept, verificationStatus: codeableConcept, encounter: reference });
export type Condition = v.InferOutput<typeof ConditionSchema>;
export type CodeableConcept = NonNullable<Condition['code']>;

export const ClaimSchema = v.object({
  item: validItems(v.object({ encounter: validItems(reference) })),
  diagnosis: validItems(v.object({ sequence: count, diagnosisCodeableConcept: codeableConcept, diagnosisReference: reference })),
});

/** Any resource: an object with a resourceType; its other keys are kept for the schema of its type. */
const ResourceSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'is not an object'),
  v.check((resource) => typeof resource.resourceType === 'string', 'has no resourceType'),
  v.looseObject({
    resourceType: v.string(),
    id: text,
    /** Resources contained in this one, addressed as "#id". */
    contained: validItems(v.looseObject({ resourceType: text, id: text })),
  }),
);
export type Resource = v.InferOutput<typeof ResourceSchema>;

const BundleEntrySchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'is not an object'),
  v.check((entry) => entry.resource !== undefined, 'has no resource'),
  v.looseObject({ fullUrl: text, resource: ResourceSchema }),
);

/** A Bundle's entries: every one must hold a resource (checked strictly: `entry[2] has no resource`). */
export const BundleSchema = v.looseObject({ entry: v.optional(v.array(BundleEntrySchema, 'is not an array'), []) });

/** The resource `json` is, or the problems that make it none (`has no resourceType`). */
export function asResource(json: unknown): v.SafeParseResult<typeof ResourceSchema> {
  return v.safeParse(ResourceSchema, json);
}

/** A resource read as its type's schema: the parts that fail it read as nothing. */
export function readAs<S extends v.GenericSchema>(schema: S, resource: Resource): v.InferOutput<S> {
  return v.parse(schema, resource);
}

/** Resources of one Bundle (or one lone resource) addressable by fullUrl and by "Type/id". */
export class ResourceIndex {
  private readonly byKey = new Map<string, Resource>();
  readonly resources: Resource[] = [];

  add(resource: Resource, fullUrl?: string): void {
    this.resources.push(resource);
    if (fullUrl) this.byKey.set(fullUrl, resource);
    if (resource.id) this.byKey.set(`${resource.resourceType}/${resource.id}`, resource);
  }

  ofType(type: string): Resource[] {
    return this.resources.filter((resource) => resource.resourceType === type);
  }

  /** Resolves a reference: "#id" among `from`'s contained resources, a fullUrl, "Type/id", or an absolute URL ending in Type/id. */
  resolve(ref: string | undefined, from?: Resource): Resource | undefined {
    if (!ref) return undefined;
    if (ref.startsWith('#')) {
      const contained = asResource(from?.contained.find((resource) => resource.id === ref.slice(1)));
      return contained.success ? contained.output : undefined;
    }
    return this.byKey.get(ref) ?? this.byKey.get(lastTypeAndId(ref) ?? '');
  }
}

function lastTypeAndId(ref: string): string | undefined {
  const parts = ref.split('/').filter((part) => part.length > 0);
  if (parts.length < 2) return undefined;
  const historyAt = parts.indexOf('_history');
  const end = historyAt >= 2 ? historyAt : parts.length;
  return `${parts[end - 2]}/${parts[end - 1]}`;
}

/** The id a reference points at: the resolved resource's id, else the id part of the reference string. */
export function referencedId(index: ResourceIndex, ref: string | undefined, from?: Resource): string | undefined {
  const resolved = index.resolve(ref, from);
  if (resolved?.id) return resolved.id;
  if (!ref) return undefined;
  const typeAndId = lastTypeAndId(ref);
  return typeAndId ? typeAndId.split('/')[1] : ref.replace(/^urn:uuid:/, '');
}
