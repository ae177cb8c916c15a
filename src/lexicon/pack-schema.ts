/**
 * The schema of a condition pack (lexicon/packs/<pack>/*.yaml), in valibot so the TypeScript types
 * are inferred from it. A pack is one folder; its files are parts of one object (each top-level key
 * in one file only), so a pack may keep everything in pack.yaml or split rules, queries and tests.
 * Keys are closed: an unknown key, a bad enum value or a missing field is an error naming the file
 * and the field. Cross-references (codes, evidence ids, analytes, finding types, term sets, queries)
 * are checked when the lexicon is assembled (src/lexicon/pack-checks.ts).
 */
import * as v from 'valibot';
import { isIcd10cmCodeOrFamily, isIcd10cmRange } from '../codes/icd10cm.ts';

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be a kebab-case id (a-z, 0-9, "-", ".")'));
const codeRef = v.pipe(v.string(), v.check(isIcd10cmCodeOrFamily, 'must be an ICD-10-CM code or family (a letter, a digit, a letter or digit, optionally a dot and up to four more; a family ends in "-")'));
/** A code, family or range ("C00-D49": a "code first neoplasm" note names a whole block). */
const codeOrRangeRef = v.pipe(
  v.string(),
  v.check((s) => isIcd10cmCodeOrFamily(s) || isIcd10cmRange(s), 'must be an ICD-10-CM code, family or range (two codes joined by a hyphen)'),
);
const severity = v.picklist(['error', 'warning', 'info']);
const diagnosticKind = v.picklist(['lacking-evidence', 'conflicting-codes', 'better-code', 'possible-dx', 'sequencing', 'invalid-code']);
const list = <T extends v.GenericSchema>(item: T) => v.array(item);

/** How a finding's assertion must read: see src/engine/evidence/selectors.ts `ASSERTION_TESTS`. */
export const ASSERTION_MODES = ['affirmed', 'current', 'confirmed', 'patient', 'not-negated', 'not-historical', 'negated', 'any'] as const;

const comparison = v.strictObject({
  lt: v.optional(v.number()),
  le: v.optional(v.number()),
  gt: v.optional(v.number()),
  ge: v.optional(v.number()),
  eq: v.optional(v.union([v.number(), v.string(), v.boolean()])),
  in: v.optional(list(v.union([v.number(), v.string()]))),
  exists: v.optional(v.boolean()),
});

/**
 * One kind of finding with conditions on its attributes (`{finding: lab, analyte: potassium, below: low}`),
 * or the mentions of a term set (`{termSet: fluid-restriction, assertion: current}`).
 */
