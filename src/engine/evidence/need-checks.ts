/**
 * Checking needs (needs.ts) against one note. A need is compiled once to closures, one per node, so
 * each check site sees one kind of node (a tree walk switching on kinds cost a tenth of a lint); the
 * parts of an `all` or `any` are checked cheapest first: codes and finding types before attribute
 * values, before other predicates, before term sets (the first term-set check walks the note). What the
 * note has is looked up once per note (NotePresence); the chosen-code checks of a rule registry are
 * answered together in one pass over the note's chosen codes (CodeChecks).
 */
import { icd10cmCovers, isIcd10cmCodeOrFamily } from '../../codes/icd10cm.ts';
import type { CompiledLexicon } from '../lexicon.ts';
import type { RuleInput } from '../rule-input.ts';
import type { ChosenCode, Finding } from '../types.ts';
import { bareCode, predicateNeed, type Need } from './needs.ts';
import { findingsByType } from './selectors.ts';
import { termSetMatched } from './term-sets.ts';
import { NoteMemo } from '../note-memo.ts';

/** A compiled need: false when the note lacks it. */
export type NeedCheck = (note: NotePresence) => boolean;

type CodeNeed = Extract<Need, { kind: 'code' }>;

/**
 * Chosen-code checks, numbered, indexed by what they look for: a code or family ref by its bare form,
 * which every chosen code it covers starts with; other refs (ranges) by themselves.
 */
export class CodeChecks {
  private readonly byPrefix = new Map<string, number[]>();
  private readonly byRef = new Map<string, number[]>();
  private readonly ranges: { ref: string; check: number }[] = [];
  count = 0;

  /** A check that holds when a chosen code meets any of `needs`; returns its number. */
  add(needs: readonly CodeNeed[]): number {
    const check = this.count++;
    for (const n of needs) {
      if (n.prefix !== null) push(this.byPrefix, n.prefix, check);
      else {
        push(this.byRef, n.ref, check);
        this.ranges.push({ ref: n.ref, check });
      }
    }
    return check;
  }

  /** Which checks hold for the note's chosen codes (1 at a check's number). */
  holding(codes: readonly ChosenCode[]): Uint8Array {
    const out = new Uint8Array(this.count);
    for (const { code } of codes) {
      for (const check of this.byRef.get(code) ?? []) out[check] = 1;
      for (const { ref, check } of this.ranges) if (icd10cmCovers(ref, code)) out[check] = 1;
      if (!isIcd10cmCodeOrFamily(code)) continue;
      const bare = bareCode(code);
      for (let i = 1; i <= bare.length; i++) for (const check of this.byPrefix.get(bare.slice(0, i)) ?? []) out[check] = 1;
    }
    return out;
  }
}

function push(index: Map<string, number[]>, key: string, check: number): void {
  const list = index.get(key);
  if (list) list.push(check);
  else index.set(key, [check]);
}

interface Compiled {
  check: NeedCheck;
  /** 0 a lookup, 1 an attribute index of the note, 2 another predicate, 3 the term-set walk. */
  cost: number;
}

/** Compiles a need; its chosen-code checks join `codes` (a rule registry shares one). */
export function compileNeed(need: Need, codes: CodeChecks = new CodeChecks()): NeedCheck {
  return compile(need, codes).check;
}

function compile(need: Need, codes: CodeChecks): Compiled {
  if (typeof need === 'boolean') return { check: need ? () => true : () => false, cost: 0 };
  switch (need.kind) {
    case 'finding': {
      const { type } = need;
      return { check: (note) => note.hasType(type), cost: 0 };
    }
    case 'attribute': {
      const { type, name, values } = need;
      const slot = attributeSlot(type, name);
      return { check: (note) => note.hasAttribute(slot, type, name, values), cost: 1 };
    }
    case 'term-set': {
      const { id } = need;
      return { check: (note) => note.hasTermSet(id), cost: 3 };
    }
    case 'code':
      return codesCheck([need], codes);
    case 'evidence': {
      const { id } = need;
      return { check: (note) => note.mayBeMet(id), cost: 2 };
    }
    case 'all': {
      const parts = cheapestFirst(need.of.map((n) => compile(n, codes)));
      const checks = parts.map((p) => p.check);
      return {
        check: (note) => {
          for (const check of checks) if (!check(note)) return false;
          return true;
        },
        cost: Math.max(...parts.map((p) => p.cost)),
      };
    }
    case 'any': {
      const codeNeeds = need.of.filter((n): n is CodeNeed => typeof n === 'object' && n.kind === 'code');
      const others = need.of.filter((n) => typeof n !== 'object' || n.kind !== 'code').map((n) => compile(n, codes));
      const parts = cheapestFirst([...(codeNeeds.length > 0 ? [codesCheck(codeNeeds, codes)] : []), ...others]);
      const checks = parts.map((p) => p.check);
      return {
        check: (note) => {
          for (const check of checks) if (check(note)) return true;
          return false;
        },
        cost: Math.max(...parts.map((p) => p.cost)),
      };
    }
  }
}

