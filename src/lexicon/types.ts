/**
 * Shapes of the lexicon data (lexicon/*.yaml), after validation. The build compiles the YAML into
 * one `LexiconData` object (src/lexicon/generated/lexicon.ts); the engine compiles that into matchers.
 */
import type { Assertion, AssertionCategory, LabSpecimen, LabTime, WorkupCategory } from '../engine/types.ts';
import type * as v from 'valibot';
import type { labTriggerSchema, PackData } from './pack-schema.ts';

/** `self`: the trigger describes only the words it is made of (a chronic disease's own name). */
export type ContextDirection = 'forward' | 'backward' | 'bidirectional' | 'self';

/**
 * A trigger's category: an assertion flag, or `current`, which marks residual deficits and
 * sequelae ("with residual", "late effect of") as present despite a historical scope or section, or
 * `recent`, which marks a new or acute condition ("new-onset", "acute", "exacerbation") as not chronic.
 */
export type ContextCategory = AssertionCategory | 'current' | 'recent';

export interface ContextTriggerDef {
  phrases: string[];
  category: ContextCategory;
  direction: ContextDirection;
  /** Longest scope in tokens; the sentence (or a termination) ends it earlier. */
  maxScope?: number;
  /**
   * The trigger counts only at the end of its clause (followed by ",", ";", ")", the sentence end):
   * template answers like "Fever: no" or "Romberg negative.", not "no other lesions".
   */
  clauseFinal?: boolean;
  /**
   * An anchor in time ("last admission", "at initial evaluation"): like a date, its scope ends only
   * at a sentence stop, a contrast or a return to the present ("today", "now"), not at the
   * terminations of its category ("with", "admitted"), within maxScope.
   */
  timeAnchor?: boolean;
  /** Where the trigger came from or why it is here (for reviewers). */
  note?: string;
}

export interface ContextTerminationDef {
  phrases: string[];
  /** Categories whose scope this ends; all when absent. */
  categories?: ContextCategory[];
}

export interface ContextData {
  triggers: ContextTriggerDef[];
  /** Phrases that look like triggers but are not ("no increase", "gram negative"). */
  pseudo: string[];
  /**
   * Words before a relative that make the relative a companion or informant rather than the one
   * with the finding: "brought in by her daughter", "lives with his son".
   */
  companions?: string[];
  terminations: ContextTerminationDef[];
}

export type SectionRole =
  | 'complaint'
  | 'history'
  | 'ros'
  | 'exam'
  | 'data'
  | 'assessment'
  | 'plan'
  | 'medications'
  | 'allergies'
  | 'family'
  | 'social'
  | 'instructions'
  | 'other';

export interface SectionDef {
  id: string;
  /** Display name. */
  name: string;
  headers: string[];
  role: SectionRole;
  /** Assertion flags every finding in this section starts with (PMH: historical). */
  defaults?: Partial<Assertion>;
  /** Chosen codes are read from this section. */
  codes?: boolean;
}

export interface SectionsData {
  sections: SectionDef[];
  /** Words that end with a period but do not end a sentence ("Dr.", "approx."). */
  abbreviations: string[];
}

export interface LabAnalyteDef {
  id: string;
  name: string;
  aliases: string[];
  /** Default unit, as conventionally written. */
  unit: string;
  /** Units the value may be written in on the scale of `unit` (normalised lower case): min, max and the range apply. */
  units: string[];
  /** Units of another scale (glucose in mmol/L): recognised as this analyte's unit, but the default range does not apply. */
  otherUnits?: string[];
  /** Aliases (also listed in `aliases`) that match only when written in exactly this case ("K", "Na", "Mg"). */
  caseSensitive?: string[];
  /** Cell counts written per µL ("platelets 303,000"): a value above `max` is divided by this to reach `unit`. */
  countScale?: number;
  refLow?: number;
  refHigh?: number;
  /** Plausible value bounds: a number outside them is not this analyte's value. */
  min?: number;
  max?: number;
  /** The unit every value is converted to (`canonicalValue`); default `unit`. */
  canonicalUnit?: string;
  /** Decimal places a converted value is rounded to (the precision the packs compare at). */
  precision?: number;
  /** Exact factors from units of another scale to the canonical unit (value x multiply, or value / divide). */
  conversions?: LabConversionDef[];
  /** Phrases one of which must stand earlier in the sentence ("UA", "urinalysis") unless the value has the analyte's unit. */
  context?: string[];
  /** Aliases that name the analyte only after a `context` phrase ("blood" in "UA: large blood"). */
  contextAliases?: string[];
  /** Words of a qualitative result ("large", "trace", "negative"), with the flag each means. */
  qualitative?: LabQualitativeDef[];
  /** The value may stand before the alias ("0-2 RBC/hpf"), then only with one of `units`. */
  valueBefore?: boolean;
}