export const selectorSchema = v.pipe(v.strictObject({
  finding: v.optional(text),
  /** The phrases of a term set (lexicon/lab-triggers.yaml or a pack's `termSets`), with their assertion. */
  termSet: v.optional(id),
  assertion: v.optional(v.picklist(ASSERTION_MODES)),
  /** Attribute conditions: a value (equality), a list (one of) or a comparison. */
  where: v.optional(v.record(v.string(), v.union([v.string(), v.number(), v.boolean(), list(v.union([v.string(), v.number()])), comparison]))),
  /** Lab shorthand: the analyte id (lexicon/labs.yaml). */
  analyte: v.optional(id),
  /** Lab shorthand: below `low` (the reference range) or a number in the analyte's canonical unit. */
  below: v.optional(v.union([v.literal('low'), v.number()])),
  above: v.optional(v.union([v.literal('high'), v.number()])),
  /** Lab shorthand: the patient's current value (not a baseline or an earlier value of a series). */
  current: v.optional(v.boolean()),
  /**
   * Lab series shorthand (src/engine/evidence/lab-series.ts): the analyte fell by at least this much
   * (canonical unit) from an earlier result of the encounter, or a stated baseline, to a later one.
   */
  fall: v.optional(v.pipe(v.number(), v.minValue(0))),
  /**
   * With `fall`: a value from before this encounter's results (a baseline, prior or pre-op value) is
   * the earlier one only when the dates prove it at most this many days before the later one; an
   * undated pre-op value still counts, an undated baseline does not (anemia.md: "a pre-op/baseline
   * value dated <= 7 days before").
   */
  fallBaselineDays: v.optional(v.pipe(v.number(), v.gtValue(0))),
  /**
   * Lab series shorthand: a later result at least `by` above an earlier one (canonical unit); with
   * `withinHours`, both timed and at most that far apart (KDIGO: 0.3 mg/dL within 48 h).
   */
  rise: v.optional(v.strictObject({ by: v.pipe(v.number(), v.gtValue(0)), withinHours: v.optional(v.pipe(v.number(), v.gtValue(0))) })),
  /**
   * Lab series shorthand: a result at least `atLeast` x the series baseline (a stated baseline; else a
   * prior value or the encounter's lowest, within the windows of lexicon/labs.yaml `baseline`). KDIGO: 1.5 x.
   */
  ratio: v.optional(v.strictObject({ atLeast: v.pipe(v.number(), v.gtValue(1)) })),
  /**
   * Lab series shorthand: at least `minResults` values (baseline and prior values included), the
   * highest below `ratioBelow` x the lowest and less than `deltaBelow` above it (values that do not move).
   */
  stable: v.optional(
    v.strictObject({
      minResults: v.pipe(v.number(), v.integer(), v.minValue(2)),
      ratioBelow: v.pipe(v.number(), v.gtValue(1)),
      deltaBelow: v.pipe(v.number(), v.gtValue(0)),
    }),
  ),
  /** Diagnosis findings whose concept is in this concept set (the pack's `conceptSets`). */
  concepts: v.optional(id),
  /** Registered finding tests (src/engine/evidence/finding-tests.ts), all of which must hold. */
  test: v.optional(list(id)),
  /**
   * Written where one of these roles is the author (src/engine/evidence/authors.ts): findings and term
   * set mentions alike (Guideline I.B.14: a diagnosis counts only from the provider). Roles are
   * checked against AUTHOR_ROLES when the lexicon is assembled.
   */
  author: v.optional(v.pipe(list(id), v.minLength(1))),
}), v.check((s) => (s.finding === undefined) !== (s.termSet === undefined), 'needs exactly one of finding, termSet'));

export type SelectorDef = v.InferOutput<typeof selectorSchema>;

/** Met when at least `count` of `of` are met ("at least 2 of the 6 ASPEN characteristics"). */
export interface AtLeastDef {
  count: number;
  of: (SelectorDef | PredicateDef)[];
}

export interface PredicateDef {
  anyOf?: (SelectorDef | PredicateDef)[];
  atLeast?: AtLeastDef;
  allOf?: (SelectorDef | PredicateDef)[];
  /** Met when none of these is met (contributes no evidence). */
  noneOf?: (SelectorDef | PredicateDef)[];
  /** With allOf: every part must hold within one sentence ("rhabdomyolysis secondary to simvastatin"). */
  sameSentence?: boolean;
  /**
   * With allOf: every part's lab values come from one blood draw (src/engine/evidence/lab-series.ts
   * sameDraw: the same time, the same table column or draw label, else the same sentence or block of
   * result lines; values of different days never are). Parts with no lab value hold as they are.
   */
  sameDraw?: boolean;
  /** A predicate written in TypeScript (src/engine/evidence/registered.ts), where data cannot say it. */
  registered?: string;
  /** A predicate defined elsewhere (in any pack), by id. */
  ref?: string;
}

const atLeastSchema: v.GenericSchema<AtLeastDef> = v.strictObject({
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  of: v.pipe(list(v.union([selectorSchema, v.lazy(() => predicateSchema)])), v.minLength(2)),
});

const predicateSchema: v.GenericSchema<PredicateDef> = v.strictObject({
  anyOf: v.optional(list(v.union([selectorSchema, v.lazy(() => predicateSchema)]))),
  atLeast: v.optional(atLeastSchema),
  allOf: v.optional(list(v.union([selectorSchema, v.lazy(() => predicateSchema)]))),
  noneOf: v.optional(list(v.union([selectorSchema, v.lazy(() => predicateSchema)]))),
  sameSentence: v.optional(v.boolean()),
  sameDraw: v.optional(v.boolean()),
  registered: v.optional(id),
  ref: v.optional(id),
});

