/**
 * The engine's public types: the one result shape every front end (extension, CLI, tests) renders.
 * Offsets are UTF-16 code-unit offsets into the original note text, as JavaScript strings index.
 */

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

export type DiagnosticKind =
  | 'lacking-evidence'
  | 'conflicting-codes'
  | 'better-code'
  | 'possible-dx'
  | 'sequencing'
  | 'invalid-code';

export type CareSetting = 'outpatient' | 'inpatient';

/**
 * ConText assertion; a finding is affirmed when negated, uncertain, historical, hypothetical and
 * family are all false. `chronic` is not one of those: a chronic or longstanding condition
 * ("hypertension", "known CKD", "weakness for years") is present now and began well before this
 * encounter, which ConText's temporality calls historical and ICD-10-CM codes as current.
 */
export interface Assertion {
  negated: boolean;
  uncertain: boolean;
  historical: boolean;
  hypothetical: boolean;
  family: boolean;
  chronic: boolean;
}

export type AssertionCategory = keyof Assertion;

export const ASSERTION_CATEGORIES: readonly AssertionCategory[] = [
  'negated',
  'uncertain',
  'historical',
  'hypothetical',
  'family',
  'chronic',
];

export type FindingType =
  | 'weakness'
  | 'fatigue'
  | 'strength-grade'
  | 'strength-test'
  | 'gait'
  | 'function'
  | 'duration'
  | 'lab'
  | 'workup'
  | 'electrodiagnostic'
  | 'diagnosis'
  | 'cause-link'
  | 'medication'
  | 'setting'
  | 'icd10-code'
  | 'cpt-code'
  | 'age'
  | 'vital'
  | 'weight-change'
  | 'intake'
  | 'nfpe'
  | 'treatment'
  | 'contracture'
  | 'author'
  | 'sex'
  | 'pregnancy';

export const FINDING_TYPES: readonly FindingType[] = [
  'weakness',
  'fatigue',
  'strength-grade',
  'strength-test',
  'gait',
  'function',
  'duration',
  'lab',
  'workup',
  'electrodiagnostic',
  'diagnosis',
  'cause-link',
  'medication',
  'setting',
  'icd10-code',
  'cpt-code',
  'age',
  'vital',
  'weight-change',
  'intake',
  'nfpe',
  'treatment',
  'contracture',
  'author',
  'sex',
  'pregnancy',
];

export type Laterality = 'left' | 'right' | 'bilateral';

export interface WeaknessAttributes {
  distribution: 'generalized' | 'focal' | 'unspecified';
  /** Body site when focal ("arm", "leg", "hand", "upper extremity", "side"). */
  site?: string;
  laterality?: Laterality;
  /** Complaint reported by the patient (subjective) or stated as an exam finding (objective). */
  observation: 'subjective' | 'objective';
  /** Weakness attributed to age, frailty or senility ("age-related weakness", "senile asthenia"). */
  ageRelated?: boolean;
  /**
   * The phrase is the diagnosis's own label ("1. Generalized weakness - R53.1", "Assessment:
   * Weakness"): it names the coded condition and is no evidence of its distribution.
   */
  label?: boolean;
}

export interface StrengthGradeAttributes {
  /** MRC grade 0-5; null for a normal-strength statement without a number ("strength intact"). */
  grade: number | null;
  modifier?: '+' | '-';
  /** 5/5 or an explicit full/normal/intact strength statement. */
  normal: boolean;
  /** Muscle groups or regions the grade applies to ("proximal", "arms", "hip flexors", "all extremities"). */
  sites: string[];
  laterality?: Laterality;
}

export interface StrengthTestAttributes {
  test: string;
  value?: number;
  unit?: string;
  /** True when the note calls the result reduced/abnormal or it falls below the lexicon's threshold. */
  reduced?: boolean;
}

export interface GaitAttributes {
  abnormal: boolean;
  aid?: string;
}

/**
 * How much help the patient needs for the function: `independent` (no help: "ambulates
 * independently", "independent with ADLs", "repositions self"), `assist` (some help or a device:
 * "min assist transfers", "ambulates 150 ft with walker"), `total` (dependent: "bedbound", "total
 * dependence for all ADLs", "Hoyer lift for transfers", "unable to reposition self"). Absent when the
 * note does not say ("difficulty with stairs").
 */
