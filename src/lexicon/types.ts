/**
 * Shapes of the lexicon data (lexicon/*.yaml), after validation: inferred from the schemas
 * (src/lexicon/schemas/), so a field added to a schema is a field of its type. The build compiles the
 * YAML into one `LexiconData` object (src/lexicon/generated/lexicon.ts); the engine compiles that
 * into matchers. Type-only imports: nothing of the validator reaches a bundle through this file.
 */
import type * as v from 'valibot';
import type { WorkupCategory } from '../engine/types.ts';
import type { labTriggerSchema, PackData } from './pack-schema.ts';
import type { anatomySchema, anatomySiteSchema } from './schemas/anatomy.ts';
import type { bmiRangeSchema, codeRefSchema, codeSchema, conditionFindingSchema } from './schemas/codes.ts';
import type { codingSchema, settingCueSchema } from './schemas/coding.ts';
import type { contextSchema, contextTerminationSchema, contextTriggerSchema } from './schemas/context.ts';
import type { cuesSchema, workupCueSchema } from './schemas/cues.ts';
import type { diagnosesSchema, diagnosisSchema } from './schemas/diagnoses.ts';
import type { anyFindingFileSchema, functionLimiterSchema, TermAttributeValue, TermFindingType } from './schemas/findings.ts';
import type { labTriggersSchema, termSetSchema } from './schemas/lab-triggers.ts';
import type { labAnalyteSchema, labBaselineWindowsSchema, labQualitativeSchema, labsSchema } from './schemas/labs.ts';
import type { queriesSchema, queryTemplateSchema } from './schemas/queries.ts';
import type { sectionSchema, sectionsSchema } from './schemas/sections.ts';
import type { valuesSchema } from './schemas/values.ts';

export type { TermAttributeValue, TermFindingType, WorkupCategory };

export type ContextData = v.InferOutput<typeof contextSchema>;
export type ContextTriggerDef = v.InferOutput<typeof contextTriggerSchema>;
export type ContextTerminationDef = v.InferOutput<typeof contextTerminationSchema>;
/** A trigger's category: an assertion flag, or `current` (residual, sequela) or `recent` (new, acute). */
export type ContextCategory = ContextTriggerDef['category'];

export type SectionsData = v.InferOutput<typeof sectionsSchema>;
export type SectionDef = v.InferOutput<typeof sectionSchema>;
export type SectionRole = SectionDef['role'];

export type LabsData = v.InferOutput<typeof labsSchema>;
export type LabAnalyteDef = v.InferOutput<typeof labAnalyteSchema>;
export type LabQualitativeDef = v.InferOutput<typeof labQualitativeSchema>;
export type LabBaselineWindows = v.InferOutput<typeof labBaselineWindowsSchema>;

export type DiagnosesData = v.InferOutput<typeof diagnosesSchema>;
export type DiagnosisDef = v.InferOutput<typeof diagnosisSchema>;

type FindingFile = v.InferOutput<typeof anyFindingFileSchema>;
/** A finding term list entry; `attributes` is always present once the lexicon is assembled ({} when the file gives none). */
export type TermEntry = Omit<FindingFile['entries'][number], 'attributes'> & { attributes: Record<string, TermAttributeValue> };
export type TermFindingData = Omit<FindingFile, 'entries'> & { entries: TermEntry[] };
export type FunctionLimiterDef = v.InferOutput<typeof functionLimiterSchema>;

export type AnatomyData = v.InferOutput<typeof anatomySchema>;
export type AnatomySiteDef = v.InferOutput<typeof anatomySiteSchema>;

/** Cue words that qualify findings (a workup item's status: ordered, resulted, planned). */
export type CuesData = v.InferOutput<typeof cuesSchema>;
export type WorkupCueDef = v.InferOutput<typeof workupCueSchema>;

export type CodeRef = v.InferOutput<typeof codeRefSchema>;
export type BmiRangeDef = v.InferOutput<typeof bmiRangeSchema>;
export type ConditionFindingDef = v.InferOutput<typeof conditionFindingSchema>;

/** A checklist item of a code, from the packs (lexicon/packs/<pack>/ `checklists`). */
export interface CodeRequirementDef {
  /** Evidence predicate id (a pack's `evidence`). */
  evidence: string;
  label: string;
  /** What to document when missing, with an example sentence. */
  hint: string;
  source: string;
}

export type CodeDef = v.InferOutput<typeof codeSchema> & {
  /** The checklist items of every pack for this code, filled when the lexicon is assembled. */
  requires: CodeRequirementDef[];
};

/** lexicon/coding.yaml: care-setting cues, the wording of a resolved condition, handedness (Guideline I.C.6.a). */
export type CodingData = v.InferOutput<typeof codingSchema>;
export type SettingCueDef = v.InferOutput<typeof settingCueSchema>;
export type Hand = CodingData['handedness'][number]['hand'];

/** A phrase set matched in notes with its assertion (lexicon/lab-triggers.yaml `termSets`, and the packs'). */
export type TermSetDef = v.InferOutput<typeof termSetSchema>;
/** Term sets shared by every pack (lexicon/lab-triggers.yaml) plus the packs' own, merged when the lexicon is assembled. */
export type LabTriggersData = v.InferOutput<typeof labTriggersSchema>;

/** A possible-dx trigger and its thresholds: the shape is the pack schema's (src/lexicon/pack-schema.ts). */
export type LabTriggerDef = v.InferOutput<typeof labTriggerSchema>;
export type LabThresholdDef = LabTriggerDef['abnormal'];

export type QueriesData = v.InferOutput<typeof queriesSchema>;
export type QueryTemplateDef = v.InferOutput<typeof queryTemplateSchema>;

/** lexicon/values.yaml: bounds of the values read without a term file (the patient's age). */
export type ValuesData = v.InferOutput<typeof valuesSchema>;

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
  values: ValuesData;
  /** Inflected variants generated at build time, keyed by the written term. */
  inflections: Record<string, string[]>;
  /** The condition packs (lexicon/packs/<pack>/), in id order. */
  packs: PackData[];
}
