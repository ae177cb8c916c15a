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
import type { AnyCandidate, Doc, DocSentence, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { StrengthGradeAttributes } from '../../types.ts';
import { candidate, sectionRole } from './scan.ts';
import { assignSites, buildItems, type GradeSpan } from './strength-sites.ts';
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
/** After "4/5" these make it a fraction of time or of a count, not a grade. */
const NOT_GRADE_AFTER = new Set([
  'day', 'days', 'week', 'weeks', 'wk', 'wks', 'month', 'months', 'year', 'years', 'night', 'nights', 'time', 'times',
  'visit', 'visits', 'session', 'sessions', 'episode', 'episodes', 'dose', 'doses', 'hour', 'hours', 'hr', 'hrs',
  'patient', 'patients', 'pts', 'attempts', 'trials', 'stars', 'questions', 'criteria', 'items',
]);
/** Before "4/5": a scale that is not strength. */
const NOT_GRADE_BEFORE = new Set(['pain', 'dtr', 'dtrs', 'reflex', 'reflexes', 'murmur', 'pulses', 'pulse', 'score', 'rated', 'edema']);

/** "4/5", "4+/5", "4 out of 5", "4 of 5" starting at token i. */
function readNumericGrade(doc: Doc, i: number, end: number): Grade | null {
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
  if (next && last + 1 < end && NOT_GRADE_AFTER.has(next.norm)) return null;
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
  const numeric = readNumericGrade(doc, j, end);
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

function phrases(doc: Doc, lex: CompiledLexicon, s: DocSentence, kind: 'normal' | 'reduced'): Grade[] {
  const matcher = kind === 'normal' ? lex.normalStrength : lex.reducedStrength;
  return matcher.findAll(doc.tokens, s.firstToken, s.endToken).map((m) => ({
    first: m.first,
    last: m.last,
    grade: null,
    normal: kind === 'normal',
    explicit: true,
  }));
}

function gradesOf(doc: Doc, lex: CompiledLexicon, s: DocSentence): Grade[] {
  const numeric: Grade[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (doc.headerToken[i]) continue;
    const g = readNamedGrade(doc, lex, i, s.firstToken, s.endToken) ?? readNumericGrade(doc, i, s.endToken);
    if (g) {
      numeric.push(g);
      i = g.last;
    }
  }
  const reduced = phrases(doc, lex, s, 'reduced');
  const examSentence =
    reduced.length > 0 &&
    (sectionRole(doc, s.firstToken) === 'exam' || valueLexicon(lex).examCues.findAll(doc.tokens, s.firstToken, s.endToken).length > 0);
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

function strengthContext(doc: Doc, lex: CompiledLexicon, s: DocSentence): boolean {
  return sectionRole(doc, s.firstToken) === 'exam' || lex.strengthCues.findAll(doc.tokens, s.firstToken, s.endToken).length > 0;
}

export const extractStrengthGrades: Extractor = (doc, lex) => {
  const out: AnyCandidate[] = [];
  for (const s of doc.sentences) {
    const grades = gradesOf(doc, lex, s);
    if (grades.length === 0) continue;
    const items = buildItems(doc, lex, s.firstToken, s.endToken, grades);
    const sites = assignSites(doc, items);
    // A grade next to a muscle site makes the sentence a strength statement for its other grades too.
    let context: boolean | undefined = sites.some((w) => w.sites.length > 0) || undefined;
    grades.forEach((g, n) => {
      const where = sites[n]!;
      if (!g.explicit && where.sites.length === 0 && !(context ??= strengthContext(doc, lex, s))) return;
      const before = doc.tokens[g.first - 1];
      if (!g.explicit && before && NOT_GRADE_BEFORE.has(before.norm)) return;
      const attributes: StrengthGradeAttributes = {
        grade: g.grade,
        ...(g.modifier ? { modifier: g.modifier } : {}),
        normal: g.normal,
        sites: where.sites,
        ...(where.laterality ? { laterality: where.laterality } : {}),
      };
      out.push(candidate(doc, 'strength-grade', g.first, g.last + 1, attributes));
    });
  }
  return out;
};