export type FunctionLevel = 'independent' | 'assist' | 'total';

export interface FunctionAttributes {
  /** The function: adl, transfers, stairs, sit-to-stand, falls, mobility, bed-mobility, reaching, hand-function. */
  domain: string;
  level?: FunctionLevel;
  /**
   * The phrase states the patient's mobility (ambulation, bed or chair confinement, bed mobility,
   * limb movement) rather than a task: what the functional-quadriplegia pack reads.
   */
  mobility?: true;
}

export interface DurationAttributes {
  /** Approximate length in days. */
  days: number | null;
  progressive?: boolean;
}

export type LabFlag = 'low' | 'high' | 'normal' | 'unknown';

export interface LabAttributes {
  analyte: string;
  value: number | null;
  unit?: string;
  refLow?: number;
  refHigh?: number;
  /** Where the reference range came from. */
  refSource?: 'note' | 'lexicon' | 'options';
  flag: LabFlag;
  /** A qualitative statement with no number ("CK elevated", "low potassium"). */
  qualitative?: boolean;
  /** When the value was taken, as the note labels it ("Na 126 on admission", "baseline Cr 1.0", "CK 300 (3/14)"). */
  time?: LabTime;
  /** The time as written ("3/2 08:00", "POD 2", "HD#3", "on admission", "baseline"). */
  timeText?: string;
  /**
   * Minutes since 1970-01-01 00:00 (the note's own clock, no time zone) when the note's dates place
   * the value: a calendar date (the year from the date, else the encounter's), "POD n" after a dated
   * operation, "hospital day n" after the admission date, "this AM"/"yesterday" from the visit date.
   */
  at?: number;
  /** Minutes after `at` within which the value was taken: 1440 when only the day is known. Absent: to the minute. */
  atWindow?: number;
  /**
   * Values written as one trend ("Na 128 -> 131 -> 135", "Cr 2.1 from 0.9", "CK down to 900 from
   * 15,000"): the chain's id (the first value's character offset) and each value's step in time
   * order (0 = earliest).
   */
  trendId?: number;
  trendStep?: number;
  /** The value in the analyte's canonical unit (lexicon/labs.yaml), exact or rounded to the analyte's precision. */
  canonicalValue?: number;
  canonicalUnit?: string;
  /** The value was written as a bound ("<0.5", ">20,000"). */
  comparator?: '<' | '>';
  /** Lower end of a value written as a range ("0-2 RBC/hpf": value 2, valueLow 0). */
  valueLow?: number;
  /** A qualitative result as the lexicon names it ("large", "trace", "negative", "positive"). */
  qualitativeResult?: string;
  /** The specimen or result is not to be trusted yet ("hemolyzed", "pending", "repeat to confirm"). */
  specimen?: LabSpecimen;
  /**
   * false when the value is not the patient's current one: a baseline or prior value, or an earlier
   * value of a series whose latest (or discharge/today) value is written too. Absent when current.
   */
  current?: false;
}

/**
 * A lab value's time label: admission (on admission, at presentation), discharge, baseline (usual),
 * prior (previous, last, old, outside, outpatient), pre-op, peak (the extreme of a series: peak, max,
 * nadir), latest (today, now, repeat, recheck) or dated (a date or a day of the stay written beside it).
 */
export type LabTime = 'admission' | 'discharge' | 'baseline' | 'prior' | 'pre-op' | 'peak' | 'latest' | 'dated';

export type LabSpecimen = 'hemolyzed' | 'clotted' | 'contaminated' | 'pending' | 'lab-error' | 'repeat-to-confirm';

export type WorkupCategory = 'lab' | 'imaging' | 'electrodiagnostic' | 'referral' | 'therapy';

export interface WorkupAttributes {
  item: string;
  category: WorkupCategory;
  status: 'ordered' | 'resulted' | 'planned';
}

export interface ElectrodiagnosticAttributes {
  test: string;
  result: string;
  abnormal: boolean | null;
}

export interface DiagnosisAttributes {
  concept: string;
  codes: string[];
  category: string;
}

export interface CauseLinkAttributes {
  /** Finding ids of the linked weakness/fatigue finding and the diagnosis, when both are found. */
  symptomId: number | null;
  diagnosisId: number | null;
}

