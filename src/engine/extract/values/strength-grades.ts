/**
 * Manual muscle test grades (MRC 0-5): "4/5", "4-/5", "4+/5", "4 out of 5", "MRC grade 4",
 * "grade 4/5", and strength stated without a number ("full strength", "strength intact").
 *
 * "N/5" is a grade only in a strength context: a cue word in the sentence ("strength", "motor",
 * "MMT"), a muscle site next to it, or the exam section; "MRC grade 4" is a grade by itself.
 * Dates (4/5/2024), blood pressure, pain scales (4/10: the denominator is not 5) and "4/5 days"
 * are not grades.
 *
 * Reduced strength without a number ("decreased strength on exam") is emitted here as a grade of
 * null with normal false, but only when the sentence is an exam observation (exam section or an
 * exam cue): the same words in a complaint ("reports decreased strength") are the weakness
 * extractor's subjective weakness, and must not count as a measured reduction.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { StrengthGradeAttributes } from '../../types.ts';
import { PhraseMatcher } from '../../matcher.ts';
import type { LintOptions, WeaknessAttributes } from '../../types.ts';
import { inCodeSet, normalizeCode } from '../../rules/support/codes.ts';
import { scannerFor } from '../terms/scanners.ts';
import { candidate, sectionRole } from './scan.ts';
import { strengthRows, type StrengthRow } from './strength-rows.ts';
import { assignSites, buildItems, columnPositions, type GradeSites, type GradeSpan } from './strength-sites.ts';
import { valueLexicon } from './value-lexicon.ts';

interface Grade extends GradeSpan {
  grade: number | null;
  modifier?: '+' | '-';
  normal: boolean;
  /** A grade by itself, without a strength context: "MRC grade 4", "strength intact". */
  explicit: boolean;
}

const GRADE_DIGITS = new Set(['0', '1', '2', '3', '4', '5']);
const MODIFIERS: ReadonlyMap<string, '+' | '-'> = new Map([['+', '+'], ['-', '-'], ['\u2013', '-'], ['\u2212', '-']]);

/** "4/5", "4+/5", "4 out of 5", "4 of 5" starting at token i ("4/5 days" is a count: anatomy.yaml `otherScales`). */
function readNumericGrade(doc: Doc, lex: CompiledLexicon, i: number, end: number): Grade | null {
  const t = doc.tokens;
  const digit = t[i]!;
  if (digit.kind !== 'number' || !GRADE_DIGITS.has(digit.norm)) return null;
  const prev = t[i - 1];
  if (prev && prev.end === digit.start && (prev.kind !== 'punct' || prev.norm === '/' || prev.norm === '.' || prev.norm === ',')) return null;
  let j = i + 1;
  let modifier: '+' | '-' | undefined;
  const mod = t[j];
  if (j < end && mod && mod.start === digit.end && MODIFIERS.get(mod.norm)) {
    modifier = MODIFIERS.get(mod.norm);
    j++;
  }
  let last: number;
  if (j + 1 < end && t[j]!.norm === '/' && t[j + 1]!.norm === '5') {
    last = j + 1;
    const after = t[last + 1];
    if (after && after.start === t[last]!.end && (after.norm === '/' || after.norm === '.' && t[last + 2]?.kind === 'number')) return null;
  } else if (j + 2 < end && t[j]!.norm === 'out' && t[j + 1]!.norm === 'of' && (t[j + 2]!.norm === '5' || t[j + 2]!.norm === 'five')) {
    last = j + 2;
  } else if (j + 1 < end && t[j]!.norm === 'of' && (t[j + 1]!.norm === '5' || t[j + 1]!.norm === 'five')) {
    last = j + 1;
  } else {
    return null;
  }
  const next = t[last + 1];
  if (next && last + 1 < end && valueLexicon(lex).countedAfter.has(next.norm)) return null;
  const grade = Number(digit.norm);
  return { first: i, last, grade, ...(modifier ? { modifier } : {}), normal: grade === 5 && modifier !== '-', explicit: false };
}

