/**
 * A wrong-patient paste corrected in the note: "Labs: Hgb 7.1 (L) | K 6.2 (H) ... ADDENDUM: the lab
 * results listed above were copied in error from another patient's chart. Correct labs for this
 * patient: Hgb 14.6 | K 4.1". After a statement that values belong to another patient
 * (lexicon/context.yaml `wrongPatient`), an earlier lab value whose analyte the note reports again
 * after the statement is another patient's: its experiencer is not the patient (`family`, the flag
 * rules read as "not about the patient"). An earlier value the note does not report again keeps its
 * assertion (the statement may name only some of them), and so does every value after the statement.
 */
import { PhraseMatcher } from '../matcher.ts';
import type { Doc } from '../document.ts';
import type { CompiledLexicon } from '../lexicon.ts';
import type { Finding, FindingOf } from '../types.ts';

const matchers = new WeakMap<CompiledLexicon, PhraseMatcher<true> | null>();

function matcherOf(lexicon: CompiledLexicon): PhraseMatcher<true> | null {
  let m = matchers.get(lexicon);
  if (m === undefined) {
    const phrases = lexicon.data.context.wrongPatient ?? [];
    m = phrases.length ? new PhraseMatcher<true>() : null;
    for (const p of phrases) m!.add(p, true);
    matchers.set(lexicon, m);
  }
  return m;
}

export function markOtherPatientValues(doc: Doc, findings: readonly Finding[], lexicon: CompiledLexicon): void {
  const matcher = matcherOf(lexicon);
  if (!matcher) return;
  const statements = matcher.findAll(doc.tokens);
  if (statements.length === 0) return;
  const labs = findings.filter((f): f is FindingOf<'lab'> => f.type === 'lab');
  for (const s of statements) {
    const sentence = doc.sentences[doc.sentenceOfToken[s.first]!];
    if (!sentence) continue;
    const statementEnd = doc.tokens[s.last]!.end;
    const after = new Set(labs.filter((f) => f.start >= statementEnd).map((f) => f.attributes.analyte));
    for (const f of labs) {
      if (f.end <= sentence.start && after.has(f.attributes.analyte)) f.assertion.family = true;
    }
  }
}