export interface MedicationAttributes {
  class: string;
  name?: string;
}

export interface SettingAttributes {
  setting: string;
}

export interface Icd10CodeAttributes {
  code: string;
  valid: boolean;
  known: boolean;
  /** An end of a range written in the note ("E40-E46"): a block named, not a code chosen for the encounter. */
  rangeEnd?: true;
}

export interface CptCodeAttributes {
  code: string;
}

export interface AgeAttributes {
  years: number;
}

export type VitalMeasure =
  | 'urine-output'
  | 'weight'
  | 'height'
  | 'bmi'
  | 'heart-rate'
  | 'systolic-bp'
  | 'diastolic-bp'
  | 'map'
  | 'temperature'
  | 'respiratory-rate'
  | 'spo2';

/** A value written with a bound ("UOP <0.5 mL/kg/h", "eating <25% of meals"): the number is the bound. */
export type ValueComparator = '<' | '<=' | '>' | '>=';

/**
 * A vital sign or body measurement, converted to its canonical unit: mL (urine volume), mL/h or
 * mL/kg/h (urine rate), kg, cm, kg/m2, /min, mmHg, C, %.
 */
export interface VitalAttributes {
  measure: VitalMeasure;
  value: number;
  unit: string;
  comparator?: ValueComparator;
  /** When it was taken, as written beside it ("on admission", "3/4 08:00", "POD 2"). */
  time?: string;
  /** Urine output: the rate per hour, from a rate or a volume over stated hours. */
  mlPerHour?: number;
  /** Urine output: per kg of a weight documented in the note (never assumed). */
  mlPerKgPerHour?: number;
  /** Urine output: the hours the value covers ("x 8 h", "over 12 hours", "24h UOP"). */
  hours?: number;
  /** Urine output: "anuric", "anuria" (value 0). */
  anuria?: boolean;
  /** BMI computed from a weight and a height of one date (no BMI written in the note). */
  computed?: true;
}

export interface WeightChangeAttributes {
  direction: 'loss' | 'gain';
  amountKg?: number;
  /** Percent of the earlier (usual) weight. */
  percent?: number;
  /** The period the change happened over; null when the note does not say. */
  periodDays: number | null;
  usualWeightKg?: number;
  /** Stated intentional (dieting) or unintentional; absent when the note does not say. */
  intentional?: boolean;
}

export interface IntakeAttributes {
  /** Percent of meals or needs eaten; 0 for NPO; null for "poor PO intake" without a number. */
  percent: number | null;
  comparator?: ValueComparator;
  /** How long; null when not stated. */
  days: number | null;
  /** What the percent is of: meals (trays), needs, or estimated (energy) needs. */
  basis?: 'meals' | 'needs' | 'estimated-needs';
}

/** Nutrition-focused physical exam: fat loss, muscle wasting or fluid accumulation. */
export interface NfpeAttributes {
  domain: 'fat' | 'muscle' | 'fluid';
  severity: 'mild' | 'moderate' | 'severe' | null;
  /** Exam sites as lexicon ids ("temporal", "orbital", "triceps", "clavicle", "lower-extremity"). */
  sites: string[];
}

/**
 * Who gives or decides a treatment, and where it stands. `given`: done ("1 unit PRBC given",
 * "transfused", "received 2 L NS"); `ordered`: ordered now or in the plan ("start KCl 40 mEq PO");
 * `planned`: considered or future ("consider ESA", "dialysis tomorrow"); `continued`: ongoing ("cont
 * tube feeds", "on darbepoetin"); `held`: stopped or held ("lisinopril held"); `declined`: refused by
 * the patient ("declines PRBC").
 */
export type TreatmentStatus = 'given' | 'ordered' | 'planned' | 'continued' | 'held' | 'declined';

export interface TreatmentAttributes {
  /** Closed vocabulary of lexicon/findings/treatment.yaml `classes` (transfusion, potassium-replacement, drug-held ...). */
  class: string;
  /** class drug-held: the drug held, by generic name or class ("lisinopril", "statin"). */
  drug?: string;
  /** The amount written with it: 2 for "2 units PRBC", 40 for "40 mEq KCl", 1.5 for "fluid restrict 1.5 L". */
  units?: number;
  /** The amount's unit, normalised lower case ("unit", "meq", "l", "ml/h"). */
  unit?: string;
  /** The dose or rate as written ("40 mEq", "2 units", "250 mL/h"). */
  dose?: string;
  status: TreatmentStatus;
  /** The condition it is for, as written after "for" / "to treat" ("fluid restriction for CHF" -> "CHF"). */
  purpose?: string;
  /** An additive of a maintenance IV fluid ("D5 1/2NS + 20 KCl at 75 mL/h"), not a replacement. */
  maintenance?: true;
}