export interface LabConversionDef {
  units: string[];
  multiply?: number;
  divide?: number;
}

export interface LabQualitativeDef {
  phrases: string[];
  /** The result as the packs name it ("large", "positive"). */
  result: string;
  flag: 'low' | 'high' | 'normal';
}


export interface LabsData {
  analytes: LabAnalyteDef[];
  /** Words after a value that flag it ("L", "low", "H", "high", "elevated"). */
  flags: { phrases: string[]; flag: 'low' | 'high' | 'normal' }[];
  /** Words beside a value that say its specimen or result is not to be trusted yet ("hemolyzed", "repeat to confirm"). */
  specimen: { phrases: string[]; problem: LabSpecimen }[];
  /** Words that may stand between a value and its specimen words ("K 6.3, specimen hemolyzed"). */
  specimenFillers: string[];
  /** Words that cancel a specimen word before it ("non-hemolyzed", "not hemolyzed"). */
  specimenNegators: string[];
  /** Words that label a value's time ("on admission", "baseline", "peak", "today"). */
  times: { phrases: string[]; time: LabTime }[];
  /** Words right after an alias that make it a drug, diet or supplement name ("potassium chloride"), not a result. */
  notResultAfter: string[];
  /** Words right before an alias that make it another thing's name ("vitamin K"). */
  notResultBefore: string[];
  /** Which earlier value of a series is its baseline: the windows, in days, and where they come from. */
  baseline: LabBaselineWindows;
}

export interface LabBaselineWindows {
  source: string;
  /** A prior value counts as baseline when dated at most this many days before the encounter's first dated result. */
  priorMaxDays: number;
  /** The encounter's lowest value is a baseline only within this many days of the peak, when both are timed. */
  lowestToPeakMaxDays: number;
}

export interface DiagnosisDef {
  concept: string;
  terms: string[];
  /** Terms matched only as written ("MS", not "ms" or "Ms."). */
  caseSensitive?: string[];
  /** ICD-10-CM codes or families ("I50.-"). */
  codes: string[];
  category: string;
  /** The abnormal lab that suggests this diagnosis (abnormal-lab-without-dx). */
  suggestedBy?: {
    analyte: string;
    flag: 'low' | 'high';
    /** Times the upper limit, for CK. */
    factor?: number;
    /**
     * The result is explained by this diagnosis when documented, but the result alone does not make
     * it a query option: a high CK alone supports asking about myopathy, not about each subtype.
     */
    explainsOnly?: boolean;
  }[];
  /** Procedures that name this state only after one of DiagnosesData.procedureCues ("s/p R TKA"). */
  procedures?: string[];
  /**
   * Symptom codes routinely part of this diagnosis (Guideline I.B.5): coded beside it, they are not
   * coded separately (symptom-integral-to-dx).
   */
  integralSymptoms?: string[];
  /** The term names the symptom itself with its own code ("cancer-related fatigue": R53.0). */
  namesSymptom?: 'weakness' | 'fatigue';
  /**
   * The code used instead when the condition follows a past occurrence of another concept: hemiplegia
   * after a (past) cerebral infarction is its sequela, I69.35-, which G81 excludes (Guideline I.C.9.d).
   */
  sequelaOf?: { concepts: string[]; code: string }[];
  /** The term names a one-sided deficit (hemiparesis): the side written next to it is the affected side. */
  deficit?: boolean;
  /** A condition whose own terms say it is a late effect ("late effect of stroke"): never an acute event. */
  sequela?: boolean;
}

export interface DiagnosesData {
  /** Phrases that contain a diagnosis term but name something else ("ST depression"). */
  pseudo?: string[];
  /** Words that make a following procedure a post-procedure state ("s/p", "status post", "after"). */
  procedureCues?: string[];
  diagnoses: DiagnosisDef[];
}

/** Attribute values a finding term may carry; each finding file restricts the keys. */
export type TermAttributeValue = string | number | boolean;

export interface TermEntry {
  terms: string[];
  /** Terms matched only as written: abbreviations that are also common words ("PT"). */
  caseSensitive?: string[];
  attributes: Record<string, TermAttributeValue>;
}

