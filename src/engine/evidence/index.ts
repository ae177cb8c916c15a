/**
 * Evidence over the findings of one note: the assertion helpers every stage shares, and the entry to
 * the packs' evidence predicates (what "reduced strength", "a treatment plan" or "a low potassium"
 * mean is pack data: lexicon/packs/<pack>/ `evidence`). Checklists and the lacking-evidence rules
 * evaluate the same predicates, so a flag and its checklist item always agree and disappear together
 * when the note supplies the fact.
 */
import type { DiagnosisDef } from '../../lexicon/types.ts';
import { notePresence } from './need-checks.ts';
import { evaluateDefinition, findingsByType } from './selectors.ts';
import type { CompiledLexicon } from '../lexicon.ts';
import type { RuleInput } from '../rule-input.ts';
import type { EvidenceRef, Finding, FindingOf, FindingType, LintOptions, StrengthGradeAttributes } from '../types.ts';
import { NoteMemo } from '../note-memo.ts';

export interface EvidenceResult {
  met: boolean;
  evidence: EvidenceRef[];
}

// ---- assertion helpers ------------------------------------------------------------------------

/** No assertion flag set: the finding is a present, certain, patient fact. */
export function isAffirmed(f: Finding): boolean {
  const a = f.assertion;
  return !a.negated && !a.uncertain && !a.historical && !a.hypothetical && !a.family;
}

/** About this patient and not hypothetical; may be negated, uncertain or historical. */
export function isPatientFact(f: Finding): boolean {
  return !f.assertion.family && !f.assertion.hypothetical;
}

/** Present (not historical), about the patient, not negated; may be uncertain. */
export function isCurrentMention(f: Finding): boolean {
  return isPatientFact(f) && !f.assertion.negated && !f.assertion.historical;
}

/**
 * A diagnosis that counts as established in the care setting: outpatient, a probable/suspected/
 * "rule out" diagnosis is not coded (Guidelines IV.H); inpatient, it is coded as if it existed (II.H).
 */
export function isConfirmedInSetting(f: Finding, options: LintOptions): boolean {
  return isCurrentMention(f) && (!f.assertion.uncertain || options.setting === 'inpatient');
}

/** The findings of one type, in note order: the note's index by type (built once per findings array), shared, not to be changed. */
export function findingsOf<T extends FindingType>(findings: readonly Finding[], type: T): readonly FindingOf<T>[] {
  return (findingsByType(findings).get(type) ?? NO_FINDINGS) as unknown as readonly FindingOf<T>[];
}

const NO_FINDINGS: readonly Finding[] = [];

export function toRef(f: Finding): EvidenceRef {
  return { start: f.start, end: f.end, findingId: f.id, type: f.type, text: f.text };
}

export function diagnosisDef(input: RuleInput, f: FindingOf<'diagnosis'>): DiagnosisDef | undefined {
  return input.lexicon.diagnoses.get(f.attributes.concept);
}

/** Whether a diagnosis finding's concept is in a pack's concept set (lexicon/packs/<pack>/ `conceptSets`). */
export function inConceptSet(input: RuleInput, set: string, f: FindingOf<'diagnosis'>): boolean {
  const concepts = input.lexicon.conceptSets.get(set);
  if (!concepts) throw new Error(`unknown concept set "${set}"`);
  return concepts.has(f.attributes.concept);
}

/** Codes of a diagnosis finding: its own attribute, else its lexicon definition's. */
export function diagnosisCodes(input: RuleInput, f: FindingOf<'diagnosis'>): string[] {
  return f.attributes.codes.length > 0 ? f.attributes.codes : (diagnosisDef(input, f)?.codes ?? []);
}

/** The codes that code a documented diagnosis: its own, and the more specific codes of its concept (`codedBy`). */
export function diagnosisCodedBy(input: RuleInput, f: FindingOf<'diagnosis'>): string[] {
  return [...diagnosisCodes(input, f), ...(diagnosisDef(input, f)?.codedBy ?? [])];
}

// ---- strength -----------------------------------------------------------------------------------

/** A grade below 5/5 (5-/5 included) or a gradeless "decreased strength" statement. */
export function isReducedGrade(a: StrengthGradeAttributes): boolean {
  if (a.normal) return false;
  if (a.grade === null) return true;
  return a.grade < 5 || (a.grade === 5 && a.modifier === '-');
}

export function reducedGrades(findings: readonly Finding[]): FindingOf<'strength-grade'>[] {
  return findingsOf(findings, 'strength-grade').filter((f) => isAffirmed(f) && isReducedGrade(f.attributes));
}

export function normalGrades(findings: readonly Finding[]): FindingOf<'strength-grade'>[] {
  return findingsOf(findings, 'strength-grade').filter((f) => isAffirmed(f) && f.attributes.normal);
}

/** Whether a pack defines this evidence id (lexicon/packs/<pack>/ `evidence`). */
export function isEvidenceId(lexicon: CompiledLexicon, id: string): boolean {
  return lexicon.evidence.has(id);
}

/**
 * Evaluate a pack's evidence predicate by id over one note (src/engine/evidence/selectors.ts).
 * `cached` resolves the predicates it refers to, so a shared predicate runs once per note.
 */
export function evaluateEvidence(id: string, input: RuleInput, cached: (id: string) => EvidenceResult = (ref) => evaluateEvidence(ref, input)): EvidenceResult {
  // A predicate whose least need the note lacks is unmet, with no evidence, as evaluating it would find.
  if (!notePresence(input).mayBeMet(id)) return { met: false, evidence: [] };
  const def = input.lexicon.evidence.get(id);
  if (!def) throw new Error(`unknown evidence predicate "${id}" (known: ${[...input.lexicon.evidence.keys()].join(', ')})`);
  return evaluateDefinition(def, input, cached);
}

const noteCaches = new NoteMemo<RuleInput, (id: string) => EvidenceResult>('evidence');

/**
 * The note's evidence predicates by id, each evaluated once per note: the checklists and every rule
 * of every pack share one cache (lint() hands them the same input).
 */
export function noteEvidence(input: RuleInput): (id: string) => EvidenceResult {
  let get = noteCaches.get(input);
  if (get) return get;
  const cache = new Map<string, EvidenceResult>();
  get = (id: string): EvidenceResult => {
    let r = cache.get(id);
    if (!r) cache.set(id, (r = evaluateEvidence(id, input, get!)));
    return r;
  };
  noteCaches.set(input, get);
  return get;
}