/** A strength cue ("power", "muscle strength") ending right before token `at`: its first token. */
function cueEndingBefore(doc: Doc, lex: CompiledLexicon, at: number, from: number): number | null {
  for (let k = Math.max(from, at - 3); k < at; k++) {
    const cue = lex.strengthCues.matchAt(doc.tokens, k, at);
    if (cue && cue.last === at - 1) return k;
  }
  return null;
}

/**
 * "MRC grade 4", "MRC 4+", "power grade 4" (a grade by itself) and "grade 4/5" (a grade in a
 * strength context), read at the "MRC" or "grade" token.
 */
function readNamedGrade(doc: Doc, lex: CompiledLexicon, i: number, from: number, end: number): Grade | null {
  const t = doc.tokens;
  const norm = t[i]!.norm;
  if (norm !== 'mrc' && norm !== 'grade') return null;
  let first = i;
  let named = norm === 'mrc';
  let j = i + 1;
  if (named && j < end && (t[j]!.norm === 'grade' || t[j]!.norm === 'scale')) j++;
  if (!named) {
    const cue = cueEndingBefore(doc, lex, i, from);
    if (cue !== null) {
      named = true;
      first = cue;
    }
  }
  if (j < end && t[j]!.norm === ':') j++;
  if (j >= end) return null;
  const numeric = readNumericGrade(doc, lex, j, end);
  if (numeric) return { ...numeric, first, explicit: named };
  if (!named || t[j]!.kind !== 'number' || !GRADE_DIGITS.has(t[j]!.norm)) return null;
  const after = t[j + 1];
  let last = j;
  let modifier: '+' | '-' | undefined;
  if (after && j + 1 < end && after.start === t[j]!.end && MODIFIERS.get(after.norm)) {
    modifier = MODIFIERS.get(after.norm);
    last = j + 1;
  }
  const follow = t[last + 1];
  if (follow && last + 1 < end && follow.start === t[last]!.end && (follow.norm === '/' || follow.norm === '.')) return null;
  const grade = Number(t[j]!.norm);
  return { first, last, grade, ...(modifier ? { modifier } : {}), normal: grade === 5 && modifier !== '-', explicit: true };
}

function phrases(doc: Doc, lex: CompiledLexicon, s: Range, kind: 'normal' | 'reduced'): Grade[] {
  const matcher = kind === 'normal' ? lex.normalStrength : lex.reducedStrength;
  // Most rows state strength in no words: no lists for them.
  if (!matcher.someIn(doc.tokens, s.firstToken, s.endToken)) return [];
  return matcher.findAll(doc.tokens, s.firstToken, s.endToken).map((m) => ({
    first: m.first,
    last: m.last,
    grade: null,
    normal: kind === 'normal',
    explicit: true,
  }));
}

interface Range {
  firstToken: number;
  endToken: number;
}

const gradeWordCache = new WeakMap<CompiledLexicon, PhraseMatcher<number>>();

function gradeWords(lex: CompiledLexicon): PhraseMatcher<number> {
  let m = gradeWordCache.get(lex);
  if (!m) {
    m = new PhraseMatcher<number>();
    for (const g of lex.data.anatomy.gradeWords) for (const p of g.phrases) m.add(p, g.grade);
    gradeWordCache.set(lex, m);
  }
  return m;
}

/** Punctuation a bare grade may stand next to in a table row. */
const CELL_EDGES = new Set([',', ';', '|', ')', '(', ']', '[', ':', '=']);

/**
 * A site or side ends right before token i, or starts at it: what may surround a bare grade in a
 * table row ("hip flex 4 5", "R 5 L 4", "knee ext: 4+ | 5").
 */
function namedAt(doc: Doc, lex: CompiledLexicon, i: number, end: number): boolean {
  return lex.sites.matchAt(doc.tokens, i, end) !== null || lex.laterality.matchAt(doc.tokens, i, end) !== null;
}