export interface TermFindingData {
  type: TermFindingType;
  /** Phrases that contain a term of this type but are not this finding ("weak pulses"). */
  pseudo?: string[];
  entries: TermEntry[];
  /** Function files only: limits written as a limiter and an activity a few words apart. */
  limits?: FunctionLimitsDef;
  /** Function files only: words right after a function phrase that say how much help it takes. */
  levels?: FunctionLevelCueDef[];
  /** Treatment files only: classes, status, purpose and maintenance cues, drugs that may be held. */
  treatment?: TreatmentCuesDef;
  /** Contracture files only: the joints and severity words read around a contracture term. */
  contracture?: ContractureCuesDef;
  /** Pregnancy files only: words that give a gestational age its meaning ("28 weeks gestation"). */
  pregnancy?: PregnancyCuesDef;
  /** Sex files only: labels of a demographic field ("Sex: F", "Gender: female"). */
  sex?: SexCuesDef;
}

export interface FunctionLevelCueDef {
  level: 'independent' | 'assist' | 'total';
  phrases: string[];
  caseSensitive?: string[];
}

export interface TreatmentCuesDef {
  /** The closed vocabulary of treatment classes: every entry's class is one of these. */
  classes: string[];
  statusCues: { status: 'given' | 'ordered' | 'planned' | 'continued' | 'held' | 'declined'; phrases: string[] }[];
  /** Words that introduce what the treatment is for ("for", "to treat"). */
  purposeCues: string[];
  /** Words that make a replacement an additive of a maintenance fluid ("maintenance", "mIVF"). */
  maintenanceCues: string[];
  maintenanceCaseSensitive?: string[];
  /** Classes that are additives when joined to an IV fluid ("D5 1/2NS + 20 KCl"). */
  additiveClasses: string[];
  /** Amount units after a number: "2 units", "40 mEq", "1.5 L". `unit` is the normalised id. */
  amountUnits: { unit: string; phrases: string[] }[];
  /** Words that hold or stop a drug ("hold", "held", "discontinue"). */
  holdCues: string[];
  /** Drugs whose hold is a treatment (class drug-held): `drug` is the generic name or class id. */
  drugs: { drug: string; terms: string[]; caseSensitive?: string[] }[];
}

export interface ContractureCuesDef {
  sites: { id: string; terms: string[] }[];
  /** Side words besides anatomy.yaml's ("both knees", "BLE"). */
  laterality?: { value: 'left' | 'right' | 'bilateral'; phrases: string[] }[];
  severity: { severity: 'mild' | 'moderate' | 'severe'; phrases: string[] }[];
}

export interface PregnancyCuesDef {
  /** Words after a number of weeks that make it a gestational age ("weeks gestation", "weeks pregnant"). */
  weekUnits: string[];
  /** Words before or after a number of weeks that make it a gestational age ("EGA", "gestation", "IUP"). */
  gestationCues: string[];
}

export interface SexCuesDef {
  /** Field labels after which a sex word is the patient's ("Sex:", "Gender:"). */
  labels: string[];
  /** Words between an age and the sex word ("72 year old white female"). */
  between: string[];
}

export interface FunctionLimiterDef {
  /** Where the limiter stands relative to the activity ("cannot ... stairs", "transfers ... CGA"). */
  position: 'before' | 'after' | 'either';
  /** How much help the limiter says the activity takes ("dependent for": total; "min assist": assist). */
  level?: 'independent' | 'assist' | 'total';
  /** A group that only the activities naming it pair with ("giving-way" with "leg", "knee"). */
  name?: string;
  phrases: string[];
  caseSensitive?: string[];
}

export interface FunctionLimitsDef {
  /** Words allowed between a limiter and its activity. */
  maxGap: number;
  limiters: FunctionLimiterDef[];
  /** `limiters`: the only limiter groups (by name) this activity pairs with; else every unnamed group. */
  activities: { domain: string; terms: string[]; limiters?: string[]; /** The activity is mobility (walking, bed mobility). */ mobility?: boolean }[];
}

/** Finding types recognised from term lists (the others come from value parsers). */
export type TermFindingType =
  | 'weakness'
  | 'fatigue'
  | 'gait'
  | 'function'
  | 'workup'
  | 'electrodiagnostic'
  | 'cause-link'
  | 'medication'
  | 'setting'
  | 'strength-test'
  | 'vital'
  | 'weight-change'
  | 'intake'
  | 'nfpe'
  | 'treatment'
  | 'contracture'
  | 'author'
  | 'sex'
  | 'pregnancy';