export type ContractureSeverity = 'mild' | 'moderate' | 'severe';

export interface ContractureAttributes {
  /** Joints or limbs named with it ("knee", "hip", "elbow"); empty when none is named. */
  sites: string[];
  laterality?: Laterality;
  severity?: ContractureSeverity | null;
}

/**
 * Who wrote the note or section (Guideline I.B.14: BMI, NFPE and pressure-ulcer stage may come from
 * other clinicians, a diagnosis only from the provider). See src/engine/evidence/authors.ts.
 */
export const AUTHOR_ROLES = ['provider', 'dietitian', 'nursing', 'therapy', 'pharmacy', 'case-management'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export interface AuthorAttributes {
  role: AuthorRole;
  /**
   * What the header covers: `note`, the text up to the next note-scoped author (a note title such as
   * "RD note", or a bare role before the first section header); `section`, its own section only (a
   * bare role such as "PT:" inside another author's section).
   */
  scope: 'note' | 'section';
}

/**
 * The patient's sex as the note states it. `explicit`: a demographic ("72M", "68 yo F", "72-year-old
 * woman", "Mr."); `pronoun`: only a pronoun ("she"), a weaker cue reported only when the note has no
 * explicit one. The first explicit statement wins (patientSex in src/engine/evidence/demographics.ts).
 */
export interface SexAttributes {
  sex: 'female' | 'male';
  cue: 'explicit' | 'pronoun';
}

export interface PregnancyAttributes {
  /** Gestational age in weeks when written ("28 weeks pregnant", "G2P1 at 28 weeks", "28w3d" -> 28). */
  weeks?: number;
  /** Postpartum (after delivery): no weeks. */
  postpartum?: true;
}

export interface FindingAttributesByType {
  weakness: WeaknessAttributes;
  fatigue: Record<string, never>;
  'strength-grade': StrengthGradeAttributes;
  'strength-test': StrengthTestAttributes;
  gait: GaitAttributes;
  function: FunctionAttributes;
  duration: DurationAttributes;
  lab: LabAttributes;
  workup: WorkupAttributes;
  electrodiagnostic: ElectrodiagnosticAttributes;
  diagnosis: DiagnosisAttributes;
  'cause-link': CauseLinkAttributes;
  medication: MedicationAttributes;
  setting: SettingAttributes;
  'icd10-code': Icd10CodeAttributes;
  'cpt-code': CptCodeAttributes;
  age: AgeAttributes;
  vital: VitalAttributes;
  'weight-change': WeightChangeAttributes;
  intake: IntakeAttributes;
  nfpe: NfpeAttributes;
  treatment: TreatmentAttributes;
  contracture: ContractureAttributes;
  author: AuthorAttributes;
  sex: SexAttributes;
  pregnancy: PregnancyAttributes;
}

/**
 * The attributes a pack's evidence selector may test, per finding type (`where:` keys; checked when
 * the lexicon is built). Typed against the attribute interfaces, so a renamed attribute fails here.
 */
export const FINDING_ATTRIBUTES: { readonly [T in FindingType]: readonly (keyof FindingAttributesByType[T] & string)[] } = {
  weakness: ['distribution', 'site', 'laterality', 'observation', 'ageRelated', 'label'],
  fatigue: [],
  'strength-grade': ['grade', 'modifier', 'normal', 'sites', 'laterality'],
  'strength-test': ['test', 'value', 'unit', 'reduced'],
  gait: ['abnormal', 'aid'],
  function: ['domain', 'level', 'mobility'],
  duration: ['days', 'progressive'],
  lab: ['analyte', 'value', 'unit', 'refLow', 'refHigh', 'refSource', 'flag', 'qualitative', 'time', 'current', 'canonicalValue', 'canonicalUnit', 'qualitativeResult', 'specimen', 'comparator'],
  workup: ['item', 'category', 'status'],
  electrodiagnostic: ['test', 'result', 'abnormal'],
  diagnosis: ['concept', 'codes', 'category'],
  'cause-link': ['symptomId', 'diagnosisId'],
  medication: ['class', 'name'],
  setting: ['setting'],
  'icd10-code': ['code', 'valid', 'known'],
  'cpt-code': ['code'],
  age: ['years'],
  vital: ['measure', 'value', 'unit', 'comparator', 'time', 'mlPerHour', 'mlPerKgPerHour', 'hours', 'anuria', 'computed'],
  'weight-change': ['direction', 'amountKg', 'percent', 'periodDays', 'usualWeightKg', 'intentional'],
  intake: ['percent', 'comparator', 'days', 'basis'],
  nfpe: ['domain', 'severity', 'sites'],
  treatment: ['class', 'drug', 'units', 'unit', 'dose', 'status', 'purpose', 'maintenance'],
  contracture: ['sites', 'laterality', 'severity'],
  author: ['role', 'scope'],
  sex: ['sex', 'cue'],
  pregnancy: ['weeks', 'postpartum'],
};

export interface FindingOf<T extends FindingType> extends Span {
  /** Stable within one result: index in `findings`. */
  id: number;
  type: T;
  text: string;
  /** Canonical id of the section the finding sits in, or null before any header. */
  section: string | null;
  sentence: number;
  assertion: Assertion;
  attributes: FindingAttributesByType[T];
}

export type Finding = { [T in FindingType]: FindingOf<T> }[FindingType];

export interface Section extends Span {
  /** Canonical section id from the lexicon ("hpi", "assessment"), or "preamble" before any header. */
  id: string;
  /** The header as written, or "" for the preamble. */
  title: string;
  headerStart: number;
  headerEnd: number;
}

export interface Sentence extends Span {
  index: number;
  section: string | null;
}

/**
 * Where a chosen code came from: the note text, the caller's options, a FHIR bundle, the EHR page
 * around the note (a diagnosis list a site profile points at) or the user's session (the popup).
 */
export type CodeSource = 'note' | 'option' | 'fhir' | 'page' | 'session';

export interface ChosenCode {
  /** Normalised with the dot: "R53.1". */
  code: string;
  source: CodeSource;
  /** Official FY2026 title when the code is in the lexicon. */
  title: string | null;
  known: boolean;
  billable: boolean | null;
  /** Where the code is written in the note (source "note"). */
  start?: number;
  end?: number;
}

export interface EvidenceRef extends Span {
  findingId: number | null;
  type: FindingType | null;
  text: string;
}

export interface SuggestedCode {
  code: string;
  title: string;
  reason: string;
}

export interface Diagnostic extends Span {
  ruleId: string;
  severity: Severity;
  kind: DiagnosticKind;
  code: string | null;
  message: string;
  evidence: EvidenceRef[];
  suggestedCodes: SuggestedCode[];
  documentationHint: string | null;
  query: string | null;
  sources: string[];
}

export interface ChecklistItem {
  requirement: string;
  label: string;
  met: boolean;
  evidence: EvidenceRef[];
  /** What to document when missing. */
  hint: string;
}

export interface CodeChecklist {
  code: string;
  title: string | null;
  items: ChecklistItem[];
}

/** The care setting the rules used, and where it came from (options, the note's cues, or the default). */
export interface ResolvedSetting {
  value: CareSetting;
  source: 'option' | 'note' | 'default';
  /** The note's cues for the chosen setting (source "note"). */
  evidence?: EvidenceRef[];
}

export interface LintResult {
  version: 1;
  /** Length of the linted text in UTF-16 code units. */
  length: number;
  sections: Section[];
  sentences: Sentence[];
  findings: Finding[];
  codes: ChosenCode[];
  /**
   * The care setting rules followed (Guidelines II.H inpatient vs IV.H outpatient). lint() always
   * sets it; optional so results made before it existed (stored tab states, fixtures) stay valid.
   */
  setting?: ResolvedSetting;
  checklists: CodeChecklist[];
  diagnostics: Diagnostic[];
}

/** Lint options, a chosen code, a lab range override: inferred from their schema (./option-schema.ts). */
export type { CodeOption, LabRangeOverride, LintOptions } from './option-schema.ts';
