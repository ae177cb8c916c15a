/**
 * Evidence predicates: what "reduced strength", "a treatment plan" or "an ICU stay" mean over the
 * findings of one note. Code requirements (lexicon/codes/*.yaml `requires[].evidence`) name these
 * ids, the checklists evaluate them, and the lacking-evidence rules fire on the same predicates, so a
 * flag and its checklist item always agree and disappear together when the note supplies the fact.
 */
import type { DiagnosisDef } from '../lexicon/types.ts';
import type { RuleInput } from './rule-input.ts';
import type { EvidenceRef, Finding, FindingOf, FindingType, LintOptions, StrengthGradeAttributes } from './types.ts';

export interface EvidenceResult {
  met: boolean;
  evidence: EvidenceRef[];
}

export type EvidencePredicate = (input: RuleInput) => EvidenceResult;

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

export function findingsOf<T extends FindingType>(findings: readonly Finding[], type: T): FindingOf<T>[] {
  return findings.filter((f) => f.type === type) as unknown as FindingOf<T>[];
}

export function toRef(f: Finding): EvidenceRef {
  return { start: f.start, end: f.end, findingId: f.id, type: f.type, text: f.text };
}

export function diagnosisDef(input: RuleInput, f: FindingOf<'diagnosis'>): DiagnosisDef | undefined {
  return input.lexicon.diagnoses.get(f.attributes.concept);
}

/** Codes of a diagnosis finding: its own attribute, else its lexicon definition's. */
export function diagnosisCodes(input: RuleInput, f: FindingOf<'diagnosis'>): string[] {
  return f.attributes.codes.length > 0 ? f.attributes.codes : (diagnosisDef(input, f)?.codes ?? []);
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

function result(found: readonly Finding[]): EvidenceResult {
  return { met: found.length > 0, evidence: found.map(toRef) };
}

/** Referrals (lexicon/findings/workup.yaml item ids) that are a rehabilitation treatment, not a workup. */
const REHAB_REFERRALS = new Set(['physical-therapy', 'occupational-therapy', 'physiatry']);
/** Setting ids (lexicon/findings/setting.yaml) of an intensive-care stay. */
const ICU_SETTINGS = new Set(['icu']);

/** A finding that lies inside a diagnosis mention: "critical illness" in "critical illness myopathy". */
function insideDiagnosis(findings: readonly Finding[], f: Finding): boolean {
  return findings.some((d) => d.type === 'diagnosis' && d.start <= f.start && f.end <= d.end);
}

/** Lab findings that a diagnosis with this code would be suggested by (lexicon `suggestedBy`). */
function labsSupportingCode(input: RuleInput, code: string): FindingOf<'lab'>[] {
  const signs = input.lexicon.data.diagnoses.diagnoses
    .filter((d) => d.codes.includes(code))
    .flatMap((d) => d.suggestedBy ?? []);
  return findingsOf(input.findings, 'lab').filter(
    (f) =>
      isCurrentMention(f) &&
      !f.assertion.uncertain &&
      signs.some((s) => s.analyte === f.attributes.analyte && s.flag === f.attributes.flag),
  );
}

// ---- the predicates -------------------------------------------------------------------------------

export const EVIDENCE: Readonly<Record<string, EvidencePredicate>> = {
  /** Clinician-measured reduction of strength: a grade < 5/5, reduced dynamometry, or "decreased strength on exam". */
  'reduced-strength': ({ findings }) =>
    result([
      ...reducedGrades(findings),
      ...findingsOf(findings, 'strength-test').filter((f) => isAffirmed(f) && f.attributes.reduced === true),
      ...findingsOf(findings, 'weakness').filter((f) => isAffirmed(f) && f.attributes.observation === 'objective'),
    ]),

  /** A reduced grade that names its muscle groups, region or side. */
  'strength-sites': ({ findings }) =>
    result(reducedGrades(findings).filter((f) => f.attributes.sites.length > 0 || f.attributes.laterality !== undefined)),

  /** A musculoskeletal cause of the weakness (deconditioning, disuse, myopathy ...); a probable cause documents one too. */
  'msk-etiology': (input) =>
    result(findingsOf(input.findings, 'diagnosis').filter((f) => isCurrentMention(f) && diagnosisDef(input, f)?.mskEtiology === true)),

  /**
   * What the weakness limits: ADLs, transfers, stairs, rising from a chair, falls, mobility, an abnormal
   * gait. A function done independently ("independent with ADLs") limits nothing.
   */
  'functional-impact': ({ findings }) =>
    result([
      ...findingsOf(findings, 'function').filter((f) => isCurrentMention(f) && f.attributes.level !== 'independent'),
      ...findingsOf(findings, 'gait').filter((f) => isCurrentMention(f) && f.attributes.abnormal),
    ]),

  /** PT/OT, therapeutic exercise or rehab, ordered or planned. */
  'treatment-plan': ({ findings }) =>
    result(
      findingsOf(findings, 'workup').filter(
        (f) =>
          isCurrentMention(f) &&
          (f.attributes.category === 'therapy' || (f.attributes.category === 'referral' && REHAB_REFERRALS.has(f.attributes.item))),
      ),
    ),

  /** Labs, imaging, EMG/NCS or a referral, ordered or resulted; a resulted lab or EMG counts. */
  workup: ({ findings }) =>
    result([
      ...findingsOf(findings, 'workup').filter((f) => isCurrentMention(f) && f.attributes.category !== 'therapy'),
      ...findingsOf(findings, 'lab').filter((f) => isCurrentMention(f) && (f.attributes.value !== null || f.attributes.qualitative === true)),
      ...findingsOf(findings, 'electrodiagnostic').filter(isCurrentMention),
    ]),

  /** Any strength grade, strength test or gait observation, normal or not. */
  'objective-findings': ({ findings }) =>
    result(
      findings.filter(
        (f) => (f.type === 'strength-grade' || f.type === 'strength-test' || f.type === 'gait') && isPatientFact(f) && !f.assertion.historical,
      ),
    ),

  /** A potassium below range, by value or stated as low (the labs the hypokalemia diagnosis is suggested by). */
  'low-potassium': (input) => result(labsSupportingCode(input, 'E87.6')),

  /**
   * An ICU stay or mechanical ventilation; a past stay counts, since the myopathy follows it. The
   * name of the diagnosis itself ("critical illness myopathy") is not evidence of the stay.
   */
  'icu-stay': ({ findings }) =>
    result(
      findingsOf(findings, 'setting').filter(
        (f) => isPatientFact(f) && !f.assertion.negated && ICU_SETTINGS.has(f.attributes.setting) && !insideDiagnosis(findings, f),
      ),
    ),

  /** An abnormal EMG/NCS result. */
  'emg-confirmation': ({ findings }) =>
    result(findingsOf(findings, 'electrodiagnostic').filter((f) => isPatientFact(f) && !f.assertion.negated && f.attributes.abnormal === true)),

  /** A strength measurement of this encounter, normal or reduced. */
  'current-strength': ({ findings }) =>
    result(findings.filter((f) => (f.type === 'strength-grade' || f.type === 'strength-test') && isAffirmed(f))),
};

export function isEvidenceId(id: string): boolean {
  return Object.hasOwn(EVIDENCE, id);
}

export function evaluateEvidence(id: string, input: RuleInput): EvidenceResult {
  const predicate = EVIDENCE[id];
  if (!predicate) throw new Error(`unknown evidence predicate "${id}" (known: ${Object.keys(EVIDENCE).join(', ')})`);
  return predicate(input);
}