export interface WorkupCueDef {
  phrases: string[];
  status: 'ordered' | 'resulted' | 'planned';
}

export type AnatomyRegion = 'proximal' | 'distal' | 'upper' | 'lower' | 'axial' | 'all' | 'side';

export interface AnatomySiteDef {
  id: string;
  terms: string[];
  region?: AnatomyRegion;
  /** Side carried by the term itself ("RUE", "LLE", "BLE"). */
  laterality?: 'left' | 'right' | 'bilateral';
}

export interface AnatomyData {
  sites: AnatomySiteDef[];
  laterality: { phrases: string[]; value: 'left' | 'right' | 'bilateral' }[];
  /** Phrases that state normal strength without a grade ("strength intact", "full strength"). */
  normalStrength: string[];
  /** Phrases that state reduced strength on exam without a grade ("decreased strength"). */
  reducedStrength: string[];
  /** MRC grades written as words ("trace" 1, "gravity eliminated" 2, "antigravity" 3), read in strength rows. */
  gradeWords: { grade: number; phrases: string[] }[];
  /** Words that introduce a grade ("strength", "power", "motor", "MRC grade"). */
  strengthCues: string[];
  /** Words that make a sentence an exam observation ("on exam", "MMT", "demonstrates"). */
  examCues: string[];
  /** Regions that are a whole limb, one half of the body, or have no side. */
  regionKinds: { limb: AnatomyRegion[]; halfBody: AnatomyRegion[]; unsided: AnatomyRegion[] };
  /** Words of other exam scales (reflexes, pulses, pain) whose numbers are no strength grades. */
  otherScales: {
    /** A row about another exam: its bare numbers are not grades. */
    rowWords: string[];
    /** Right before "4/5": the fraction is that scale's. */
    beforeGrade: string[];
    /** Right after "4/5": a fraction of time or of a count. */
    countedAfter: string[];
  };
}

/** Cue words that qualify findings (a workup item's status: ordered, resulted, planned). */
export interface CuesData {
  workupCues: WorkupCueDef[];
  /** Words that make a weakness mention generalized ("all over", "diffuse", "whole body"). */
  generalizedCues: string[];
  /** Words that mark a mention as the patient's complaint ("reports") or an exam finding ("on exam"). */
  observationCues: { phrases: string[]; observation: 'subjective' | 'objective' }[];
}

export interface CodeRef {
  /** A code ("M62.84"), a family ("G72.-", "M79.1-") or a range of codes ("A39.2-A39.4", "E00-E02"). */
  code: string;
  note?: string;
}

export interface CodeRequirementDef {
  /** Evidence predicate id (a pack's `evidence`). */
  evidence: string;
  label: string;
  /** What to document when missing, with an example sentence. */
  hint: string;
  source: string;
}

export interface CodeDef {
  code: string;
  title: string;
  billable: boolean;
  chapter: number;
  block: string;
  /** Billable children of a header code. */
  children: string[];
  inclusionTerms: string[];
  excludes1: CodeRef[];
  excludes2: CodeRef[];
  codeFirst: CodeRef[];
  /** "Use additional code" notes (G93.3-: post COVID-19 condition U09.9). */
  useAdditionalCode?: CodeRef[];
  /** The checklist items of every pack for this code (lexicon/packs/<pack>/ `checklists`), filled when the lexicon is assembled. */
  requires: CodeRequirementDef[];
  /** Where the facts above come from (tabular excerpt, guideline section, seed). */
  sources: string[];
  /** Deleted or otherwise invalid as of FY2026. */
  invalid?: boolean;
  /** Adverse-effect T-codes: the medication classes (`medication` finding `class`) this code identifies. */
  medicationClasses?: string[];
  /**
   * Finding types that name this code's condition besides the diagnosis terms linked to it ("weakness"
   * for R53.1), optionally only of some distributions: a focal "no focal weakness" does not deny a
   * generalized weakness code.
   */
  conditionFindings?: ConditionFindingDef[];
  /** Z68 codes: the BMI the code stands for (`min` inclusive, `below` exclusive) and whom it is for. */
  bmi?: BmiRangeDef;
  note?: string;
}

export interface BmiRangeDef {
  population: 'adult' | 'pediatric';
  ages: { min: number; max?: number };
  measure: 'kg/m2' | 'percentile-for-age' | 'percent-of-95th-percentile';
  min?: number;
  below?: number;
}

