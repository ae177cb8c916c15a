/**
 * Just enough of FHIR R4 to walk untrusted JSON: type guards and reference resolution inside one
 * resource or one Bundle. Nothing is fetched: a reference that does not resolve locally stays unresolved.
 */

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function resourceType(value: unknown): string | undefined {
  return isObject(value) ? asString(value.resourceType) : undefined;
}

/** Resources of one Bundle (or one lone resource) addressable by fullUrl and by "Type/id". */
export class ResourceIndex {
  private readonly byKey = new Map<string, Json>();
  readonly resources: Json[] = [];

  add(resource: Json, fullUrl?: string): void {
    this.resources.push(resource);
    if (fullUrl) this.byKey.set(fullUrl, resource);
    const type = asString(resource.resourceType);
    const id = asString(resource.id);
    if (type && id) this.byKey.set(`${type}/${id}`, resource);
  }

  ofType(type: string): Json[] {
    return this.resources.filter((resource) => resource.resourceType === type);
  }

  /** Resolves a Reference: "#id" among `from`'s contained resources, a fullUrl, "Type/id", or an absolute URL ending in Type/id. */
  resolve(reference: unknown, from?: Json): Json | undefined {
    const ref = isObject(reference) ? asString(reference.reference) : asString(reference);
    if (!ref) return undefined;
    if (ref.startsWith('#')) {
      return asArray(from?.contained).filter(isObject).find((contained) => contained.id === ref.slice(1));
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

/** The id a Reference points at: the resolved resource's id, else the id part of the reference string. */
export function referencedId(index: ResourceIndex, reference: unknown, from?: Json): string | undefined {
  const resolved = index.resolve(reference, from);
  if (resolved && typeof resolved.id === 'string') return resolved.id;
  const ref = isObject(reference) ? asString(reference.reference) : undefined;
  if (!ref) return undefined;
  const typeAndId = lastTypeAndId(ref);
  return typeAndId ? typeAndId.split('/')[1] : ref.replace(/^urn:uuid:/, '');
}
