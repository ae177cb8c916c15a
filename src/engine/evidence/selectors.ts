/**
 * Declarative evidence: the predicates of the packs' `evidence` sections (lexicon/packs/<pack>/),
 * evaluated over one note's findings. A selector names a finding type and conditions on its
 * attributes and assertion; `anyOf` / `allOf` combine selectors and other predicates; `registered`
 * runs a TypeScript predicate where data cannot say it. The lexicon build has already checked every
 * id, type, analyte and attribute these name (src/lexicon/pack-checks.ts).
 */
import type { EvidenceDef, PredicateDef, SelectorDef } from '../../lexicon/pack-schema.ts';
import type { RuleInput } from '../rule-input.ts';
import type { EvidenceRef, Finding } from '../types.ts';
import { isAffirmed, isConfirmedInSetting, isCurrentMention, isPatientFact, toRef, type EvidenceResult } from './index.ts';
import type { FindingTestId } from '../../lexicon/engine-ids.ts';
import { FINDING_TESTS } from './finding-tests.ts';
import { termSetHits, termSetRef } from './term-sets.ts';
import { REGISTERED_EVIDENCE } from './registered.ts';
import { authorRoleAt } from './authors.ts';
import { firstIndexReaching } from '../sorted.ts';
import { seriesFall, seriesRatio, seriesRise, seriesStable } from './series-selectors.ts';
import { sameDraw, type LabFinding } from './lab-series.ts';
import { resultBlocks } from './result-blocks.ts';
import { NoteMemo } from '../note-memo.ts';

type AssertionMode = NonNullable<SelectorDef['assertion']>;

/** What each `assertion:` mode accepts. Default `affirmed`: present, certain, about the patient. */
type Asserted = Pick<Finding, 'assertion'>;
const ASSERTION_TESTS: Record<AssertionMode, (f: Asserted, input: RuleInput) => boolean> = {
  affirmed: (f) => isAffirmed(f as Finding),
  current: (f) => isCurrentMention(f as Finding),
  confirmed: (f, input) => isConfirmedInSetting(f as Finding, input.options),
  patient: (f) => isPatientFact(f as Finding),
  'not-negated': (f) => isPatientFact(f as Finding) && !f.assertion.negated,
  'not-historical': (f) => isPatientFact(f as Finding) && !f.assertion.historical,
  negated: (f) => isPatientFact(f as Finding) && f.assertion.negated,
  any: () => true,
};

type Comparison = { lt?: number; le?: number; gt?: number; ge?: number; eq?: string | number | boolean; in?: (string | number)[]; exists?: boolean };
type Condition = string | number | boolean | (string | number)[] | Comparison;

function holds(value: unknown, condition: Condition): boolean {
  if (Array.isArray(condition)) return Array.isArray(value) ? value.some((x) => condition.includes(x)) : condition.includes(value as string | number);
  if (typeof condition !== 'object') return Array.isArray(value) ? value.includes(condition) : value === condition;
  if (condition.exists !== undefined && (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) !== condition.exists) return false;
  if (condition.eq !== undefined && value !== condition.eq) return false;
  if (condition.in !== undefined && !condition.in.includes(value as string | number)) return false;
  const n = typeof value === 'number' ? value : null;
  if (condition.lt !== undefined && !(n !== null && n < condition.lt)) return false;
  if (condition.le !== undefined && !(n !== null && n <= condition.le)) return false;
  if (condition.gt !== undefined && !(n !== null && n > condition.gt)) return false;
  if (condition.ge !== undefined && !(n !== null && n >= condition.ge)) return false;
  return true;
}

/** A lab value in the analyte's canonical unit when the finding carries one, else as written. */
function labValue(f: Finding): number | null {
  if (f.type !== 'lab') return null;
  const a = f.attributes as { value: number | null; canonicalValue?: number };
  return a.canonicalValue ?? a.value;
}

/** Whether the text at `start` is written by one of the selector's author roles (none: any author). */
function byAuthor(s: SelectorDef, start: number, input: RuleInput): boolean {
  return s.author === undefined || s.author.includes(authorRoleAt({ findings: input.findings, sections: input.doc.sections }, start));
}