const evidenceDef = v.strictObject({
  description: v.optional(text),
  anyOf: v.optional(list(v.union([selectorSchema, predicateSchema]))),
  atLeast: v.optional(atLeastSchema),
  allOf: v.optional(list(v.union([selectorSchema, predicateSchema]))),
  noneOf: v.optional(list(v.union([selectorSchema, predicateSchema]))),
  sameSentence: v.optional(v.boolean()),
  sameDraw: v.optional(v.boolean()),
  registered: v.optional(id),
});
export type EvidenceDef = v.InferOutput<typeof evidenceDef>;

const checklistItem = v.strictObject({
  evidence: id,
  label: text,
  hint: text,
  source: v.optional(text),
});

/** An operator and exactly one of a fixed value, a multiple of the upper limit, or the range. */
const threshold = v.pipe(
  v.strictObject({
    op: v.picklist(['lt', 'le', 'gt', 'ge']),
    value: v.optional(v.number()),
    timesUpperLimit: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(100))),
    range: v.optional(v.literal(true)),
    /**
     * With `value`: the limit for a patient the note states is male, female (not pregnant) or pregnant
     * (WHO anemia cut-offs differ by sex and pregnancy); `value` is the limit when the note states neither.
     */
    bySex: v.optional(v.strictObject({ male: v.optional(v.number()), female: v.optional(v.number()), pregnant: v.optional(v.number()) })),
  }),
  v.check((t) => [t.value, t.timesUpperLimit, t.range].filter((x) => x !== undefined).length === 1, 'needs exactly one of value, timesUpperLimit, range: true'),
  v.check((t) => t.bySex === undefined || t.value !== undefined, 'bySex needs a value (the limit when sex is unknown)'),
);

/** An operator and a fixed value in the analyte's conventional unit. */
const fixedThreshold = v.strictObject({ op: v.picklist(['lt', 'le', 'gt', 'ge']), value: v.number() });

/** A possible-dx trigger over one analyte's values (kind possible-dx-from-values). */
export const labTriggerSchema = v.strictObject({
  id: id,
  analyte: id,
  direction: v.picklist(['low', 'high']),
  abnormal: threshold,
  significantAlone: v.optional(threshold),
  conversions: v.optional(list(v.strictObject({ unit: text, factor: v.number() }))),
  significance: v.strictObject({
    termSets: v.optional(list(id)),
    citedInAssessment: v.optional(v.boolean()),
    minResults: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2))),
    /** `minResults` counts only results whose written times prove they lie within this many hours (">= 3 Hgb in 24 h"). */
    minResultsWithinHours: v.optional(v.pipe(v.number(), v.minValue(1))),
    companionLabs: v.optional(list(v.strictObject({ analyte: id, flag: v.picklist(['low', 'high']) }))),
    conditions: v.optional(list(id)),
  }),
  spurious: v.optional(list(id)),
  /**
   * Term sets by which the provider, in a result's own sentence, judges the value as needing nothing
   * ("post-op Hgb 11.4, expected, no symptoms"): that result neither triggers nor makes the trigger
   * significant (anemia.md: an expected post-op fall without a listed response is not queried).
   */
  judgedInSentence: v.optional(list(id)),
  normalRepeatClears: v.optional(v.boolean()),
  /**
   * The latest result of the series (by time, else text order: src/engine/evidence/lab-series.ts) must
   * be abnormal, not just one of them (anemia.md possible-acute-blood-loss-anemia: "latest Hgb below
   * threshold"): a low value that has since recovered asks nothing.
   */
  latestAbnormal: v.optional(v.boolean()),
  /**
   * A value corrected by another analyte: `corrected = value + factor x (other - base)` when the other
   * analyte meets `when` (sodium for hyperglycemia: + 1.6 per 100 mg/dL of glucose above 100). A result
   * whose corrected value is no longer abnormal does not count. The other value is the one in the
   * result's sentence, else the nearest in its section; none there, no correction.
   */
  correctedFor: v.optional(list(v.strictObject({ analyte: id, when: fixedThreshold, factor: v.number(), base: v.number() }))),
  /** Evidence predicates (pack `evidence` ids) that must all hold too: the other results a pattern needs. Their spans join the indicators. */
  alsoRequires: v.optional(list(id)),
  documentedBy: list(id),
  excludedBy: v.optional(
    v.strictObject({
      concepts: v.optional(list(id)),
      termSets: v.optional(list(id)),
      /** Evidence predicates (pack `evidence` ids): a drug in the medication list, a documented condition. */
      evidence: v.optional(list(id)),
      /** Chosen codes (or families) that explain the value otherwise. */
      codes: v.optional(list(codeRef)),
    }),
  ),
  /**
   * Grade bands of the worst result, for the message only (`{grade}`): the first band the value meets
   * names it; a value outside every band is `ungraded`.
   */
  grades: v.optional(v.strictObject({ bands: v.pipe(list(v.strictObject({ op: v.picklist(['lt', 'le', 'gt', 'ge']), value: v.number(), label: text })), v.minLength(1)), ungraded: text })),
  suggests: id,
  query: id,
  /**
   * Evidence predicates (pack `evidence` ids): when one holds, the possible-dx is a warning at the rule's
   * default level (packs/README.md: warning only where a pack says so, e.g. a transfusion given for it).
   */
  warningWhen: v.optional(list(id)),
});

