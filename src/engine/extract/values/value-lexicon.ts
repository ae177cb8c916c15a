/**
 * Matchers and indexes only the value parsers need, built once per compiled lexicon from its data
 * (a WeakMap, so a test's own lexicon gets its own and nothing leaks between them).
 */
import type { LabAnalyteDef, LabQualitativeDef } from '../../../lexicon/types.ts';
import type { LabSpecimen, LabTime } from '../../types.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import { PhraseMatcher } from '../../matcher.ts';
import { phraseKey } from '../../../text/tokens.ts';

export interface ValueLexicon {
  examCues: PhraseMatcher<true>;
  /** Case-sensitive aliases by analyte id and normalised key, with the exact written form. */
  caseSensitive: Map<string, Map<string, string>>;
  /** Every unit any analyte is written in (normalised), longest first, for reading a unit after a number. */
  labUnits: string[];
  /** First tokens of the strength-test terms: the term matcher is only asked where one of them stands. */
  strengthTestStarts: Set<string>;
  /** Lab time labels ("on admission", "baseline", "today"). */
  labTimes: PhraseMatcher<LabTime>;
  /** Specimen problems ("hemolyzed", "repeat to confirm"), the words allowed between them and a value, and their negators. */
  labSpecimen: PhraseMatcher<LabSpecimen>;
  labSpecimenFillers: Set<string>;
  labSpecimenNegators: Set<string>;
  /** Context phrases of analytes that need one ("UA:"), with the analyte ids each opens. */
  labContexts: PhraseMatcher<string>;
  /** Aliases that count only after their analyte's context ("blood" after "UA:"). */
  labContextAliases: PhraseMatcher<LabAnalyteDef>;
  /** Qualitative result words by analyte id ("large", "negative"). */
  labQualitative: Map<string, PhraseMatcher<LabQualitativeDef>>;
  /** Words beside an alias that make it another thing's name ("potassium chloride", "vitamin K"). */
  notResultAfter: Set<string>;
  notResultBefore: Set<string>;
  /** Other exam scales (anatomy.yaml `otherScales`): a row about one, the word before "4/5", the word after it. */
  otherScaleRows: Set<string>;
  notGradeBefore: Set<string>;
  countedAfter: Set<string>;
  /** Regions whose site in a strength row's label ("MMT LLE:") applies to every grade of the row: a limb or a half of the body. */
  rowLabelRegions: Set<string>;
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
    const labs = lex.data.labs;
    const labTimes = new PhraseMatcher<LabTime>();
    for (const t of labs.times) for (const p of t.phrases) labTimes.add(p, t.time);
    const labSpecimen = new PhraseMatcher<LabSpecimen>();
    for (const sp of labs.specimen) for (const p of sp.phrases) labSpecimen.add(p, sp.problem);
    const labContexts = new PhraseMatcher<string>();
    const labContextAliases = new PhraseMatcher<LabAnalyteDef>();
    const labQualitative = new Map<string, PhraseMatcher<LabQualitativeDef>>();
    for (const a of labs.analytes) {
      for (const p of a.context ?? []) labContexts.add(p, a.id);
      for (const p of a.contextAliases ?? []) labContextAliases.add(p, a);
      if (!a.qualitative) continue;
      const m = new PhraseMatcher<LabQualitativeDef>();
      for (const q of a.qualitative) for (const p of q.phrases) m.add(p, q);
      labQualitative.set(a.id, m);
    }
    v = {
      labTimes,
      labSpecimen,
      labSpecimenFillers: new Set(labs.specimenFillers.map((f) => f.toLowerCase())),
      labSpecimenNegators: new Set(labs.specimenNegators.map((f) => f.toLowerCase())),
      labContexts,
      labContextAliases,
      labQualitative,
      examCues,
      strengthTestStarts,
      caseSensitive: caseSensitiveIndex(lex.data.labs.analytes),
      labUnits: [...units].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)),
      notResultAfter: new Set(labs.notResultAfter),
      notResultBefore: new Set(labs.notResultBefore),
      otherScaleRows: new Set(lex.data.anatomy.otherScales.rowWords),
      notGradeBefore: new Set(lex.data.anatomy.otherScales.beforeGrade),
      countedAfter: new Set(lex.data.anatomy.otherScales.countedAfter),
      rowLabelRegions: new Set([...lex.data.anatomy.regionKinds.limb, ...lex.data.anatomy.regionKinds.halfBody]),
    };
    cache.set(lex, v);
  }
  return v;
}
