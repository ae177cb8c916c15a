/**
 * Which muscle groups, regions and side a strength grade applies to. A sentence is read as a row
 * of items (grades, sites, side words, cue words, small connectors, anything else); the sites
 * written next to a grade, before or after it, without an unrelated word between, belong to it.
 *
 * Notes write sites on either side ("hip flexors 4/5" vs "4/5 proximal arms/legs, 5/5 distal"), so
 * the first grade of the sentence decides the orientation: sites before it mean every grade takes
 * the sites before it; otherwise every grade takes the sites after it, up to the next grade.
 */
import type { AnatomySiteDef } from '../../../lexicon/types.ts';
import type { Doc } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { Laterality } from '../../types.ts';

type ItemKind = 'grade' | 'site' | 'side' | 'cue' | 'connector' | 'break' | 'other';

interface Item {
  kind: ItemKind;
  first: number;
  last: number;
  site?: AnatomySiteDef;
  side?: Laterality;
  /** Index into the grades list for kind 'grade'. */
  grade?: number;
}

/** Words that may sit between a grade and its sites ("4/5 in the hip flexors and deltoids"). */
const CONNECTORS = new Set([
  'and', 'or', '&', '/', '(', ')', '[', ']', ':', '-', '=', 'in', 'of', 'the', 'at', 'with', 'all', 'muscles',
  'muscle', 'groups', 'group', 'is', 'are', 'was', 'were', 'graded', 'grade', 'on', 'sides', 'extremity',
  'extremities', 'limbs', 'testing', 'tested', 'exam', 'mmt', 'also', 'otherwise', 'elsewhere', 'remaining', 'rest',
  'remainder', 'major', 'now', 'today', 'currently', 'still', 'remains', 'remain', 'improved', 'improving', 'to', 'from',
  'previously', 'initially', 'measured', 'measures', 'each', 'both', '|',
]);

/** Before a grade, these make it the grade of the other muscles ("..., otherwise 5/5"). */
const COMPLEMENT = new Set(['otherwise', 'elsewhere', 'remaining', 'rest', 'remainder']);

/** Punctuation a site list may continue over after a grade, but not before one. */
const LIST_BREAKS = new Set([',', ';']);

export interface GradeSpan {
  first: number;
  last: number;
}

export function buildItems(doc: Doc, lex: CompiledLexicon, from: number, to: number, grades: readonly GradeSpan[]): Item[] {
  const items: Item[] = [];
  let g = 0;
  let i = from;
  while (i < to) {
    const grade = grades[g];
    if (grade && i === grade.first) {
      items.push({ kind: 'grade', first: grade.first, last: grade.last, grade: g });
      i = grade.last + 1;
      g++;
      continue;
    }
    const limit = grade ? grade.first : to;
    const site = lex.sites.matchAt(doc.tokens, i, limit);
    const side = lex.laterality.matchAt(doc.tokens, i, limit);
    if (site && (!side || site.last >= side.last)) {
      const def = site.payloads[0]!;
      items.push({ kind: 'site', first: i, last: site.last, site: def, ...(def.laterality ? { side: def.laterality } : {}) });
      i = site.last + 1;
      continue;
    }
    if (side) {
      items.push({ kind: 'side', first: i, last: side.last, side: side.payloads[0]! });
      i = side.last + 1;
      continue;
    }
    const cue = lex.strengthCues.matchAt(doc.tokens, i, limit);
    if (cue) {
      items.push({ kind: 'cue', first: i, last: cue.last });
      i = cue.last + 1;
      continue;
    }
    const norm = doc.tokens[i]!.norm;
    const kind: ItemKind = CONNECTORS.has(norm) ? 'connector' : LIST_BREAKS.has(norm) ? 'break' : 'other';
    items.push({ kind, first: i, last: i });
    i++;
  }
  return items;
}

/** Item indexes of the run before grade item `at` (not over a comma) and after it (over commas). */
/** Item indexes of the run before grade item `at` (not over a comma). */
function runBefore(items: readonly Item[], at: number): number[] {
  const out: number[] = [];
  for (let k = at - 1; k >= 0; k--) {
    const kind = items[k]!.kind;
    if (kind === 'grade' || kind === 'other' || kind === 'break') break;
    out.push(k);
  }
  return out;
}

/**
 * Items after grade item `at`, up to the next grade or an unrelated word. A semicolon ends the
 * grade's list; where sites come first in the row, so does a comma: what follows it is the next
 * item ("RUE 4/5 grip; LUE, BLE 5/5").
 */
function runAfter(doc: Doc, items: readonly Item[], at: number, sitesFirst: boolean): number[] {
  const out: number[] = [];
  for (let k = at + 1; k < items.length; k++) {
    const item = items[k]!;
    if (item.kind === 'grade' || item.kind === 'other') break;
    if (item.kind === 'break' && (sitesFirst || doc.tokens[item.first]!.norm === ';')) break;
    out.push(k);
  }
  return out;
}

export interface GradeSites {
  sites: string[];
  laterality?: Laterality;
  /** The side was written for this grade (not shared from the grade before it). */
  ownSide?: boolean;
  /** First token of the sites and side written right before the grade ("RUE" in "RUE 3/5"). */
  from?: number;
  /** Last token of the sites and side written for the grade ("deltoid" in "4/5 in the left deltoid"). */
  to?: number;
  /** The grade of the other muscles ("..., otherwise 5/5"): the row's label does not apply to it. */
  complement?: boolean;
}

