/**
 * The term extractors' scanners and cue matchers, built once per compiled lexicon from its data
 * (finding files, diagnoses, cues) and cached with it.
 */
import type { CompiledLexicon } from '../../lexicon.ts';
import { PhraseMatcher } from '../../matcher.ts';
import type { DiagnosisDef, TermEntry, TermFindingType } from '../../../lexicon/types.ts';
import { TermIndex } from './term-index.ts';
import { TermScanner } from './term-scanner.ts';

export interface TermScanners {
  /** The index every whole-note scanner of the lexicon joins (one walk per note for all of them). */
  index: TermIndex;
  /** Each term set's key in the index (lexicon/lab-triggers.yaml and the packs' `termSets`), in definition order. */
  termSetKeys: number[];
  byType: Map<TermFindingType, TermScanner<TermEntry>>;
  diagnoses: TermScanner<DiagnosisDef>;
  /** Procedures that name a post-procedure state after a procedure cue ("s/p R TKA"). */
  procedures: PhraseMatcher<DiagnosisDef>;
  procedureCues: PhraseMatcher<true>;
  generalizedCues: PhraseMatcher<true>;
  observationCues: PhraseMatcher<'subjective' | 'objective'>;
}

const cache = new WeakMap<CompiledLexicon, TermScanners>();

function build(lexicon: CompiledLexicon): TermScanners {
  const { data } = lexicon;
  // Every type's scanner and the diagnoses' share one index: a note is walked once for all of them.
  const index = new TermIndex();
  const byType = new Map<TermFindingType, TermScanner<TermEntry>>();
  for (const file of data.findings) {
    let scanner = byType.get(file.type);
    if (!scanner) byType.set(file.type, (scanner = new TermScanner<TermEntry>(index)));
    for (const entry of file.entries) {
      for (const term of entry.terms) scanner.addTerm(term, entry, data.inflections[term]);
      for (const term of entry.caseSensitive ?? []) scanner.addCaseSensitive(term, entry);
    }
    for (const p of file.pseudo ?? []) scanner.addPseudo(p);
  }

  const diagnoses = new TermScanner<DiagnosisDef>(index);
  for (const d of data.diagnoses.diagnoses) {
    for (const term of d.terms) diagnoses.addTerm(term, d, data.inflections[term]);
    for (const term of d.caseSensitive ?? []) diagnoses.addCaseSensitive(term, d);
  }
  for (const p of data.diagnoses.pseudo ?? []) diagnoses.addPseudo(p);
  const procedures = new PhraseMatcher<DiagnosisDef>();
  for (const d of data.diagnoses.diagnoses) for (const p of d.procedures ?? []) procedures.add(p, d);
  const procedureCues = new PhraseMatcher<true>();
  for (const p of data.diagnoses.procedureCues ?? []) procedureCues.add(p, true);

  const generalizedCues = new PhraseMatcher<true>();
  for (const p of data.cues.generalizedCues) generalizedCues.add(p, true);
  const observationCues = new PhraseMatcher<'subjective' | 'objective'>();
  for (const c of data.cues.observationCues) for (const p of c.phrases) observationCues.add(p, c.observation);

  // The term sets join the walk too (evidence/term-sets.ts applies their filters and assertions when asked).
  const termSetKeys = data.labTriggers.termSets.map((def) => {
    const key = index.addKey();
    for (const p of def.phrases) index.addTerm(key, p, undefined);
    for (const p of def.caseSensitive ?? []) index.addCaseSensitive(key, p, undefined);
    for (const p of def.pseudo ?? []) index.addPseudo(key, p);
    return key;
  });

  return { index, termSetKeys, byType, diagnoses, procedures, procedureCues, generalizedCues, observationCues };
}

export function termScanners(lexicon: CompiledLexicon): TermScanners {
  let s = cache.get(lexicon);
  if (!s) cache.set(lexicon, (s = build(lexicon)));
  return s;
}

/** The scanner of one finding type; an empty one when the lexicon has no file for it. */
export function scannerFor(lexicon: CompiledLexicon, type: TermFindingType): TermScanner<TermEntry> {
  return termScanners(lexicon).byType.get(type) ?? EMPTY;
}

const EMPTY = new TermScanner<TermEntry>();