function namedBefore(doc: Doc, lex: CompiledLexicon, i: number, from: number): boolean {
  for (let k = Math.max(from, i - 4); k < i; k++) {
    const m = lex.sites.matchAt(doc.tokens, k, i) ?? lex.laterality.matchAt(doc.tokens, k, i);
    if (m && m.last === i - 1) return true;
  }
  return false;
}

const bareDigit = (doc: Doc, i: number) => doc.tokens[i]!.kind === 'number' && GRADE_DIGITS.has(doc.tokens[i]!.norm);

/** Token after a bare grade (and its modifier) at `next`: a cell edge, a site or side, another grade, or the row's end. */
function cellEnds(doc: Doc, lex: CompiledLexicon, next: number, end: number): boolean {
  if (next >= end) return true;
  const t = doc.tokens[next]!;
  if (CELL_EDGES.has(t.norm) || t.norm === 'and') return true;
  if (t.norm === '.') return next + 1 >= end;
  if (!t.spaceBefore) return false;
  return bareDigit(doc, next) || namedAt(doc, lex, next, end) || gradeWords(lex).matchAt(doc.tokens, next, end) !== null;
}

/** Token before a bare grade: a cell edge, a site or side, or another grade. */
function cellStarts(doc: Doc, lex: CompiledLexicon, i: number, from: number): boolean {
  if (i <= from) return false;
  const prev = doc.tokens[i - 1]!;
  if (CELL_EDGES.has(prev.norm)) return true;
  if (!doc.tokens[i]!.spaceBefore) return false;
  return bareDigit(doc, i - 1) || MODIFIERS.has(prev.norm) || namedBefore(doc, lex, i, from) || gradeWords(lex).matchAt(doc.tokens, i - 1, i) !== null;
}

/** "4", "4+", "4-" standing alone in a strength row's cell. */
function readBareGrade(doc: Doc, lex: CompiledLexicon, i: number, row: Range): Grade | null {
  const t = doc.tokens;
  if (!bareDigit(doc, i) || !cellStarts(doc, lex, i, row.firstToken)) return null;
  let last = i;
  let modifier: '+' | '-' | undefined;
  const mod = t[i + 1];
  if (i + 1 < row.endToken && mod && mod.start === t[i]!.end && MODIFIERS.get(mod.norm)) {
    modifier = MODIFIERS.get(mod.norm);
    last = i + 1;
  }
  if (!cellEnds(doc, lex, last + 1, row.endToken)) return null;
  const grade = Number(t[i]!.norm);
  return { first: i, last, grade, ...(modifier ? { modifier } : {}), normal: grade === 5 && modifier !== '-', explicit: true };
}

/** An MRC grade written as a word ("trace", "antigravity") in a cell of a strength row. */
function readGradeWord(doc: Doc, lex: CompiledLexicon, i: number, row: Range): Grade | null {
  const m = gradeWords(lex).matchAt(doc.tokens, i, row.endToken);
  if (!m || !cellEnds(doc, lex, m.last + 1, row.endToken)) return null;
  if (!(i > row.firstToken && (CELL_EDGES.has(doc.tokens[i - 1]!.norm) || namedBefore(doc, lex, i, row.firstToken) || bareDigit(doc, i - 1)))) return null;
  return { first: m.first, last: m.last, grade: m.payloads[0]!, normal: false, explicit: true };
}

