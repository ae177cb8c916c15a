/**
 * The lexicon as the engine uses it: the validated data plus matchers and indexes built once.
 * `compileLexicon` takes any LexiconData (tests pass their own); `defaultLexicon` compiles the
 * bundled data on first use.
 */
import type { EvidenceDef } from '../lexicon/pack-schema.ts';
import { LEXICON_DATA } from '../lexicon/generated/lexicon.ts';
import type {
  AnatomySiteDef,
  CodeDef,
  ContextTerminationDef,
  ContextTriggerDef,
  DiagnosisDef,
  LabAnalyteDef,
  LexiconData,
  SectionDef,
  Hand,
  SettingCueDef,
  TermEntry,
  WorkupCueDef,
} from '../lexicon/types.ts';
import { PhraseMatcher } from './matcher.ts';

export type ContextPayload =
  | { kind: 'trigger'; trigger: ContextTriggerDef }
  | { kind: 'pseudo' }
  | { kind: 'companion' }
  | { kind: 'termination'; termination: ContextTerminationDef };

export interface CompiledLexicon {
  data: LexiconData;
  codes: Map<string, CodeDef>;
  /** Every pack's evidence predicates by id (lexicon/packs/<pack>/ `evidence`). */
  evidence: Map<string, EvidenceDef>;
  /** Every pack's concept sets by id: named sets of diagnosis concepts. */
  conceptSets: Map<string, Set<string>>;
  /** Every pack's code sets by id (codes and families): see rules/support/codes.ts `inCodeSet`. */
  codeSets: Map<string, readonly string[]>;
  diagnoses: Map<string, DiagnosisDef>;
  analytes: Map<string, LabAnalyteDef>;
  sections: Map<string, SectionDef>;
  sectionHeaders: PhraseMatcher<SectionDef>;
  /**
   * Strength-test terms ("grip strength", "timed up and go"). The other term types and the
   * diagnoses have their own scanners in extract/terms/, which also handle case and look-alikes.
   */
  strengthTests: PhraseMatcher<TermEntry>;
  analyteAliases: PhraseMatcher<LabAnalyteDef>;
  labFlags: PhraseMatcher<'low' | 'high' | 'normal'>;
  context: PhraseMatcher<ContextPayload>;
  sites: PhraseMatcher<AnatomySiteDef>;
  laterality: PhraseMatcher<'left' | 'right' | 'bilateral'>;
  normalStrength: PhraseMatcher<true>;
  reducedStrength: PhraseMatcher<true>;
  strengthCues: PhraseMatcher<true>;
  workupCues: PhraseMatcher<WorkupCueDef['status']>;
  /** Care-setting cues with their weights (lexicon/coding.yaml). */
  settingCues: PhraseMatcher<SettingCueDef>;
  /** Wording of a condition that went away ("resolved": true) or, longer and winning, that did not ("not resolved": false). */
  resolvedCues: PhraseMatcher<boolean>;
  /** Wording that puts a condition in the past ("history of", "s/p"). */
  historyCues: PhraseMatcher<true>;
  /** Wording by which a symptom is said not to be part of a diagnosis ("not related to"). */
  unrelatedCues: PhraseMatcher<true>;
  /** Handedness statements ("right-handed", "L hand dominant"). */
  handedness: PhraseMatcher<Hand>;
  abbreviations: Set<string>;
  /** Dictated sentence ends ("period", "new paragraph"), as lower-case word sequences, with the plain-word guards. */
  spokenSentenceEnds: { phrases: string[][]; notAfter: Set<string>; notBefore: Set<string> };
  /** Spoken punctuation words and the mark each stands for ("comma" -> ","). */
  spokenMarks: Map<string, string>;
  /** The categories with a letter in third place (lexicon/coding.yaml), lower case as tokens are: "m1a". */
  letterThirdCategories: Set<string>;
}

function addAll<P>(matcher: PhraseMatcher<P>, phrases: readonly string[], payload: P, inflections?: Record<string, string[]>): void {
  for (const p of phrases) {
    matcher.add(p, payload);
    for (const v of inflections?.[p] ?? []) matcher.add(v, payload);
  }
}