const ruleBase = {
  id,
  severity,
  description: text,
  sources: v.pipe(list(text), v.minLength(1, 'must name at least one source')),
  messages: v.record(v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*$/, 'message ids are camelCase')), text),
  /** Chosen codes the rule is about; empty when it reads the whole note. */
  codes: v.optional(list(codeRef), []),
  /** Documentation hints by name, for rules that need wording beyond their messages. */
  hints: v.optional(v.record(v.string(), text)),
  note: v.optional(text),
};

export const ruleSchema = v.variant('kind', [
  v.strictObject({
    ...ruleBase,
    kind: v.literal('requires-evidence'),
    /** The evidence (the pack's `evidence` ids) that satisfies the requirement. */
    evidence: id,
    /** What the diagnostic quotes when the evidence is missing (default: the pack's anchors). */
    indicators: v.optional(id),
    /** Evidence that contradicts the code: raises the severity one step (message `contradicted`). */
    contradictedBy: v.optional(id),
    /** The documentation hint; default: the checklist item of the code and evidence. */
    hint: v.optional(text),
    /**
     * For these chosen codes (each covered by the rule's `codes`), this evidence instead of `evidence`:
     * a milder grade needs less (mild malnutrition E44.1: one ASPEN characteristic at moderate level).
     */
    evidenceByCode: v.optional(list(v.strictObject({ codes: v.pipe(list(codeRef), v.minLength(1)), evidence: id }))),
  }),
  v.strictObject({
    ...ruleBase,
    kind: v.literal('possible-dx-from-values'),
    triggers: v.pipe(list(labTriggerSchema), v.minLength(1)),
    /**
     * A catch-all: its possible-dx about a value yields to any other rule's possible-dx about the same
     * value (packs/README.md: one lab finding, at most one possible-dx; the pack rule wins).
     */
    fallback: v.optional(v.boolean()),
  }),
  v.strictObject({
    ...ruleBase,
    kind: v.literal('possible-dx-from-findings'),
    /** The findings that suggest the diagnosis (quoted as the query's indicators). */
    when: id,
    /** Evidence that explains the findings otherwise or makes a query pointless. */
    unless: v.optional(list(id), []),
    /** Evidence that the diagnosis is already documented. */
    documentedBy: v.optional(id),
    /** The codes the diagnosis would take (a chosen one means it is coded). */
    suggest: v.pipe(list(codeRef), v.minLength(1)),
    /**
     * false: the codes only tell when the question is answered, and none is offered, because the
     * provider's answer decides between them (traumatic T79.6- or nontraumatic M62.82 rhabdomyolysis).
     */
    suggestCodes: v.optional(v.boolean(), true),
    reason: text,
    query: id,
    /**
     * Evidence (any of these) that the condition is already being treated (dialysis started for a
     * suspected AKI, a dietitian's diagnosis with nutrition support under way): the diagnostic is then a
     * warning, the highest a possible-dx may be (packs README "Severity defaults"); as `warningWhen` of
     * a possible-dx-from-values trigger.
     */
    warningWhen: v.optional(list(id)),
  }),
  v.strictObject({ ...ruleBase, kind: v.literal('excludes1') }),
  v.strictObject({ ...ruleBase, kind: v.literal('invalid-code') }),
  v.strictObject({
    ...ruleBase,
    kind: v.literal('symptom-integral'),
    /**
     * The pack's own symptom/diagnosis pairs (I.B.5): these symptom codes are integral to these
     * diagnosis codes. Without pairs the rule reads `integralSymptoms` of lexicon/diagnoses.yaml.
     */
    pairs: v.optional(
      list(
        v.strictObject({
          symptoms: v.pipe(list(codeRef), v.minLength(1)),
          diagnoses: v.pipe(list(codeRef), v.minLength(1)),
          /**
           * Only when the note documents this (a pack evidence id): a symptom code that covers many findings
           * (R79.89, other abnormal blood chemistry) is integral only when it stands for the one the diagnosis
           * explains (an abnormal creatinine with AKI).
           */
          when: v.optional(id),
        }),
      ),
    ),
  }),
  v.strictObject({
    ...ruleBase,
    kind: v.literal('contradiction'),
    pairs: v.pipe(list(v.strictObject({ codes: v.pipe(list(codeRef), v.length(2)), why: text })), v.minLength(1)),
  }),
  v.strictObject({
    ...ruleBase,
    kind: v.literal('specificity'),
    upgrades: v.pipe(
      list(
        v.strictObject({
          /** The chosen code(s) that could be more specific; none = the rule looks at the note alone. */
          from: list(codeRef),
          /** The documentation that supports the better code. */
          when: id,
          /** Codes to suggest; none when the exact code is the coder's (an adverse-effect T code), then `unlessChosen` says what answers it. */
          suggest: list(codeRef),
          /** Suggestion reason ("documented: ..." is added by the engine). */
          reason: text,
          /** A different severity for this upgrade (error when the classification requires it). */
          severity: v.optional(severity),
          /** Message id; default `better`. */
          message: v.optional(id),
          /**
           * The suggested code replaces the chosen one (an Excludes1 counterpart: E22.2 for E87.1): the
           * rule also fires when both are chosen, since the `from` code must go.
           */
          replace: v.optional(v.boolean()),
          /** Silent when one of these codes is chosen (the documentation is already coded another way). */
          unlessChosen: v.optional(list(codeRef)),
          /** Only when one of these codes is chosen too: a combination (D64.9 beside an N18 code is anemia in CKD; I10 beside N18.x is I12.-). */
          withChosen: v.optional(list(codeRef)),
          /**
           * A query template (the pack's `queries`) the diagnostic offers, quoting the `when` evidence:
           * the documentation points to a better code but only the provider can say which.
           */
          query: v.optional(id),
        }),
      ),
      v.minLength(1),
    ),
  }),
  v.strictObject({
    ...ruleBase,
    kind: v.literal('sequencing'),
    /** A code that must not be first or alone: its "code first" partner comes first. */
    codeFirst: v.optional(
      list(
        v.strictObject({
          /** The code that must follow its partner; a range ("C00-D49") when a whole block must follow. */
          code: codeOrRangeRef,
          first: list(codeOrRangeRef),
          /** Only when the note documents this (a pack evidence id): a poisoning goes first only when an overdose is documented. */
          when: v.optional(id),
          /** Only the order matters: no diagnostic when no partner is chosen (a sign whose cause may be coded first). */
          orderOnly: v.optional(v.boolean()),
          /**
           * A "code also" note: the partner must be chosen, in any order; a missing partner is reported at the
           * rule's own severity (N17 "code also the associated underlying condition").
           */
          codeAlso: v.optional(v.boolean()),
        }),
      ),
      [],
    ),
    /**
     * Codes that are never first-listed (principal or first-listed diagnosis), whatever else is chosen:
     * "secondary only" codes such as BMI (Z68, Guideline I.B.14). Message `first`.
     */
    secondaryOnly: v.optional(list(codeRef), []),
  }),
  v.strictObject({
    ...ruleBase,
    kind: v.literal('custom'),
    /** The diagnostic kind the custom rule reports. */
    type: diagnosticKind,
    /** Data the rule's TypeScript (src/engine/rules/custom/<id>.ts) reads: code lists, concept sets, numbers. */
    params: v.optional(v.record(v.string(), v.unknown())),
  }),
]);
export type RuleDef = v.InferOutput<typeof ruleSchema>;