function gradesOf(doc: Doc, lex: CompiledLexicon, s: Range, table: boolean): Grade[] {
  const numeric: Grade[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (doc.headerToken[i]) continue;
    const g =
      readNamedGrade(doc, lex, i, s.firstToken, s.endToken) ??
      readNumericGrade(doc, lex, i, s.endToken) ??
      (table ? (readBareGrade(doc, lex, i, s) ?? readGradeWord(doc, lex, i, s)) : null);
    if (g) {
      numeric.push(g);
      i = g.last;
    }
  }
  const reduced = phrases(doc, lex, s, 'reduced');
  const examSentence =
    reduced.length > 0 &&
    (sectionRole(doc, s.firstToken) === 'exam' || valueLexicon(lex).examCues.someIn(doc.tokens, s.firstToken, s.endToken));
  const stated = phrases(doc, lex, s, 'normal');
  if (examSentence) stated.push(...reduced);
  if (stated.length === 0) return numeric;
  // A phrase right next to a number restates it ("strength intact, 5/5"): the number is the finding.
  const nearNumber = new Uint8Array(s.endToken - s.firstToken);
  for (const g of numeric) nearNumber.fill(1, Math.max(0, g.first - 4 - s.firstToken), g.last + 5 - s.firstToken);
  const alone = stated.filter((p) => !nearNumber.subarray(p.first - s.firstToken, p.last + 1 - s.firstToken).includes(1));
  return withoutOverlaps([...numeric, ...alone]);
}

/** In text order; of two phrases over the same words ("decreased strength intact") the first stays. */
function withoutOverlaps(grades: Grade[]): Grade[] {
  grades.sort((a, b) => a.first - b.first || b.last - a.last);
  const out: Grade[] = [];
  for (const g of grades) if (out.length === 0 || g.first > out[out.length - 1]!.last) out.push(g);
  return out;
}

function strengthContext(doc: Doc, lex: CompiledLexicon, row: StrengthRow): boolean {
  return row.cue || sectionRole(doc, row.firstToken) === 'exam' || lex.strengthCues.someIn(doc.tokens, row.firstToken, row.endToken);
}

/**
 * What the row says once for all its grades: the label's limb and side ("MMT LLE:"), or the column
 * a grade stands in ("R/L: 4/5 5/5"). A grade's own side and sites win; "otherwise 5/5" takes none.
 */
function withRowContext(lex: CompiledLexicon, row: StrengthRow, where: GradeSites, column: number): GradeSites {
  if (where.complement) return where;
  const label = row.label;
  let sites = where.sites;
  const own = (id: string) => sites.includes(id);
  const limbs = label.sites.filter((d) => d.region !== undefined && valueLexicon(lex).rowLabelRegions.has(d.region));
  if (sites.length === 0) sites = label.sites.map((d) => d.id).filter((id, k, all) => all.indexOf(id) === k);
  else if (limbs.length > 0 && !limbs.some((d) => own(d.id))) sites = [...new Set([...limbs.map((d) => d.id), ...sites])];
  let laterality = where.ownSide ? where.laterality : undefined;
  if (!laterality && row.columns && column < row.columns.length) laterality = row.columns[column];
  // A side that merely opens a prose sentence ("Right ... 1/5 ...") is no row label.
  const labelled = row.strength || row.cue || label.end > row.firstToken;
  laterality ??= (labelled ? label.side : undefined) ?? where.laterality;
  const out: GradeSites = { ...where, sites };
  if (laterality) out.laterality = laterality;
  else delete out.laterality;
  return out;
}

interface RowGrade {
  grade: Grade;
  where: GradeSites;
  row: StrengthRow;
  candidate: AnyCandidate;
}

/**
 * A reduced grade on one side only is focal weakness found on exam ("RUE 3/5"): emitted as an
 * objective weakness finding so that the distribution rules see it, once per row. Only when every
 * reduced grade of the section is on that one side: "RUE 4/5" with "LUE 4/5" below is not focal.
 */
