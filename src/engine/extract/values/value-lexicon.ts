/**
 * Matchers and indexes only the value parsers need, built once per compiled lexicon from its data
 * (a WeakMap, so a test's own lexicon gets its own and nothing leaks between them).
 */
import type { LabAnalyteDef } from '../../../lexicon/types.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import { PhraseMatcher } from '../../matcher.ts';
import { phraseKey } from '../../tokens.ts';

export interface ValueLexicon {
  examCues: PhraseMatcher<true>;
  /** Case-sensitive aliases by analyte id and normalised key, with the exact written form. */
  caseSensitive: Map<string, Map<string, string>>;
  /** Every unit any analyte is written in (normalised), longest first, for reading a unit after a number. */
  labUnits: string[];
  /** First tokens of the strength-test terms: the term matcher is only asked where one of them stands. */
  strengthTestStarts: Set<string>;
}

const cache = new WeakMap<CompiledLexicon, ValueLexicon>();

function caseSensitiveIndex(analytes: readonly LabAnalyteDef[]): Map<string, Map<string, string>> {
  const index = new Map<string, Map<string, string>>();
  for (const a of analytes) {
    if (!a.caseSensitive?.length) continue;
    index.set(a.id, new Map(a.caseSensitive.map((written) => [phraseKey(written).join(' '), written.replace(/\s+/g, '')])));
  }
  return index;
}

export function valueLexicon(lex: CompiledLexicon): ValueLexicon {
  let v = cache.get(lex);
  if (!v) {
    const examCues = new PhraseMatcher<true>();
    for (const p of lex.data.anatomy.examCues) examCues.add(p, true);
    const units = new Set<string>();
    for (const a of lex.data.labs.analytes) for (const u of [...a.units, ...(a.otherUnits ?? [])]) units.add(u.toLowerCase());
    const strengthTestStarts = new Set<string>();
    for (const f of lex.data.findings) {
      if (f.type !== 'strength-test') continue;
      for (const e of f.entries) {
        for (const term of e.terms.flatMap((t) => [t, ...(lex.data.inflections[t] ?? [])])) {
          const first = phraseKey(term).find((k) => k !== '-');
          if (first) strengthTestStarts.add(first);
        }
      }
    }
    v = {
      examCues,
      strengthTestStarts,
      caseSensitive: caseSensitiveIndex(lex.data.labs.analytes),
      labUnits: [...units].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)),
    };
    cache.set(lex, v);
  }
  return v;
}