const queryOption = v.strictObject({ text, if: v.optional(list(id)), unless: v.optional(list(id)) });
export const queryTemplateSchema = v.strictObject({
  id,
  form: v.picklist(['choice', 'confirm']),
  usedBy: v.optional(list(v.strictObject({ rule: id, code: v.optional(codeRef) }))),
  indicators: v.optional(list(id)),
  question: text,
  asks: v.optional(list(v.strictObject({ rule: id, text, unless: v.optional(list(id)) }))),
  options: v.optional(list(queryOption)),
});

export const termSetSchema = v.strictObject({
  id,
  phrases: list(text),
  caseSensitive: v.optional(list(text)),
  pseudo: v.optional(list(text)),
  notInSentenceWith: v.optional(list(text)),
  onlyInSentenceWith: v.optional(list(text)),
  notFollowedByNumber: v.optional(v.boolean()),
  /** Counts only when a number follows within three tokens ("on the floor ~14 h"). */
  numberFollows: v.optional(v.boolean()),
});

/** A table test the unit suite runs: the note, its codes and setting, and what must (not) fire. */
export const packTestSchema = v.strictObject({
  name: v.optional(text),
  note: text,
  codes: v.optional(list(text), []),
  setting: v.optional(v.picklist(['inpatient', 'outpatient'])),
  age: v.optional(v.number()),
  expect: v.optional(list(id), []),
  notExpect: v.optional(list(id), []),
});