export function compileLexicon(data: LexiconData): CompiledLexicon {
  const sectionHeaders = new PhraseMatcher<SectionDef>();
  for (const s of data.sections.sections) addAll(sectionHeaders, s.headers, s);

  const strengthTests = new PhraseMatcher<TermEntry>();
  for (const f of data.findings) {
    if (f.type === 'strength-test') for (const entry of f.entries) addAll(strengthTests, entry.terms, entry, data.inflections);
  }

  const analyteAliases = new PhraseMatcher<LabAnalyteDef>();
  for (const a of data.labs.analytes) addAll(analyteAliases, a.aliases, a);

  const labFlags = new PhraseMatcher<'low' | 'high' | 'normal'>();
  for (const f of data.labs.flags) addAll(labFlags, f.phrases, f.flag);

  const context = new PhraseMatcher<ContextPayload>();
  for (const trigger of data.context.triggers) addAll(context, trigger.phrases, { kind: 'trigger', trigger });
  addAll(context, data.context.pseudo, { kind: 'pseudo' });
  addAll(context, data.context.companions ?? [], { kind: 'companion' });
  for (const termination of data.context.terminations) addAll(context, termination.phrases, { kind: 'termination', termination });

  const sites = new PhraseMatcher<AnatomySiteDef>();
  for (const s of data.anatomy.sites) addAll(sites, s.terms, s, data.inflections);
  const laterality = new PhraseMatcher<'left' | 'right' | 'bilateral'>();
  for (const l of data.anatomy.laterality) addAll(laterality, l.phrases, l.value);
  const normalStrength = new PhraseMatcher<true>();
  addAll(normalStrength, data.anatomy.normalStrength, true);
  const reducedStrength = new PhraseMatcher<true>();
  addAll(reducedStrength, data.anatomy.reducedStrength, true);
  const strengthCues = new PhraseMatcher<true>();
  addAll(strengthCues, data.anatomy.strengthCues, true);
  const workupCues = new PhraseMatcher<WorkupCueDef['status']>();
  for (const c of data.cues.workupCues) addAll(workupCues, c.phrases, c.status);
  const settingCues = new PhraseMatcher<SettingCueDef>();
  for (const c of data.coding.settingCues) addAll(settingCues, c.phrases, c);
  const resolvedCues = new PhraseMatcher<boolean>();
  addAll(resolvedCues, data.coding.resolvedCues, true);
  addAll(resolvedCues, data.coding.unresolvedCues, false);
  const historyCues = new PhraseMatcher<true>();
  addAll(historyCues, data.coding.historyCues, true);
  const unrelatedCues = new PhraseMatcher<true>();
  addAll(unrelatedCues, data.coding.unrelatedCues, true);
  const handedness = new PhraseMatcher<Hand>();
  for (const h of data.coding.handedness) addAll(handedness, h.phrases, h.hand);

  return {
    data,
    codes: new Map(data.codes.map((c) => [c.code, c])),
    evidence: new Map(data.packs.flatMap((p) => Object.entries(p.evidence))),
    conceptSets: new Map(data.packs.flatMap((p) => Object.entries(p.conceptSets).map(([id, concepts]) => [id, new Set(concepts)] as const))),
    codeSets: new Map(data.packs.flatMap((p) => Object.entries(p.codeSets))),
    diagnoses: new Map(data.diagnoses.diagnoses.map((d) => [d.concept, d])),
    analytes: new Map(data.labs.analytes.map((a) => [a.id, a])),
    sections: new Map(data.sections.sections.map((s) => [s.id, s])),
    sectionHeaders,
    strengthTests,
    analyteAliases,
    labFlags,
    context,
    sites,
    laterality,
    normalStrength,
    reducedStrength,
    strengthCues,
    workupCues,
    settingCues,
    resolvedCues,
    historyCues,
    unrelatedCues,
    handedness,
    abbreviations: new Set(data.sections.abbreviations.map((a) => a.toLowerCase().replace(/\.$/, ''))),
    spokenSentenceEnds: {
      phrases: data.sections.spokenSentenceEnds.phrases.map((p) => p.toLowerCase().split(/\s+/)),
      notAfter: new Set(data.sections.spokenSentenceEnds.notAfter.map((w) => w.toLowerCase())),
      notBefore: new Set(data.sections.spokenSentenceEnds.notBefore.map((w) => w.toLowerCase())),
    },
    spokenMarks: new Map(Object.entries(data.sections.spokenMarks)),
    letterThirdCategories: new Set(data.coding.letterThirdCategories.map((c) => c.toLowerCase())),
  };
}

let bundled: CompiledLexicon | null = null;

export function defaultLexicon(): CompiledLexicon {
  return (bundled ??= compileLexicon(LEXICON_DATA));
}
