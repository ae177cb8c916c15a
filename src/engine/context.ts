// Placeholder until the ConText stage lands: section defaults only.
import type { AnyCandidate, Doc } from './document.ts';
import type { CompiledLexicon } from './lexicon.ts';
import type { Assertion } from './types.ts';

export function assertCandidates(doc: Doc, candidates: readonly AnyCandidate[], _lexicon: CompiledLexicon): Assertion[] {
  return candidates.map((c) => {
    const def = doc.sectionDefs[doc.sentences[c.sentence]?.sectionIndex ?? -1] ?? null;
    return { negated: false, uncertain: false, historical: false, hypothetical: false, family: false, ...def?.defaults };
  });
}