const cheapestFirst = (parts: Compiled[]): Compiled[] => [...parts].sort((a, b) => a.cost - b.cost);

function codesCheck(needs: readonly CodeNeed[], codes: CodeChecks): Compiled {
  const check = codes.add(needs);
  return { check: (note) => note.hasCode(codes, check), cost: 0 };
}

/** A slot per finding type and attribute name any need asks about, so a note keeps their values in an array. */
const attributeSlots = new Map<string, number>();

function attributeSlot(type: string, name: string): number {
  const key = `${type}\u0000${name}`;
  let slot = attributeSlots.get(key);
  if (slot === undefined) attributeSlots.set(key, (slot = attributeSlots.size));
  return slot;
}

/** A lexicon's evidence predicates by slot, each with its compiled need once first asked. */
interface PredicateChecks {
  slots: Map<string, number>;
  checks: (NeedCheck | undefined)[];
}

const predicateChecks = new WeakMap<CompiledLexicon, PredicateChecks>();

function predicateChecksOf(lexicon: CompiledLexicon): PredicateChecks {
  let checks = predicateChecks.get(lexicon);
  if (!checks) predicateChecks.set(lexicon, (checks = { slots: new Map([...lexicon.evidence.keys()].map((id, i) => [id, i])), checks: [] }));
  return checks;
}

const UNKNOWN = 0;
const MAY_BE_MET = 1;
const UNMET = 2;

/** One note's findings, term-set mentions and chosen codes as needs ask for them, each looked up once. */
export class NotePresence {
  private readonly byType: Map<string, Finding[]>;
  private readonly predicates: PredicateChecks;
  /** Per predicate slot: UNKNOWN until checked. */
  private readonly verdicts: Uint8Array;
  /** Per attribute slot, the values the note's findings give it. */
  private readonly attributes: (Set<unknown> | undefined)[] = [];
  /** The chosen-code checks that hold, for the last CodeChecks asked (a registry's: one per lexicon). */
  private codeChecks: CodeChecks | null = null;
  private codesHolding: Uint8Array = new Uint8Array(0);

  constructor(readonly input: RuleInput) {
    this.byType = findingsByType(input.findings);
    this.predicates = predicateChecksOf(input.lexicon);
    this.verdicts = new Uint8Array(this.predicates.slots.size);
  }

  /** Whether the evidence predicate `id` can be met in this note; false means it is unmet. */
  mayBeMet(id: string): boolean {
    const slot = this.predicates.slots.get(id);
    // An unknown id is evaluateEvidence's to report.
    if (slot === undefined) return true;
    const verdict = this.verdicts[slot];
    if (verdict !== UNKNOWN) return verdict === MAY_BE_MET;
    const check = (this.predicates.checks[slot] ??= compileNeed(predicateNeed(this.input.lexicon, id)));
    const result = check(this);
    this.verdicts[slot] = result ? MAY_BE_MET : UNMET;
    return result;
  }

  hasType(type: string): boolean {
    return this.byType.has(type);
  }

  hasAttribute(slot: number, type: string, name: string, values: readonly unknown[]): boolean {
    const present = (this.attributes[slot] ??= this.attributeValues(type, name));
    if (present.size === 0) return false;
    for (const v of values) if (present.has(v)) return true;
    return false;
  }

  hasTermSet(id: string): boolean {
    return termSetMatched(this.input, id);
  }

  hasCode(codes: CodeChecks, check: number): boolean {
    if (this.input.codes.length === 0) return false;
    if (codes !== this.codeChecks || check >= this.codesHolding.length) {
      this.codeChecks = codes;
      this.codesHolding = codes.holding(this.input.codes);
    }
    return this.codesHolding[check] === 1;
  }

  /** The values attribute `name` takes on the note's findings of `type` (each element of a list). */
  private attributeValues(type: string, name: string): Set<unknown> {
    const values = new Set<unknown>();
    for (const f of this.byType.get(type) ?? []) {
      const value = (f.attributes as unknown as Record<string, unknown>)[name];
      if (Array.isArray(value)) for (const v of value) values.add(v);
      else values.add(value);
    }
    return values;
  }
}

const presences = new NoteMemo<readonly Finding[], NotePresence>('presence');

/** The note's presence, made once per linted note (lint() makes one findings array per call). */
export function notePresence(input: RuleInput): NotePresence {
  let presence = presences.get(input.findings);
  if (!presence || presence.input.lexicon !== input.lexicon || presence.input.codes !== input.codes) {
    presences.set(input.findings, (presence = new NotePresence(input)));
  }
  return presence;
}
