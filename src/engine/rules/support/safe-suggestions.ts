/**
 * Every suggested code passes here before it reaches the user (issue 11: a wrong suggested code is
 * worse than none). A suggestion is dropped when it is
 * - not a valid, billable FY2026 code of the lexicon (a header, an unknown or deleted code);
 * - forbidden by an Excludes1 note beside a chosen code other than the one it replaces (G81.- beside
 *   a chosen I69.35-). Suggestions of one diagnostic are alternatives (a header's children), so they
 *   are not checked against each other;
 * - less specific than a code of its category that is chosen or documented by a
 *   confirmed diagnosis (D50.9 while D50.0 is coded, F32.A while F32.1 is documented): "less
 *   specific" is read from the titles, as more "unspecified" in the title than the other code, or
 *   as a sibling of a documented code (G70.00 beside a documented G70.01). A documented, more specific
 *   code takes the place of the vaguer suggestion.
 *   Alternatives suggested together (a header's children) are not weighed against each other.
 */
import { diagnosisCodes, findingsOf, isConfirmedInSetting } from '../../evidence/index.ts';
import type { RuleInput } from '../../rule-input.ts';
import type { Diagnostic, SuggestedCode } from '../../types.ts';
import { excludes1Ref, isBillable, refCovers } from './codes.ts';
import { perNote } from './per-note.ts';
import { uniqueBy } from './unique.ts';

const category = (code: string) => code.slice(0, 3);
const vagueness = (title: string) => (title.match(/\bunspecified\b|\bNOS\b/gi) ?? []).length;

/** True when `a` and `b` may not be coded together (a "code first" note pairing them overrides). */
function excluded(input: RuleInput, a: string, b: string): boolean {
  const aDef = input.lexicon.codes.get(a);
  const bDef = input.lexicon.codes.get(b);
  if (aDef?.codeFirst.some((r) => refCovers(r.code, b)) || bDef?.codeFirst.some((r) => refCovers(r.code, a))) return false;
  return excludes1Ref(aDef, b) !== null || excludes1Ref(bDef, a) !== null;
}

/**
 * Billable codes that confirmed diagnoses of the note name exactly ("major depressive disorder,
 * moderate": F32.1), each once in first-mention order. A family's default ("muscle atrophy": M62.50)
 * is no documented specificity. Worked out once per note: a note repeating one diagnosis thousands of
 * times documents one code, not thousands for every suggestion to compare against.
 */
const documentedCodes = perNote((input: RuleInput): string[] => [
  ...new Set(
    findingsOf(input.findings, 'diagnosis')
      .filter((f) => isConfirmedInSetting(f, input.options))
      .flatMap((f) => diagnosisCodes(input, f).filter((c) => isBillable(input.lexicon.codes.get(c)))),
  ),
]);

export function safeSuggestions(input: RuleInput, replacing: string | null, suggested: readonly SuggestedCode[]): SuggestedCode[] {
  const unique = uniqueBy(suggested, (s) => s.code);
  const valid = unique.filter((s) => isBillable(input.lexicon.codes.get(s.code)));
  const chosen = input.codes.map((c) => c.code).filter((c) => c !== replacing);
  const allowed = valid.filter((s) => !chosen.some((c) => excluded(input, s.code, c)));
  // Alternatives offered together (the children of a header) stay a choice; chosen and documented codes decide.
  const chosenSpecific = input.codes.filter((c) => c.billable !== false).map((c) => c.code);
  const documented = documentedCodes(input);
  const out: SuggestedCode[] = [];
  for (const s of allowed) {
    const title = input.lexicon.codes.get(s.code)!.title;
    const moreSpecific = (other: string) => {
      if (other === s.code) return false;
      const otherTitle = input.lexicon.codes.get(other)?.title ?? '';
      // Same category and fewer "unspecified" (D50.0 over D50.9), or a sibling in the same subcategory
      // that the note documents (G70.01 "with exacerbation" over G70.00 "without").
      const sameCategory = category(other) === category(s.code) && vagueness(otherTitle) < vagueness(title);
      const parent = (c: string) => c.slice(0, -1);
      const sibling = documented.includes(other) && parent(other) === parent(s.code) && /\.[0-9A-Z]+$/.test(parent(s.code));
      return sameCategory || sibling;
    };
    if (chosenSpecific.some(moreSpecific)) continue;
    const better = documented.find(moreSpecific);
    // A documented, more specific code replaces the vaguer one ("fatigue due to the depression" with
    // "major depressive disorder, moderate" documented: F32.1, not F32.A).
    if (better !== undefined) {
      if (!out.some((o) => o.code === better) && !chosen.some((c) => excluded(input, better, c))) {
        out.push({ code: better, title: input.lexicon.codes.get(better)!.title, reason: `${s.reason}; documented more specifically` });
      }
      continue;
    }
    if (!out.some((o) => o.code === s.code)) out.push(s);
  }
  return out;
}

/**
 * Suggestions of different diagnostics of one note must be codable together. When one diagnostic
 * suggests A and another B, and A's Excludes1 note names B but not the other way round, the tabular
 * says the condition belongs to B (G81.94's note: "hemiplegia due to sequela of cerebrovascular disease
 * (I69.35-)"), so A is withdrawn: a note with a late-effect stroke suggests I69.354, not also G81.94.
 * The diagnostic itself stays; it only stops offering the excluded code.
 */
export function withoutExcludedAcrossDiagnostics(input: RuleInput, diagnostics: Diagnostic[]): void {
  const suggestedBy = new Map<string, Set<Diagnostic>>();
  for (const d of diagnostics) for (const s of d.suggestedCodes) (suggestedBy.get(s.code) ?? suggestedBy.set(s.code, new Set()).get(s.code)!).add(d);
  const codes = [...suggestedBy.keys()];
  const yields = (a: string) =>
    codes.some((b) => {
      if (b === a || [...suggestedBy.get(b)!].every((d) => suggestedBy.get(a)!.has(d))) return false;
      return excludes1Ref(input.lexicon.codes.get(a), b) !== null && excludes1Ref(input.lexicon.codes.get(b), a) === null;
    });
  const withdrawn = new Set(codes.filter(yields));
  if (withdrawn.size === 0) return;
  for (const d of diagnostics) d.suggestedCodes = d.suggestedCodes.filter((s) => !withdrawn.has(s.code));
}
