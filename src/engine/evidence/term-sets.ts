/**
 * Term sets (lexicon/lab-triggers.yaml and the packs' own): phrases such as treatments, work-up,
 * recheck orders or "hemolyzed", found in the note with their ConText assertion. Their phrases are keys
 * of the lexicon's one term index (extract/terms/scanners.ts), so the note's one walk finds them with
 * every finding type's terms: more packs add phrases to that walk, not a walk of their own. A set's
 * filters (another purpose in the sentence, the subject the sentence must name, numbers after the
 * phrase) and its assertions are applied when that set is asked for, once per note.
 */
import type { TermSetDef } from '../../lexicon/types.ts';
import { assertCandidates } from '../assertion/assert.ts';
import type { AnyCandidate, Doc } from '../document.ts';
import type { KeyedTermMatch } from '../extract/terms/term-scanner.ts';
import { termScanners } from '../extract/terms/scanners.ts';
import type { TermIndex } from '../extract/terms/term-index.ts';
import type { CompiledLexicon } from '../lexicon.ts';
import { PhraseMatcher } from '../matcher.ts';
import type { RuleInput } from '../rule-input.ts';
import type { Assertion, EvidenceRef } from '../types.ts';
import { NoteMemo } from '../note-memo.ts';

export interface TermSetHit {
  set: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  assertion: Assertion;
}

/** A lexicon's term sets: set i (its key here) is `walkKeys[i]` in the lexicon's term index. */
interface TermSetIndex {
  defs: TermSetDef[];
  keyOf: Map<string, number>;
  terms: TermIndex;
  walkKeys: readonly number[];
  /** Every set's notInSentenceWith phrases, each with the keys of the sets it gives another purpose. */
  otherPurpose: PhraseMatcher<number>;
  /** Every set's onlyInSentenceWith phrases, each with the keys of the sets whose subject it names. */
  subject: PhraseMatcher<number>;
}

/** One note's hits of each set, once asked for. */
interface NoteTermSets {
  index: TermSetIndex;
  hits: (TermSetHit[] | undefined)[];
  /** Per sentence, the keys of the sets whose notInSentenceWith phrases it holds (found when first needed). */
  otherPurpose: Map<number, Set<number>>;
  /** Per sentence, the keys of the sets whose onlyInSentenceWith phrases it holds (found when first needed). */
  subject: Map<number, Set<number>>;
}

const indexes = new WeakMap<CompiledLexicon, TermSetIndex>();
const found = new NoteMemo<Doc, NoteTermSets>('term sets');

function indexOf(lexicon: CompiledLexicon): TermSetIndex {
  let index = indexes.get(lexicon);
  if (index) return index;
  const defs = lexicon.data.labTriggers.termSets;
  const { index: terms, termSetKeys } = termScanners(lexicon);
  const otherPurpose = new PhraseMatcher<number>();
  const subject = new PhraseMatcher<number>();
  const keyOf = new Map<string, number>();
  defs.forEach((def, key) => {
    keyOf.set(def.id, key);
    for (const p of def.notInSentenceWith ?? []) otherPurpose.add(p, key);
    for (const p of def.onlyInSentenceWith ?? []) subject.add(p, key);
  });
  index = { defs, keyOf, terms, walkKeys: termSetKeys, otherPurpose, subject };
  indexes.set(lexicon, index);
  return index;
}

export function isTermSet(lexicon: CompiledLexicon, id: string): boolean {
  return indexOf(lexicon).keyOf.has(id);
}

/** The next token after `last`, skipping a colon or an equals sign ("repeat K: 3.3"). */
function followedByNumber(doc: Doc, last: number, endToken: number): boolean {
  for (let i = last + 1; i < endToken && i <= last + 2; i++) {
    const t = doc.tokens[i]!;
    if (t.kind === 'number') return true;
    if (t.norm !== ':' && t.norm !== '=') return false;
  }
  return false;
}

/** A number within the next three tokens of the sentence ("on the floor ~14 h", "on the floor for 2 days"). */
function numberSoonAfter(doc: Doc, last: number, endToken: number): boolean {
  for (let i = last + 1; i < endToken && i <= last + 3; i++) if (doc.tokens[i]!.kind === 'number') return true;
  return false;
}

/** The keys of the sets any of whose `phrases` sentence `sentence` holds, cached per sentence in `cache`. */
function sentenceKeys(doc: Doc, phrases: PhraseMatcher<number>, cache: Map<number, Set<number>>, sentence: number): Set<number> {
  let keys = cache.get(sentence);
  if (keys) return keys;
  keys = new Set();
  const s = doc.sentences[sentence]!;
  for (let i = s.firstToken; i < s.endToken; i++) for (const m of phrases.matchesAt(doc.tokens, i, s.endToken)) for (const key of m.payloads) keys.add(key);
  cache.set(sentence, keys);
  return keys;
}

