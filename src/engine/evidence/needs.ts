/**
 * What a note must hold at the least for an evidence predicate (or a rule, rules/support/rule-needs.ts)
 * to be met at all: a finding of a type, a finding with one of some attribute values (a lab of an
 * analyte, a diagnosis of a concept), a mention of a term set, a chosen code. Derived from the
 * predicates' data, never listed by hand, and checked once per note against what the note has, so a
 * pack whose findings, labs, phrases and codes are absent from a note costs a few set lookups there
 * instead of its selectors. A need is a necessary condition only: when it holds, the predicate is
 * evaluated as before; when it fails, the predicate is certainly unmet, and an unmet predicate has no
 * evidence, so skipping it changes no result. What cannot be derived soundly (a TypeScript predicate,
 * the caller's age, `noneOf`, which only holds back) needs nothing: it is always evaluated.
 * need-checks.ts compiles needs and checks them against a note.
 */
import { isIcd10cmCodeOrFamily } from '../../codes/icd10cm.ts';
import type { EvidenceDef, PredicateDef, SelectorDef } from '../../lexicon/pack-schema.ts';
import type { CompiledLexicon } from '../lexicon.ts';

/** A necessary condition: `true` needs nothing, `false` is never met. */
export type Need =
  | boolean
  | { readonly kind: 'finding'; readonly type: string }
  /** A finding of `type` whose attribute `name` is (or, for a list, holds) one of `values`. */
  | { readonly kind: 'attribute'; readonly type: string; readonly name: string; readonly values: readonly unknown[] }
  /** A phrase of the term set in the note, whatever its assertion (term-sets.ts filters and asserts later). */
  | { readonly kind: 'term-set'; readonly id: string }
  /** A chosen code that `ref` (a code, family or range) covers, or that is `ref` itself. */
  | { readonly kind: 'code'; readonly ref: string; readonly prefix: string | null }
  /** What the pack evidence predicate `id` needs. */
  | { readonly kind: 'evidence'; readonly id: string }
  | { readonly kind: 'all'; readonly of: readonly Need[] }
  | { readonly kind: 'any'; readonly of: readonly Need[] };

export function allNeeds(needs: readonly Need[]): Need {
  if (needs.includes(false)) return false;
  const of = needs.filter((n) => n !== true);
  return of.length === 0 ? true : of.length === 1 ? of[0]! : { kind: 'all', of };
}

export function anyNeed(needs: readonly Need[]): Need {
  if (needs.includes(true)) return true;
  const of = needs.filter((n) => n !== false);
  return of.length === 0 ? false : of.length === 1 ? of[0]! : { kind: 'any', of };
}

export function attributeNeed(type: string, name: string, values: readonly unknown[]): Need {
  return values.length === 0 ? false : { kind: 'attribute', type, name, values };
}

export function evidenceNeed(id: string): Need {
  return { kind: 'evidence', id };
}

/** A code, family or range without dot or dash: "M79.1-" -> "M791" (src/codes/icd10cm.ts compares codes so). */
export const bareCode = (ref: string): string => ref.replace(/[.-]/g, '');

/** A chosen code `ref` covers (icd10cmCovers: a code or family covers what starts with it, a range what lies between its ends). */
export function codeNeed(ref: string): Need {
  return { kind: 'code', ref, prefix: isIcd10cmCodeOrFamily(ref) ? bareCode(ref) : null };
}

export function anyCodeNeed(refs: readonly string[]): Need {
  return anyNeed(refs.map(codeNeed));
}

// ---- what the packs' predicates need ---------------------------------------------------------------

type Condition = NonNullable<SelectorDef['where']>[string];

/** The values an attribute condition accepts when it names them (a value, a list, `eq`, `in`); null for a comparison. */
function namedValues(condition: Condition): readonly unknown[] | null {
  if (Array.isArray(condition)) return condition;
  if (typeof condition !== 'object') return [condition];
  if (condition.eq !== undefined) return [condition.eq];
  return condition.in ?? null;
}

function isSelector(p: SelectorDef | PredicateDef | EvidenceDef): p is SelectorDef {
  return 'finding' in p || 'termSet' in p;
}

/** Mirrors evaluatePart (selectors.ts): every branch there that can be met needs what this returns. */
function selectorNeed(s: SelectorDef, lexicon: CompiledLexicon): Need {
  if (s.termSet !== undefined) return { kind: 'term-set', id: s.termSet };
  const type = s.finding!;
  // An age selector is answered from the caller's age when it is given, with no finding in the note.
  if (type === 'age') return true;
  const parts: Need[] = [];
  if (s.analyte !== undefined) parts.push(attributeNeed(type, 'analyte', [s.analyte]));
  if (s.concepts !== undefined) parts.push(attributeNeed(type, 'concept', [...(lexicon.conceptSets.get(s.concepts) ?? [])]));
  for (const [name, condition] of Object.entries(s.where ?? {})) {
    const values = namedValues(condition);
    if (values) parts.push(attributeNeed(type, name, values));
  }
  return parts.length > 0 ? allNeeds(parts) : { kind: 'finding', type };
}

function partNeed(p: SelectorDef | PredicateDef | EvidenceDef, lexicon: CompiledLexicon, refNeed: (id: string) => Need): Need {
  if (isSelector(p)) return selectorNeed(p, lexicon);
  const parts: Need[] = [];
  if ('ref' in p && p.ref !== undefined) parts.push(refNeed(p.ref));
  if (p.registered !== undefined) parts.push(true);
  if (p.anyOf) parts.push(anyNeed(p.anyOf.map((x) => partNeed(x, lexicon, refNeed))));
  if (p.allOf) parts.push(allNeeds(p.allOf.map((x) => partNeed(x, lexicon, refNeed))));
  // At least one of `of` (count >= 1, the schema's minimum).
  if (p.atLeast) parts.push(anyNeed(p.atLeast.of.map((x) => partNeed(x, lexicon, refNeed))));
  // With no part above, only `noneOf` can make it met (evaluatePart); `noneOf` itself needs nothing.
  if (parts.length === 0) return p.noneOf !== undefined;
  return allNeeds(parts);
}

const compiled = new WeakMap<CompiledLexicon, Map<string, Need>>();

/** What the lexicon's evidence predicate `id` needs, derived once per lexicon. */
export function predicateNeed(lexicon: CompiledLexicon, id: string): Need {
  let byId = compiled.get(lexicon);
  if (!byId) compiled.set(lexicon, (byId = new Map()));
  const known = byId.get(id);
  if (known !== undefined) return known;
  const def = lexicon.evidence.get(id);
  // Unknown ids are evaluateEvidence's to report; a cycle (the build rejects them) is not gated.
  byId.set(id, true);
  if (!def) return true;
  const need = partNeed(def, lexicon, (ref) => {
    const inner = predicateNeed(lexicon, ref);
    return typeof inner === 'boolean' ? inner : evidenceNeed(ref);
  });
  byId.set(id, need);
  return need;
}
