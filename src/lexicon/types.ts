/**
 * Shapes of the lexicon data (lexicon/*.yaml), after validation. The build compiles the YAML into
 * one `LexiconData` object (src/lexicon/generated/lexicon.ts); the engine compiles that into matchers.
 */
import type { Assertion, AssertionCategory, WorkupCategory } from '../engine/types.ts';

export type ContextDirection = 'forward' | 'backward' | 'bidirectional';

export interface ContextTriggerDef {
  phrases: string[];
  category: AssertionCategory;
  direction: ContextDirection;
  /** Longest scope in tokens; the sentence (or a termination) ends it earlier. */
  maxScope?: number;
  /** Where the trigger came from or why it is here (for reviewers). */
  note?: string;
}

export interface ContextTerminationDef {
  phrases: string[];
  /** Categories whose scope this ends; all when absent. */
  categories?: AssertionCategory[];
}

export interface ContextData {
  triggers: ContextTriggerDef[];
  /** Phrases that look like triggers but are not ("no increase", "gram negative"). */
  pseudo: string[];
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
  /** Units the value may be written in (normalised lower case). */
  units: string[];
  refLow?: number;
  refHigh?: number;
  /** Plausible value bounds: a number outside them is not this analyte's value. */
  min?: number;
  max?: number;
}

export interface LabsData {
  analytes: LabAnalyteDef[];
  /** Words after a value that flag it ("L", "low", "H", "high", "elevated"). */
  flags: { phrases: string[]; flag: 'low' | 'high' | 'normal' }[];
}

export interface DiagnosisDef {
  concept: string;
  terms: string[];
  /** ICD-10-CM codes or families ("I50.-"). */
  codes: string[];
  category: string;
  /** A confirmed diagnosis that explains weakness or fatigue (symptom-with-definitive-dx). */
  explainsWeakness: boolean;
  /** A neurological cause of weakness (neurologic-cause-mismatch). */
  neurologic: boolean;
  /** A musculoskeletal etiology of muscle weakness (weakness-etiology). */
  mskEtiology: boolean;
  /** The abnormal lab that suggests this diagnosis (abnormal-lab-without-dx). */
  suggestedBy?: { analyte: string; flag: 'low' | 'high'; /** times the upper limit, for CK. */ factor?: number }[];
}

export interface DiagnosesData {
  diagnoses: DiagnosisDef[];
}

/** Attribute values a finding term may carry; each finding file restricts the keys. */
export type TermAttributeValue = string | number | boolean;

export interface TermEntry {
  terms: string[];
  attributes: Record<string, TermAttributeValue>;
}

export interface TermFindingData {
  type: TermFindingType;
  entries: TermEntry[];
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
  | 'strength-test';

export interface WorkupCueDef {
  phrases: string[];
  status: 'ordered' | 'resulted' | 'planned';
}

export interface AnatomySiteDef {
  id: string;
  terms: string[];
  region?: 'proximal' | 'distal' | 'upper' | 'lower' | 'axial' | 'all' | 'side';
}

export interface AnatomyData {
  sites: AnatomySiteDef[];
  laterality: { phrases: string[]; value: 'left' | 'right' | 'bilateral' }[];
  /** Phrases that state normal strength without a grade ("strength intact", "full strength"). */
  normalStrength: string[];
  /** Phrases that state reduced strength on exam without a grade ("decreased strength"). */
  reducedStrength: string[];
  /** Words that introduce a grade ("strength", "power", "motor", "MRC grade"). */
  strengthCues: string[];
}

/** Cue words that qualify findings (a workup item's status: ordered, resulted, planned). */
export interface CuesData {
  workupCues: WorkupCueDef[];
}

export interface CodeRef {
  /** A code ("M62.84") or a family ("G72.-", "M79.1-"). */
  code: string;
  note?: string;
}

export interface CodeRequirementDef {
  /** Evidence predicate id, implemented in src/engine/evidence.ts. */
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
  requires: CodeRequirementDef[];
  /** Where the facts above come from (tabular excerpt, guideline section, seed). */
  sources: string[];
  /** Deleted or otherwise invalid as of FY2026. */
  invalid?: boolean;
  note?: string;
}

export interface LexiconData {
  sections: SectionsData;
  context: ContextData;
  labs: LabsData;
  diagnoses: DiagnosesData;
  anatomy: AnatomyData;
  cues: CuesData;
  findings: TermFindingData[];
  codes: CodeDef[];
  /** Inflected variants generated at build time, keyed by the written term. */
  inflections: Record<string, string[]>;
}

export type { WorkupCategory };
