/**
 * Assertion stage (ConText): decides for every candidate finding whether it is negated, uncertain,
 * historical, hypothetical or about a family member, from the triggers around it in its sentence
 * (src/engine/assertion/scope.ts) and the defaults of its section (PMH: historical; family history:
 * family; patient instructions: hypothetical).
 *
 * A `current` scope (residual deficits, sequelae: "history of stroke with residual right
 * hemiparesis") clears historical, whether it came from a trigger or from the section; a `recent`
 * scope ("new-onset", "acute", "exacerbation") clears chronic. Measured values (strength grades,
 * labs, durations, codes) only take triggers from their own clause.
 */
import { analyze } from '../analyze.ts';
import { extraTriggers } from './extra-triggers.ts';
import { categoryBit, scopeSentence, type ScopeTarget } from './scope.ts';
import type { AnyCandidate, Doc } from '../document.ts';
import { defaultLexicon, type CompiledLexicon } from '../lexicon.ts';
import type { Assertion, FindingType } from '../types.ts';
import { NoteMemo } from '../note-memo.ts';

const NEGATED = categoryBit('negated');
const UNCERTAIN = categoryBit('uncertain');
const HISTORICAL = categoryBit('historical');
const HYPOTHETICAL = categoryBit('hypothetical');
const FAMILY = categoryBit('family');
const CHRONIC = categoryBit('chronic');
const CURRENT = categoryBit('current');
const RECENT = categoryBit('recent');

/** Measured values and codes: what they assert is the number, so only their own clause counts. */
const CLAUSE_BOUND_TYPES: ReadonlySet<FindingType> = new Set<FindingType>([
  'strength-grade',
  'strength-test',
  'lab',
  'duration',
  'age',
  'icd10-code',
  'cpt-code',
  'vital',
]);

interface SentenceTarget extends ScopeTarget {
  sentence: number;
}

/**
 * The note's extra triggers, found once per note: every batch of candidates asserted against the note
 * (its findings, then each term set a rule asks for) reads the same whole-note scan.
 */
const extraByDoc = new NoteMemo<Doc, ReturnType<typeof extraTriggers>>('extra triggers');
function noteExtraTriggers(doc: Doc, lexicon: CompiledLexicon): ReturnType<typeof extraTriggers> {
  let extra = extraByDoc.get(doc);
  if (!extra) extraByDoc.set(doc, (extra = extraTriggers(doc, lexicon)));
  return extra;
}

function assertTargets(doc: Doc, targets: readonly SentenceTarget[], lexicon: CompiledLexicon): Assertion[] {
  const bySentence = new Map<number, number[]>();
  targets.forEach((t, i) => {
    const list = bySentence.get(t.sentence);
    if (list) list.push(i);
    else bySentence.set(t.sentence, [i]);
  });
  const bits = new Array<number>(targets.length).fill(0);
  const extra = noteExtraTriggers(doc, lexicon);
  for (const [index, members] of bySentence) {
    const sentence = doc.sentences[index];
    if (!sentence) continue;
    const found = scopeSentence(
      doc.tokens,
      sentence.firstToken,
      sentence.endToken,
      members.map((i) => targets[i]!),
      lexicon,
      extra.get(index),
    );
    members.forEach((i, k) => (bits[i] = found[k]!));
  }
  return targets.map((t, i) => {
    const defaults = doc.sectionDefs[doc.sentences[t.sentence]?.sectionIndex ?? -1]?.defaults ?? {};
    const b = bits[i]!;
    return {
      negated: (b & NEGATED) !== 0 || defaults.negated === true,
      uncertain: (b & UNCERTAIN) !== 0 || defaults.uncertain === true,
      historical: ((b & HISTORICAL) !== 0 || defaults.historical === true) && (b & CURRENT) === 0,
      hypothetical: (b & HYPOTHETICAL) !== 0 || defaults.hypothetical === true,
      family: (b & FAMILY) !== 0 || defaults.family === true,
      chronic: ((b & CHRONIC) !== 0 || defaults.chronic === true) && (b & RECENT) === 0,
    };
  });
}

/**
 * Findings whose span is a whole reported result with other findings inside it ("EMG: no evidence of
 * myopathy"): their words are the result, so they deny or qualify what is named inside ("myopathy" is
 * negated), while the report itself still happened (its own assertion ignores its own words).
 */
const REPORT_TYPES: ReadonlySet<FindingType> = new Set<FindingType>(['electrodiagnostic']);

export function assertCandidates(doc: Doc, candidates: readonly AnyCandidate[], lexicon: CompiledLexicon): Assertion[] {
  const targets: SentenceTarget[] = candidates.map((c) => ({
    first: c.firstToken,
    end: c.endToken,
    sentence: c.sentence,
    // "due to", "secondary to" link findings and stay available as terminations; care settings
    // ("admission", "initial evaluation") are the words of time anchors ("at her last admission").
    masksTriggers: c.type !== 'cause-link' && c.type !== 'setting' && !REPORT_TYPES.has(c.type),
    clauseBound: CLAUSE_BOUND_TYPES.has(c.type),
    type: c.type,
    // "usual 68 kg one month ago": the date is the earlier weight's, the change is current.
    ownsTimes: c.type === 'weight-change' && c.attributes.usualWeightKg !== undefined,
  }));
  const result = assertTargets(doc, targets, lexicon);
  const reports = candidates.flatMap((c, i) => (REPORT_TYPES.has(c.type) ? [i] : []));
  if (reports.length > 0) {
    const own = assertTargets(doc, reports.map((i) => ({ ...targets[i]!, masksTriggers: true })), lexicon);
    reports.forEach((i, k) => (result[i] = own[k]!));
  }
  return result;
}

/**
 * The assertion of the text span [start, end) as if it were a finding: the real analyze and
 * ConText stages, with the span as the only target. Used by the NegEx evaluation and tests.
 */
export function assertSpan(text: string, start: number, end: number, lexicon: CompiledLexicon = defaultLexicon()): Assertion {
  const doc = analyze(text, lexicon);
  let first = -1;
  let last = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (t.start >= end) break;
    if (t.end > start) {
      if (first < 0) first = i;
      last = i;
    }
  }
  const sentence = first >= 0 ? doc.sentenceOfToken[first]! : -1;
  if (sentence < 0) return { negated: false, uncertain: false, historical: false, hypothetical: false, family: false, chronic: false };
  return assertTargets(doc, [{ first, end: last + 1, sentence, masksTriggers: true, clauseBound: false }], lexicon)[0]!;
}