/**
 * A lab finding's flag. A value written in another unit than the range's (creatinine in µmol/L) has
 * no flag from extraction; it is flagged here from its canonical value against the range that applies
 * (the user's setting, else the lexicon's), which is written in the canonical unit.
 */
function labFlag(f: Finding, input: RuleInput): string | undefined {
  const a = f.attributes as { analyte?: string; flag?: string; canonicalValue?: number; canonicalUnit?: string };
  if (f.type !== 'lab' || a.flag !== 'unknown' || a.canonicalValue === undefined || a.analyte === undefined) return a.flag;
  const def = input.lexicon.analytes.get(a.analyte);
  if (!def || a.canonicalUnit !== def.unit) return a.flag;
  const range = input.options.labRanges?.[a.analyte];
  const low = range?.low ?? def.refLow;
  const high = range?.high ?? def.refHigh;
  if (high !== undefined && a.canonicalValue > high) return 'high';
  if (low !== undefined && a.canonicalValue < low) return 'low';
  return low !== undefined && high !== undefined ? 'normal' : a.flag;
}

type Evaluate = (id: string) => EvidenceResult;
/** A part of a predicate compiled once per lexicon: what it holds is looked up at compile time, not per note. */
type CompiledPart = (input: RuleInput, evaluate: Evaluate) => EvidenceResult;
type FindingTest = (f: Finding, input: RuleInput) => boolean;

/** Whether finding `f` (of the selector's type) meets the selector's conditions. */
function compileMatch(s: SelectorDef): FindingTest {
  const accepts = ASSERTION_TESTS[s.assertion ?? 'affirmed'];
  const where = Object.entries(s.where ?? {}) as [string, Condition][];
  const tests = (s.test ?? []).map((t) => FINDING_TESTS[t as FindingTestId]);
  const { analyte, current, below, above, concepts } = s;
  return (f, input) => {
    if (!accepts(f, input)) return false;
    if (!byAuthor(s, f.start, input)) return false;
    const attributes = f.attributes as unknown as Record<string, unknown>;
    if (analyte !== undefined && attributes.analyte !== analyte) return false;
    if (current !== undefined && (attributes.current !== false) !== current) return false;
    if (below !== undefined) {
      const v = labValue(f);
      if (below === 'low' ? labFlag(f, input) !== 'low' : v === null || !(v < below)) return false;
    }
    if (above !== undefined) {
      const v = labValue(f);
      if (above === 'high' ? labFlag(f, input) !== 'high' : v === null || !(v > above)) return false;
    }
    if (concepts !== undefined && !(input.lexicon.conceptSets.get(concepts)?.has(attributes.concept as string) ?? false)) return false;
    for (const [name, condition] of where) if (!holds(attributes[name], condition)) return false;
    for (const test of tests) if (!test(f, input)) return false;
    return true;
  };
}

function isSelector(p: SelectorDef | PredicateDef): p is SelectorDef {
  return 'finding' in p || 'termSet' in p;
}

/** A selector: a term set's mentions, a lab series shorthand, the caller's age, or the note's findings of one type. */
function compileSelector(p: SelectorDef): CompiledPart {
  if (p.termSet !== undefined) {
    const set = p.termSet;
    const mode = ASSERTION_TESTS[p.assertion ?? 'affirmed'];
    return (input) => {
      const hits = termSetHits(input, set).filter((h) => mode(h, input) && byAuthor(p, h.start, input));
      return { met: hits.length > 0, evidence: hits.map(termSetRef) };
    };
  }
  if (p.fall !== undefined) {
    const accepts = ASSERTION_TESTS[p.assertion ?? 'affirmed'];
    const fall = { by: p.fall, baselineDays: p.fallBaselineDays };
    return (input) => seriesFall(p.analyte!, fall, (f) => accepts(f, input), input);
  }
  const rest = compileSeriesOrFindings(p);
  // The caller's age (the chart's), when given, answers an age selector instead of the note's statements.
  if (p.finding === 'age') return (input, evaluate) => (input.options.age !== undefined ? callerAge(p, input.options.age, input) : rest(input, evaluate));
  return rest;
}