function summarize(items: readonly Item[], picked: readonly number[]): GradeSites {
  const sites: string[] = [];
  const sides = new Set<Laterality>();
  let to: number | undefined;
  for (const k of [...picked].sort((a, b) => a - b)) {
    const item = items[k]!;
    if (item.site && !sites.includes(item.site.id)) sites.push(item.site.id);
    if (item.side) sides.add(item.side);
    if (item.site || item.side) to = Math.max(to ?? item.last, item.last);
  }
  const span = to !== undefined ? { to } : {};
  const laterality: Laterality | undefined =
    sides.has('bilateral') || (sides.has('left') && sides.has('right')) ? 'bilateral' : sides.has('left') ? 'left' : sides.has('right') ? 'right' : undefined;
  return laterality ? { sites, laterality, ownSide: true, ...span } : { sites, ...span };
}

/** The earliest site or side token of a grade's run before it, for a span that names the limb. */
function startOf(items: readonly Item[], before: readonly number[]): number | undefined {
  const named = before.filter((k) => items[k]!.kind === 'site' || items[k]!.kind === 'side');
  return named.length > 0 ? Math.min(...named.map((k) => items[k]!.first)) : undefined;
}

/**
 * Position of each grade item in its run of grades written side by side ("4/5 5/5", "4/5 | 5/5",
 * "4, 5"): the column it stands in when a row's columns are right and left.
 */
export function columnPositions(items: readonly Item[]): number[] {
  const out: number[] = [];
  let position = -1;
  let inRun = false;
  for (const item of items) {
    if (item.kind === 'grade') {
      position = inRun ? position + 1 : 0;
      inRun = true;
      out.push(position);
    } else if (item.kind !== 'connector' && item.kind !== 'break') {
      inRun = false;
    }
  }
  return out;
}

const hasSite = (items: readonly Item[], run: readonly number[]) => run.some((k) => items[k]!.kind === 'site');

/** Sites and side of every grade item, in grade order. */
export function assignSites(doc: Doc, items: readonly Item[]): GradeSites[] {
  const gradeItems = items.flatMap((item, k) => (item.kind === 'grade' ? [k] : []));
  // "R 4+ L 5": when the first grade has its side right before it, so does every grade of the
  // row, and a side right before a grade is not the previous grade's.
  const sideLeads = gradeItems.length > 0 && items[gradeItems[0]! - 1]?.kind === 'side';
  const leading = new Set(sideLeads ? gradeItems.map((k) => k - 1).filter((k) => items[k]?.kind === 'side') : []);
  const before = gradeItems.map((k) => runBefore(items, k));
  const sitesFirst = before.length > 0 && hasSite(items, before[0]!);
  const after = gradeItems.map((k) => runAfter(doc, items, k, sitesFirst).filter((i) => !leading.has(i)));
  const result = gradeItems.map((_, n) => {
    if (sitesFirst) {
      const claimedByNext = new Set(before[n + 1] ?? []);
      return summarize(items, [...before[n]!, ...after[n]!.filter((k) => !claimedByNext.has(k))]);
    }
    if (n === 0) return summarize(items, [...before[0]!, ...after[0]!]);
    // Sites written before a later grade, after a break the previous grade's list does not reach
    // ("decreased strength on exam; deltoids 4/5"), belong to that grade.
    if (hasSite(items, after[n]!)) return summarize(items, after[n]!);
    const claimedByPrevious = new Set(after[n - 1]!);
    return summarize(items, [...before[n]!.filter((k) => !claimedByPrevious.has(k)), ...after[n]!]);
  });
  // A grade without sites shares the sites of the grade before it when it is written right after
  // it ("Hip flexors 4/5 4/5", a right and a left column) or when sites come first in the
  // sentence ("Hip flexion 3+/5 R, 4-/5 L"); its own side wins. Not "..., otherwise 5/5".
  const complement = (n: number) => before[n]!.some((k) => COMPLEMENT.has(doc.tokens[items[k]!.first]!.norm));
  for (let n = 1; n < result.length; n++) {
    const own = result[n]!;
    const prev = result[n - 1]!;
    if (own.sites.length > 0 || complement(n) || !(sitesFirst || gradeItems[n]! === gradeItems[n - 1]! + 1)) continue;
    result[n] = own.laterality
      ? { sites: [...prev.sites], laterality: own.laterality, ownSide: true }
      : prev.laterality
        ? { sites: [...prev.sites], laterality: prev.laterality }
        : { sites: [...prev.sites] };
  }
  // Where sites come first, a side written for one grade runs on over the commas of its list to the
  // grades that name a site but no side, up to a semicolon or another side: "LUE deltoid 3/5, grip
  // 4-/5; LLE hip flexion 4-/5, ankle DF 3/5" is a left grip and a left ankle.
  if (sitesFirst) {
    for (let n = 1; n < result.length; n++) {
      const own = result[n]!;
      const prev = result[n - 1]!;
      if (own.laterality || !prev.laterality || prev.laterality === 'bilateral' || complement(n)) continue;
      const between = items.slice(gradeItems[n - 1]! + 1, gradeItems[n]!);
      if (between.some((item) => item.kind === 'other' || (item.kind === 'break' && doc.tokens[item.first]!.norm !== ','))) continue;
      result[n] = { ...own, laterality: prev.laterality };
    }
  }
  gradeItems.forEach((_, n) => {
    const from = startOf(items, before[n]!);
    if (from !== undefined) result[n]!.from = from;
    if (complement(n)) result[n]!.complement = true;
  });
  return result;
}
