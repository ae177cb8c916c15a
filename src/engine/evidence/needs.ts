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
 */
import { icd10cmCovers, isIcd10cmCodeOrFamily } from '../../codes/icd10cm.ts';
import type { EvidenceDef, PredicateDef, SelectorDef } from '../../lexicon/pack-schema.ts';
import type { CompiledLexicon } from '../lexicon.ts';
import type { RuleInput } from '../rule-input.ts';
import type { Finding } from '../types.ts';
import { findingsByType } from './selectors.ts';
import { termSetMatched } from './term-sets.ts';

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

const bare = (ref: string): string => ref.replace(/[.-]/g, '');

/** A chosen code `ref` covers (icd10cmCovers: a code or family covers what starts with it, a range what lies between its ends). */
export function codeNeed(ref: string): Need {
  return { kind: 'code', ref, prefix: isIcd10cmCodeOrFamily(ref) ? bare(ref) : null };
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

// ---- checking a note -------------------------------------------------------------------------------

/**
 * A need compiled to a check of one note: a closure per node, so each check site sees one kind of node
 * (a tree walk switching on kinds was a tenth of a lint). The code atoms of an `any` are one check.
 */
export type NeedCheck = (note: NotePresence) => boolean;

export function compileNeed(need: Need): NeedCheck {
  if (typeof need === 'boolean') return need ? () => true : () => false;
  switch (need.kind) {
    case 'finding': {
      const { type } = need;
      return (note) => note.hasType(type);
    }
    case 'attribute': {
      const { type, name, values } = need;
      return (note) => note.hasAttribute(type, name, values);
    }
    case 'term-set': {
      const { id } = need;
      return (note) => note.hasTermSet(id);
    }
    case 'code':
      return codesCheck([need]);
    case 'evidence': {
      const { id } = need;
      return (note) => note.mayBeMet(id);
    }
    case 'all': {
      const checks = need.of.map(compileNeed);
      return (note) => {
        for (const check of checks) if (!check(note)) return false;
        return true;
      };
    }
    case 'any': {
      const codes = need.of.filter((n): n is CodeNeed => typeof n === 'object' && n.kind === 'code');
      const checks = [...(codes.length > 0 ? [codesCheck(codes)] : []), ...need.of.filter((n) => typeof n !== 'object' || n.kind !== 'code').map(compileNeed)];
      return (note) => {
        for (const check of checks) if (check(note)) return true;
        return false;
      };
    }
  }
}

type CodeNeed = Extract<Need, { kind: 'code' }>;

/** Any of the code needs: a chosen code that is one of the refs, starts with a code or family ref, or lies in a range ref. */
function codesCheck(needs: readonly CodeNeed[]): NeedCheck {
  const refs = needs.map((n) => n.ref);
  const prefixes = needs.flatMap((n) => (n.prefix === null ? [] : [n.prefix]));
  const ranges = needs.flatMap((n) => (n.prefix === null ? [n.ref] : []));
  return (note) => note.hasCode(refs, prefixes, ranges);
}

/** Each evidence predicate's compiled need by id, made once per lexicon when first asked. */
const predicateChecks = new WeakMap<CompiledLexicon, Map<string, NeedCheck>>();

function predicateChecksOf(lexicon: CompiledLexicon): Map<string, NeedCheck> {
  let byId = predicateChecks.get(lexicon);
  if (!byId) predicateChecks.set(lexicon, (byId = new Map()));
  return byId;
}

/** One note's findings, term-set mentions and chosen codes as needs ask for them, each looked up once. */
export class NotePresence {
  private readonly attributes = new Map<string, Map<string, Set<unknown>>>();
  private readonly predicates = new Map<string, boolean>();
  private readonly predicateChecks: Map<string, NeedCheck>;
  private readonly byType: Map<string, Finding[]>;
  private readonly codes: Set<string>;
  /** Every prefix of every chosen code without dot or dash ("M6281", "M628", ...), codes and families only. */
  private readonly codePrefixes = new Set<string>();

  constructor(readonly input: RuleInput) {
    this.byType = findingsByType(input.findings);
    this.predicateChecks = predicateChecksOf(input.lexicon);
    this.codes = new Set(input.codes.map((c) => c.code));
    for (const { code } of input.codes) {
      if (!isIcd10cmCodeOrFamily(code)) continue;
      const b = bare(code);
      for (let i = 1; i <= b.length; i++) this.codePrefixes.add(b.slice(0, i));
    }
  }

  /** Whether the evidence predicate `id` can be met in this note; false means it is unmet. */
  mayBeMet(id: string): boolean {
    let result = this.predicates.get(id);
    if (result !== undefined) return result;
    let check = this.predicateChecks.get(id);
    if (!check) this.predicateChecks.set(id, (check = compileNeed(predicateNeed(this.input.lexicon, id))));
    result = check(this);
    this.predicates.set(id, result);
    return result;
  }

  hasType(type: string): boolean {
    return this.byType.has(type);
  }

  hasAttribute(type: string, name: string, values: readonly unknown[]): boolean {
    const present = this.attributeValues(type, name);
    return present.size > 0 && values.some((v) => present.has(v));
  }

  hasTermSet(id: string): boolean {
    return termSetMatched(this.input, id);
  }

  /** A chosen code among `refs`, under one of `prefixes` (code and family refs, bare), or in one of `ranges`. */
  hasCode(refs: readonly string[], prefixes: readonly string[], ranges: readonly string[]): boolean {
    if (this.codes.size === 0) return false;
    for (const p of prefixes) if (this.codePrefixes.has(p)) return true;
    for (const r of refs) if (this.codes.has(r)) return true;
    for (const r of ranges) for (const c of this.codes) if (icd10cmCovers(r, c)) return true;
    return false;
  }

  /** The values attribute `name` takes on the note's findings of `type` (each element of a list). */
  private attributeValues(type: string, name: string): Set<unknown> {
    let byName = this.attributes.get(type);
    if (!byName) this.attributes.set(type, (byName = new Map()));
    let values = byName.get(name);
    if (values) return values;
    values = new Set();
    for (const f of this.byType.get(type) ?? []) {
      const value = (f.attributes as unknown as Record<string, unknown>)[name];
      if (Array.isArray(value)) for (const v of value) values.add(v);
      else values.add(value);
    }
    byName.set(name, values);
    return values;
  }
}

const presences = new WeakMap<readonly Finding[], NotePresence>();

/** The note's presence, made once per linted note (lint() makes one findings array per call). */
export function notePresence(input: RuleInput): NotePresence {
  let presence = presences.get(input.findings);
  if (!presence || presence.input.lexicon !== input.lexicon || presence.input.codes !== input.codes) {
    presences.set(input.findings, (presence = new NotePresence(input)));
  }
  return presence;
}