function compileSeriesOrFindings(p: SelectorDef): CompiledPart {
  if (p.rise !== undefined) return (input) => seriesRise(p.analyte!, p.rise!, input);
  if (p.ratio !== undefined) return (input) => seriesRatio(p.analyte!, p.ratio!, input);
  if (p.stable !== undefined) return (input) => seriesStable(p.analyte!, p.stable!, input);
  const type = p.finding!;
  const match = compileMatch(p);
  return (input) => {
    const found: EvidenceRef[] = [];
    for (const f of findingsByType(input.findings).get(type) ?? NO_FINDINGS) if (match(f, input)) found.push(toRef(f));
    return found.length > 0 ? { met: true, evidence: found } : { met: false, evidence: found };
  };
}

const NO_FINDINGS: readonly Finding[] = [];

/**
 * A predicate part: every part must hold, and an unmet part (like an unmet allOf) gives no evidence:
 * the first unmet part decides, and the parts after it are not evaluated (a pack's predicates cost
 * nothing on a note that lacks what their first part needs).
 */
function compilePredicate(p: PredicateDef | EvidenceDef): CompiledPart {
  const ref = 'ref' in p ? p.ref : undefined;
  const registered = p.registered === undefined ? undefined : (REGISTERED_EVIDENCE as Record<string, (input: RuleInput) => EvidenceResult>)[p.registered]!;
  const anyOf = p.anyOf?.map(compiledPart);
  const allOf = p.allOf?.map(compiledPart);
  const atLeast = p.atLeast ? { count: p.atLeast.count, of: p.atLeast.of.map(compiledPart) } : undefined;
  const noneOf = p.noneOf?.map(compiledPart);
  const { sameSentence, sameDraw } = p;
  return (input, evaluate) => {
    const parts: EvidenceResult[] = [];
    if (ref !== undefined) {
      const r = evaluate(ref);
      if (!r.met) return notMet();
      parts.push(r);
    }
    if (registered) {
      const r = registered(input);
      if (!r.met) return notMet();
      parts.push(r);
    }
    if (anyOf) {
      const any = anyOf.map((part) => part(input, evaluate));
      if (!any.some((r) => r.met)) return notMet();
      parts.push({ met: true, evidence: any.flatMap((r) => r.evidence) });
    }
    if (allOf) {
      const all: EvidenceResult[] = [];
      for (const part of allOf) {
        const r = part(input, evaluate);
        if (!r.met) return notMet();
        all.push(r);
      }
      const r = sameSentence === true ? inOneSentence(all, input) : sameDraw === true ? inOneDraw(all, input) : { met: true, evidence: all.flatMap((x) => x.evidence) };
      if (!r.met) return notMet();
      parts.push(r);
    }
    if (atLeast) {
      const met = atLeast.of.map((part) => part(input, evaluate)).filter((r) => r.met);
      if (met.length < atLeast.count) return notMet();
      parts.push({ met: true, evidence: met.flatMap((r) => r.evidence) });
    }
    if (noneOf) {
      for (const part of noneOf) if (part(input, evaluate).met) return notMet();
    }
    return parts.length > 0 || noneOf ? { met: true, evidence: dedupe(parts.flatMap((r) => r.evidence)) } : notMet();
  };
}

/** Pack data objects (lexicon-lifetime) and their compiled parts. */
const compiledParts = new WeakMap<SelectorDef | PredicateDef | EvidenceDef, CompiledPart>();

function compiledPart(p: SelectorDef | PredicateDef | EvidenceDef): CompiledPart {
  let compiled = compiledParts.get(p);
  if (!compiled) compiledParts.set(p, (compiled = isSelector(p) ? compileSelector(p) : compilePredicate(p)));
  return compiled;
}

/** One unmet result for every unmet part (shared and frozen: results are read, never changed). */
const NOT_MET: EvidenceResult = Object.freeze({ met: false, evidence: Object.freeze([]) as unknown as EvidenceResult['evidence'] });
const notMet = (): EvidenceResult => NOT_MET;

const byType = new NoteMemo<readonly Finding[], Map<string, Finding[]>>('findings by type');

