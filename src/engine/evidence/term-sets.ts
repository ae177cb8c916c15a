/**
 * Term sets (lexicon/lab-triggers.yaml): phrases such as treatments, work-up, recheck orders or
 * "hemolyzed", found in the note with their ConText assertion. Scanned lazily, one set at a time
 * and only when a rule or a query option asks, so a note without abnormal labs pays nothing.
 */
import type { TermSetDef } from '../../lexicon/types.ts';
import { assertCandidates } from '../assertion/assert.ts';
import type { AnyCandidate, Doc } from '../document.ts';
import { TermScanner } from '../extract/terms/term-scanner.ts';
import type { CompiledLexicon } from '../lexicon.ts';
import { PhraseMatcher } from '../matcher.ts';
import type { RuleInput } from '../rule-input.ts';
import type { Assertion, EvidenceRef } from '../types.ts';

export interface TermSetHit {
  set: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  assertion: Assertion;
}

interface CompiledSet {
  def: TermSetDef;
  scanner: TermScanner<true>;
  /** Phrases that give the sentence another purpose. */
  otherPurpose: PhraseMatcher<true> | null;
}

const compiled = new WeakMap<CompiledLexicon, Map<string, CompiledSet>>();
const found = new WeakMap<Doc, Map<string, TermSetHit[]>>();

function compiledSets(lexicon: CompiledLexicon): Map<string, CompiledSet> {
  let sets = compiled.get(lexicon);
  if (sets) return sets;
  sets = new Map();
  for (const def of lexicon.data.labTriggers.termSets) {
    const scanner = new TermScanner<true>();
    for (const p of def.phrases) scanner.addTerm(p, true);
    for (const p of def.caseSensitive ?? []) scanner.addCaseSensitive(p, true);
    for (const p of def.pseudo ?? []) scanner.addPseudo(p);
    let otherPurpose: PhraseMatcher<true> | null = null;
    if (def.notInSentenceWith) {
      otherPurpose = new PhraseMatcher<true>();
      for (const p of def.notInSentenceWith) otherPurpose.add(p, true);
    }
    sets.set(def.id, { def, scanner, otherPurpose });
  }
  compiled.set(lexicon, sets);
  return sets;
}

export function isTermSet(lexicon: CompiledLexicon, id: string): boolean {
  return compiledSets(lexicon).has(id);
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

function scan(doc: Doc, lexicon: CompiledLexicon, set: CompiledSet): TermSetHit[] {
  const candidates: AnyCandidate[] = [];
  for (const s of doc.sentences) {
    if (doc.headerToken[s.firstToken]) continue;
    const matches = set.scanner.scan(doc.text, doc.tokens, s.firstToken, s.endToken);
    if (matches.length === 0) continue;
    if (set.otherPurpose && set.otherPurpose.findAll(doc.tokens, s.firstToken, s.endToken).length > 0) continue;
    for (const m of matches) {
      if (set.def.notFollowedByNumber && followedByNumber(doc, m.last, s.endToken)) continue;
      candidates.push({
        // Assertion treats the phrase like any term finding (not clause-bound, masks triggers inside it).
        type: 'medication',
        start: doc.tokens[m.first]!.start,
        end: doc.tokens[m.last]!.end,
        firstToken: m.first,
        endToken: m.last + 1,
        sentence: s.index,
        attributes: { class: set.def.id },
      });
    }
  }
  const assertions = assertCandidates(doc, candidates, lexicon);
  return candidates.map((c, i) => ({
    set: set.def.id,
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    sentence: c.sentence,
    assertion: assertions[i]!,
  }));
}

/** Every mention of the set in the note, with its assertion (cached per note). */
export function termSetHits(input: Pick<RuleInput, 'doc' | 'lexicon'>, id: string): TermSetHit[] {
  const set = compiledSets(input.lexicon).get(id);
  if (!set) throw new Error(`unknown term set "${id}" (lexicon/lab-triggers.yaml)`);
  let byId = found.get(input.doc);
  if (!byId) found.set(input.doc, (byId = new Map()));
  let hits = byId.get(id);
  if (!hits) byId.set(id, (hits = scan(input.doc, input.lexicon, set)));
  return hits;
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