export interface ConditionFindingDef {
  type: 'weakness' | 'fatigue';
  distributions?: ('generalized' | 'focal' | 'unspecified')[];
}

export interface SettingCueDef {
  setting: 'inpatient' | 'outpatient';
  weight: number;
  phrases: string[];
}

export type Hand = 'right' | 'left' | 'ambidextrous';

/** lexicon/coding.yaml: care-setting cues, the wording of a resolved condition, handedness (Guideline I.C.6.a). */
export interface CodingData {
  settingThreshold: number;
  settingCues: SettingCueDef[];
  resolvedCues: string[];
  /** Wording that puts a condition in the past ("history of", "s/p"). */
  historyCues: string[];
  /** Wording by which a symptom is said not to be part of a diagnosis ("not related to"): Guideline I.B.6. */
  unrelatedCues: string[];
  /** Wording with a resolution word that says the condition persists ("not resolved"): wins over resolvedCues. */
  unresolvedCues: string[];
  handedness: { hand: Hand; phrases: string[] }[];
  /** Dominance of the affected side when the note does not state handedness, by affected side (or an ambidextrous patient). */
  dominanceDefaults: Record<Hand, 'dominant' | 'non-dominant'>;
}

/** A phrase set matched in notes with its assertion (lexicon/lab-triggers.yaml `termSets`). */
export interface TermSetDef {
  id: string;
  phrases: string[];
  /** Matched only as written ("SZC", "MMA"). */
  caseSensitive?: string[];
  /** Longer phrases that contain a term but are not this set ("hemolysis labs"). */
  pseudo?: string[];
  /** The mention does not count when its sentence has one of these (another stated purpose). */
  notInSentenceWith?: string[];
  /** The mention does not count when a number follows it ("repeat K 3.3" is a result, not an order). */
  notFollowedByNumber?: boolean;
  /** The mention counts only when a number follows within three tokens ("on the floor ~14 h": a stated duration). */
  numberFollows?: boolean;
}

export type ThresholdOp = 'lt' | 'le' | 'gt' | 'ge';

/** A lab threshold: exactly one of value, timesUpperLimit, range. */
/** A possible-dx trigger and its thresholds: the shape is the pack schema's (src/lexicon/pack-schema.ts). */
export type LabTriggerDef = v.InferOutput<typeof labTriggerSchema>;
export type LabThresholdDef = LabTriggerDef['abnormal'];

/** Term sets shared by every pack (lexicon/lab-triggers.yaml) plus the packs' own, merged when the lexicon is assembled. */
export interface LabTriggersData {
  termSets: TermSetDef[];
}

export interface QueryOptionDef {
  text: string;
  /** Shown only when one of these conditions holds. */
  if?: string[];
  /** Hidden when one of these conditions holds. */
  unless?: string[];
}

export interface QueryTemplateDef {
  id: string;
  form: 'choice' | 'confirm';
  /** Rules whose diagnostics this question serves (`code`: only for that chosen code). */
  usedBy?: { rule: string; code?: string }[];
  /** Evidence predicates or term sets whose spans are quoted as indicators, after the rule's own. */
  indicators?: string[];
  question: string;
  asks?: { rule: string; text: string; unless?: string[] }[];
  options?: QueryOptionDef[];
}

export interface QueryFrameDef {
  indicatorsHeader: string;
  other: string;
  undetermined: string;
  yes: string;
  no: string;
  unableToDetermine: string;
  closing: string;
}

export interface QueriesData {
  frame: QueryFrameDef;
  forbiddenWords: string[];
  /** Evidence kinds, strongest first: finding types, and `treatment` for term-set mentions. */
  indicatorOrder: string[];
  /** Words that date a value on its line ("on admission", "POD 2"). */
  timeLabels: string[];
  queries: QueryTemplateDef[];
}

export interface LexiconData {
  sections: SectionsData;
  context: ContextData;
  labs: LabsData;
  diagnoses: DiagnosesData;
  anatomy: AnatomyData;
  cues: CuesData;
  coding: CodingData;
  findings: TermFindingData[];
  codes: CodeDef[];
  labTriggers: LabTriggersData;
  queries: QueriesData;
  /** Inflected variants generated at build time, keyed by the written term. */
  inflections: Record<string, string[]>;
  /** The condition packs (lexicon/packs/<pack>/), in id order. */
  packs: PackData[];
}

export type { WorkupCategory };