function focalWeakness(doc: Doc, graded: readonly RowGrade[]): AnyCandidate[] {
  const out: AnyCandidate[] = [];
  const bySection = new Map<number, RowGrade[]>();
  for (const g of graded) {
    if (!isReduced(g.grade)) continue;
    const section = doc.sentences[g.candidate.sentence]!.sectionIndex;
    const list = bySection.get(section);
    if (list) list.push(g);
    else bySection.set(section, [g]);
  }
  for (const list of bySection.values()) {
    const sides = new Set(list.map((g) => g.where.laterality));
    const side = list[0]!.where.laterality;
    if (sides.size !== 1 || (side !== 'left' && side !== 'right')) continue;
    if (list.some((g) => g.where.sites.length === 0 || g.where.sites.includes('all extremities'))) continue;
    // One finding per row, over its reduced grades and the sites written for them.
    const byRow = new Map<StrengthRow, { first: number; last: number; site: string }>();
    for (const g of list) {
      const first = Math.min(g.where.from ?? g.grade.first, g.grade.first);
      const last = Math.max(g.where.to ?? g.grade.last, g.grade.last);
      const span = byRow.get(g.row);
      if (span) {
        span.first = Math.min(span.first, first);
        span.last = Math.max(span.last, last);
      } else {
        byRow.set(g.row, { first, last, site: g.where.sites[0]! });
      }
    }
    for (const { first, last, site } of byRow.values()) {
      const attributes: WeaknessAttributes = { distribution: 'focal', observation: 'objective', ageRelated: false, site, laterality: side };
      out.push(candidate(doc, 'weakness', first, last + 1, attributes));
    }
  }
  return out;
}

/** The weakness pack's code set (lexicon/packs/weakness `codeSets`) whose codes put weakness in question. */
const WEAKNESS_FAMILY = 'weakness-family';

const isReduced = (g: Grade) => !g.normal && (g.grade === null || g.grade < 5 || g.modifier === '-');

/**
 * Focal weakness is read from grades only where weakness is the question: a weakness-family code is
 * given, or the note speaks of weakness. An orthopaedic note's "deltoid 4/5" with nothing else (or
 * with a disuse atrophy code) is an exam finding, and no reason to suggest a weakness code.
 */
function weaknessInQuestion(doc: Doc, lex: CompiledLexicon, options: LintOptions): boolean {
  // Without the weakness pack (a lexicon built from other packs) no code puts weakness in question.
  const given = lex.codeSets.has(WEAKNESS_FAMILY) &&
    (options.codes ?? []).some((c) => inCodeSet(lex, WEAKNESS_FAMILY, normalizeCode(typeof c === 'string' ? c : c.code)));
  return given || scannerFor(lex, 'weakness').scanDoc(doc).length > 0;
}

export const extractStrengthGrades: Extractor = (doc, lex, options) => {
  const out: AnyCandidate[] = [];
  const graded: RowGrade[] = [];
  for (const row of strengthRows(doc, lex)) {
    // A grade inside the row's label ("mrc: 0/5" read as a label) is never reported; leaving it out
    // keeps each grade at the index of its sites (buildItems starts after the label).
    const from = Math.max(row.firstToken, row.label.end);
    const all = gradesOf(doc, lex, row, row.strength);
    const grades = all.every((g) => g.first >= from) ? all : all.filter((g) => g.first >= from);
    if (grades.length === 0) continue;
    const items = buildItems(doc, lex, from, row.endToken, grades);
    const sites = assignSites(doc, items);
    const columns = columnPositions(items);
    // A grade next to a muscle site makes the row a strength statement for its other grades too.
    let context: boolean | undefined = sites.some((w) => w.sites.length > 0) || undefined;
    grades.forEach((g, n) => {
      const where = withRowContext(lex, row, sites[n]!, columns[n] ?? 0);
      if (!g.explicit && where.sites.length === 0 && !(context ??= strengthContext(doc, lex, row))) return;
      const before = doc.tokens[g.first - 1];
      if (!g.explicit && before && valueLexicon(lex).notGradeBefore.has(before.norm)) return;
      const attributes: StrengthGradeAttributes = {
        grade: g.grade,
        ...(g.modifier ? { modifier: g.modifier } : {}),
        normal: g.normal,
        sites: where.sites,
        ...(where.laterality ? { laterality: where.laterality } : {}),
      };
      const c = candidate(doc, 'strength-grade', g.first, g.last + 1, attributes);
      out.push(c);
      graded.push({ grade: g, where, row, candidate: c });
    });
  }
  const focal = focalWeakness(doc, graded);
  return focal.length > 0 && weaknessInQuestion(doc, lex, options) ? [...out, ...focal] : out;
};
