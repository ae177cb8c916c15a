/**
 * When a lab value was taken, and which value of a series is the current one.
 *
 * The label comes from the words around the value in its clause: before the analyte ("admission Na
 * 126", "baseline creatinine 1.0"), between it and the value ("CK peaked at 12,000", "K today 3.1")
 * and after the value ("Na 126 on admission", "Hgb 9.1 at discharge"), or a calendar date written
 * there ("CK 300 (3/14/2026)"). Then, per analyte, the current value is the best-ranked one (latest,
 * discharge > unlabelled > admission, peak, dated > prior, baseline), the last written on a tie;
 * every other value of the series is marked `current: false`, and a baseline or prior value is never
 * current. In a discharge summary, "Na 126 on admission ... Na 138" keeps 138 as today's sodium.
 */
import type { AnyCandidate, Doc } from '../../document.ts';
import type { LabAttributes, LabTime } from '../../types.ts';
import { findDates } from '../../context/dates.ts';

const TIME_WORDS = new Map<string, LabTime>([
  ['admission', 'admission'], ['admit', 'admission'], ['admitting', 'admission'], ['presentation', 'admission'],
  ['arrival', 'admission'], ['intake', 'admission'],
  ['discharge', 'discharge'], ['predischarge', 'discharge'],
  ['baseline', 'baseline'], ['usual', 'baseline'],
  ['prior', 'prior'], ['previous', 'prior'], ['previously', 'prior'], ['old', 'prior'], ['last', 'prior'],
  ['earlier', 'prior'], ['outside', 'prior'],
  ['peak', 'peak'], ['peaked', 'peak'], ['max', 'peak'], ['maximum', 'peak'], ['highest', 'peak'], ['nadir', 'peak'],
  ['lowest', 'peak'],
  ['today', 'latest'], ['now', 'latest'], ['currently', 'latest'], ['latest', 'latest'], ['repeat', 'latest'],
  ['recheck', 'latest'], ['rechecked', 'latest'], ['current', 'latest'],
]);

/** Punctuation that ends a value's clause (its label never crosses one). */
const CLAUSE_END = new Set([',', ';', '.', '|']);
const REACH_BEFORE = 3;
const REACH_AFTER = 3;
/** A numeric date is five tokens ("3 / 14 / 2026"), with a parenthesis around it. */
const DATE_REACH = 7;

const RANK: Record<LabTime | 'none', number> = {
  baseline: 0,
  prior: 0,
  dated: 1,
  admission: 1,
  peak: 1,
  none: 2,
  discharge: 3,
  latest: 3,
};

/** The time label of a lab candidate whose tokens are [first, end) in the sentence [from, to). */
export function labTimeOf(doc: Doc, first: number, end: number, from: number, to: number): LabTime | undefined {
  const t = doc.tokens;
  let lo = first;
  while (lo > from && first - lo < REACH_BEFORE && !CLAUSE_END.has(t[lo - 1]!.norm)) lo--;
  let hi = end;
  while (hi < to && hi - end < REACH_AFTER && !CLAUSE_END.has(t[hi]!.norm)) hi++;
  // A date beside the value ("CK 300 (3/14/2026)", "3/1/2026 Na 131") dates it.
  const dateHi = Math.min(to, end + DATE_REACH);
  if (findDates(t, Math.max(from, first - DATE_REACH), dateHi).some((d) => d.last < first || d.first >= end - 1)) return 'dated';
  let found: LabTime | undefined;
  for (let i = lo; i < hi; i++) {
    const label = TIME_WORDS.get(t[i]!.norm);
    // The nearest label after the analyte wins over one before it ("admission Na 126, repeat 131" is two values).
    if (label) found = label;
  }
  return found;
}

/** Marks every lab value that is not its series' current one (see the module comment). */
export function markCurrentLabs(labs: readonly AnyCandidate[]): void {
  const best = new Map<string, { rank: number; index: number }>();
  labs.forEach((c, index) => {
    const a = c.attributes as LabAttributes;
    const rank = RANK[a.time ?? 'none'];
    const seen = best.get(a.analyte);
    if (!seen || rank >= seen.rank) best.set(a.analyte, { rank, index });
  });
  labs.forEach((c, index) => {
    const a = c.attributes as LabAttributes;
    const chosen = best.get(a.analyte)!;
    if (chosen.index !== index || RANK[a.time ?? 'none'] === 0) a.current = false;
  });
}