/** The note's findings by type, in note order (built once per note: every selector names one type). */
export function findingsByType(findings: readonly Finding[]): Map<string, Finding[]> {
  let index = byType.get(findings);
  if (index) return index;
  index = new Map();
  for (const f of findings) {
    const list = index.get(f.type);
    if (list) list.push(f);
    else index.set(f.type, [f]);
  }
  byType.set(findings, index);
  return index;
}

/**
 * An age selector when the caller gives the age (the chart's, as the age rules read it): its `where`
 * tested on that age; the evidence is the note's statements of the same age, if any.
 */
function callerAge(s: SelectorDef, years: number, input: RuleInput): EvidenceResult {
  const attributes: Record<string, unknown> = { years };
  if (!Object.entries(s.where ?? {}).every(([name, condition]) => holds(attributes[name], condition as Condition))) return { met: false, evidence: [] };
  return { met: true, evidence: input.findings.filter((f) => f.type === 'age' && f.attributes.years === years && isAffirmed(f)).map(toRef) };
}

/**
 * The sentence a span starts in (index into doc.sentences), or -1. Sentences are in text order and do
 * not overlap: the only one that can hold `start` is the first that ends after it (a binary search, not
 * a walk of every sentence per piece of evidence, which grew with the square of a note of many lines).
 */
function sentenceAt(input: RuleInput, start: number): number {
  const sentences = input.doc.sentences;
  const k = firstIndexReaching(sentences, (s) => s.end > start);
  return k < sentences.length && sentences[k]!.start <= start ? k : -1;
}

/**
 * allOf with sameSentence: every part has evidence in one common sentence; the evidence is what the
 * parts found in those sentences ("rhabdomyolysis secondary to simvastatin", not a statin in the
 * medication list and rhabdomyolysis in the assessment).
 */
function inOneSentence(all: readonly EvidenceResult[], input: RuleInput): EvidenceResult {
  if (!all.every((r) => r.met)) return { met: false, evidence: [] };
  const sentencesOf = all.map((r) => new Set(r.evidence.map((e) => sentenceAt(input, e.start))));
  const common = [...sentencesOf[0]!].filter((s) => s >= 0 && sentencesOf.every((set) => set.has(s)));
  if (common.length === 0) return { met: false, evidence: [] };
  const keep = new Set(common);
  return { met: true, evidence: all.flatMap((r) => r.evidence.filter((e) => keep.has(sentenceAt(input, e.start)))) };
}

/**
 * allOf with sameDraw: one lab value of each part that has lab values, all from one draw (lab-series.ts
 * sameDraw); the evidence is those values and the parts' other evidence (a sex statement).
 */
function inOneDraw(all: readonly EvidenceResult[], input: RuleInput): EvidenceResult {
  const labOf = (e: EvidenceRef): LabFinding | null => {
    const f = e.findingId === null ? undefined : input.findings[e.findingId];
    return f?.type === 'lab' ? (f as LabFinding) : null;
  };
  const choices = all.map((r) => r.evidence.map(labOf).filter((f): f is LabFinding => f !== null));
  let blocks: Int32Array | null = null;
  const blockOf = (sentence: number): number => (blocks ??= resultBlocks(input.doc, input.findings))[sentence] ?? -1;
  const picked: LabFinding[] = [];
  const pick = (i: number): boolean => {
    if (i === choices.length) return true;
    if (choices[i]!.length === 0) return pick(i + 1);
    for (const f of choices[i]!) {
      if (!picked.every((g) => sameDraw(f, g, blockOf))) continue;
      picked.push(f);
      if (pick(i + 1)) return true;
      picked.pop();
    }
    return false;
  };
  if (!pick(0)) return { met: false, evidence: [] };
  const keep = new Set(picked);
  return { met: true, evidence: all.flatMap((r) => r.evidence.filter((e) => labOf(e) === null || keep.has(labOf(e)!))) };
}

function dedupe(refs: EvidenceRef[]): EvidenceRef[] {
  if (refs.length < 2) return refs;
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.start}:${r.end}:${r.findingId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Evaluate a named evidence definition; `evaluate` resolves `ref`s (and caches per note). */
export function evaluateDefinition(def: EvidenceDef, input: RuleInput, evaluate: Evaluate): EvidenceResult {
  return compiledPart(def)(input, evaluate);
}