/** Every key a pack file may hold; a pack's files together must give `id`, `title` and `description`. */
export const packPartSchema = v.strictObject({
  id: v.optional(id),
  title: v.optional(text),
  description: v.optional(text),
  sources: v.optional(list(text)),
  /** The pack's codes (in lexicon/codes), headers included. */
  codes: v.optional(list(codeRef)),
  /** What a diagnostic about a chosen code quotes and points at when the rule has no evidence of its own. */
  anchors: v.optional(id),
  /** Named sets of diagnosis concepts (lexicon/diagnoses.yaml), e.g. the neurologic causes of weakness. */
  conceptSets: v.optional(v.record(id, list(id))),
  /**
   * Named sets of codes shared by several rules of any pack (the weakness family that most weakness
   * rules stand back for), so that code knowledge is data: a code names itself, a family ("R53.-")
   * covers its codes. Ids are unique across packs; read with `inCodeSet` (rules/support/codes.ts).
   */
  codeSets: v.optional(v.record(id, v.pipe(list(codeRef), v.minLength(1, 'a code set needs at least one code')))),
  /** Named evidence predicates; ids are unique across packs. */
  evidence: v.optional(v.record(id, evidenceDef)),
  /** Checklist items per code: what the popup and report show as met or missing. */
  checklists: v.optional(v.record(codeRef, list(checklistItem))),
  termSets: v.optional(list(termSetSchema)),
  rules: v.optional(list(ruleSchema)),
  queries: v.optional(list(queryTemplateSchema)),
  tests: v.optional(list(packTestSchema)),
  /**
   * Possible-dx rules (this pack's or another's) from the most to the least specific: when several
   * speak about one lab value, only the first listed reports (possible-siadh before possible-hyponatremia).
   */
  precedence: v.optional(list(id)),
});
export type PackPart = v.InferOutput<typeof packPartSchema>;

export type PackData = Required<Pick<PackPart, 'id' | 'title' | 'description'>> &
  Required<Omit<PackPart, 'id' | 'title' | 'description' | 'anchors'>> & { anchors?: string };