/** The keys of the sets for which sentence `sentence` states another purpose (any of their notInSentenceWith phrases). */
function otherPurposeKeys(doc: Doc, index: TermSetIndex, note: NoteTermSets, sentence: number): Set<number> {
  return sentenceKeys(doc, index.otherPurpose, note.otherPurpose, sentence);
}

/** The keys of the sets whose subject sentence `sentence` names (any of their onlyInSentenceWith phrases). */
function subjectKeys(doc: Doc, index: TermSetIndex, note: NoteTermSets, sentence: number): Set<number> {
  return sentenceKeys(doc, index.subject, note.subject, sentence);
}

function hitsOf(doc: Doc, lexicon: CompiledLexicon, index: TermSetIndex, note: NoteTermSets, key: number): TermSetHit[] {
  const def = index.defs[key]!;
  const candidates: AnyCandidate[] = [];
  for (const m of matchesOf(doc, index, key)) {
    if (def.notInSentenceWith && otherPurposeKeys(doc, index, note, m.sentence).has(key)) continue;
    if (def.onlyInSentenceWith && !subjectKeys(doc, index, note, m.sentence).has(key)) continue;
    const s = doc.sentences[m.sentence]!;
    if (def.notFollowedByNumber && followedByNumber(doc, m.last, s.endToken)) continue;
    if (def.numberFollows && !numberSoonAfter(doc, m.last, s.endToken)) continue;
    candidates.push({
      // Assertion treats the phrase like any term finding (not clause-bound, masks triggers inside it).
      type: 'medication',
      start: doc.tokens[m.first]!.start,
      end: doc.tokens[m.last]!.end,
      firstToken: m.first,
      endToken: m.last + 1,
      sentence: m.sentence,
      attributes: { class: def.id },
    });
  }
  const assertions = assertCandidates(doc, candidates, lexicon);
  return candidates.map((c, i) => ({
    set: def.id,
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    sentence: c.sentence,
    assertion: assertions[i]!,
  }));
}

/** Set `key`'s phrases in the note's sentences (not its header lines), in text order: the note's one term walk. */
function matchesOf(doc: Doc, index: TermSetIndex, key: number): readonly KeyedTermMatch<unknown>[] {
  return index.terms.bodyMatches(doc, index.walkKeys[key]!);
}

/** The note's term-set state for the lexicon and the key of set `id`. */
function noteSets(input: Pick<RuleInput, 'doc' | 'lexicon'>, id: string): { note: NoteTermSets; key: number } {
  const index = indexOf(input.lexicon);
  const key = index.keyOf.get(id);
  if (key === undefined) throw new Error(`unknown term set "${id}" (lexicon/lab-triggers.yaml)`);
  let note = found.get(input.doc);
  if (note?.index !== index) found.set(input.doc, (note = { index, hits: [], otherPurpose: new Map(), subject: new Map() }));
  return { note, key };
}

/** Every mention of the set in the note, with its assertion (the note is walked once for every set). */
export function termSetHits(input: Pick<RuleInput, 'doc' | 'lexicon'>, id: string): TermSetHit[] {
  const { note, key } = noteSets(input, id);
  return (note.hits[key] ??= hitsOf(input.doc, input.lexicon, note.index, note, key));
}

/**
 * Whether a phrase of the set is in the note at all, before its filters and assertions: false means the
 * set has no hit (evidence/needs.ts skips what needs one).
 */
export function termSetMatched(input: Pick<RuleInput, 'doc' | 'lexicon'>, id: string): boolean {
  const { note, key } = noteSets(input, id);
  return matchesOf(input.doc, note.index, key).length > 0;
}

export function isAffirmedAssertion(a: Assertion): boolean {
  return !a.negated && !a.uncertain && !a.historical && !a.hypothetical && !a.family;
}

/** Mentions that are a present, certain fact about the patient: a treatment given, a test ordered. */
export function affirmedTermSetHits(input: Pick<RuleInput, 'doc' | 'lexicon'>, ids: readonly string[]): TermSetHit[] {
  return ids.flatMap((id) => termSetHits(input, id).filter((h) => isAffirmedAssertion(h.assertion)));
}

export function termSetRef(hit: TermSetHit): EvidenceRef {
  return { start: hit.start, end: hit.end, findingId: null, type: null, text: hit.text };
}
