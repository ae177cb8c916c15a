/**
 * Strength exams as rows. Therapists and clinicians write manual muscle tests as lines of a table
 * or as labelled lists, and what a grade applies to is often said once, at the start of the row or
 * above the table:
 *
 *   MMT LLE: hip abd 3+/5, ankle DF 4-/5       the row's label (limb and side) carries to each grade
 *   Strength R/L: hip flex 4/5 5/5             the label names two columns, right then left
 *   MMT        R     L                        a header row names the columns of the rows below it
 *   Hip flex   4     5                        and a bare 4 is a grade in such a table
 *
 * A row is a sentence, split again at line breaks (a table's lines are rows even when the sentence
 * splitter joins a lower-case line to the one above). A block of rows starts at a row that names the
 * strength test without grading anything ("MMT:", "Strength  R  L") and ends at a blank line, a new
 * section or a row with another label ("Reflexes: ...").
 */
import type { AnatomySiteDef } from '../../../lexicon/types.ts';
import type { Doc } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { Laterality } from '../../types.ts';
import { valueLexicon } from './value-lexicon.ts';

export interface RowLabel {
  /** First token after the label (the label's ':' included); the row's first token when it has none. */
  end: number;
  /** Limb and muscle sites the label names ("LLE", "Hip flexion"). */
  sites: AnatomySiteDef[];
  /** The one side the label names ("R UE:"); undefined when it names none or two (columns). */
  side?: Laterality;
  /** Two sides named in order ("R/L", "Right | Left"): the columns of the row's grades. */
  columns?: Laterality[];
  /** Words before the ':' that are not sides, sites or strength cues ("Reflexes:"): another item. */
  foreign: boolean;
}

export interface StrengthRow {
  firstToken: number;
  endToken: number;
  label: RowLabel;
  /** Columns from the row's own label or from the table header above it. */
  columns?: Laterality[];
  /** The row, its label or its table names the strength test: "4/5" in it is a grade. */
  cue: boolean;
  /** A strength table row: bare numbers and grade words may be grades in it. */
  strength: boolean;
}

/** Punctuation and words a row label may hold besides sides, sites and cues. */
const LABEL_FILLERS = new Set([
  '(', ')', '[', ']', '/', '|', ',', '-', '\u2013', '\u2014', '&', 'and', 'grades', 'grade', 'grading', 'exam', 'testing', 'tested', 'muscle', 'muscles',
  'group', 'groups', 'side', 'limb', 'extremity',
]);
/** How far into a row a label's ':' may stand. */
const LABEL_MAX = 10;
/** Bullets and list numbering before a row's label. */
const BULLETS = new Set(['-', '*', '\u2022', '#', '>', '\u25cf', '\u25aa']);
/** Words after which the next line continues the same row (a wrapped sentence). */
const CONTINUES = new Set([',', 'and', 'or', 'in', 'of', 'the', 'at', 'with', 'to', 'on', 'both', 'bilateral', '&', '/']);

function skipBullets(doc: Doc, i: number, end: number): number {
  const t = doc.tokens;
  while (i < end && BULLETS.has(t[i]!.norm)) i++;
  // "1." or "2)" list numbering, not a grade ("5/5 throughout").
  if (i + 1 < end && t[i]!.kind === 'number' && (t[i + 1]!.norm === '.' || t[i + 1]!.norm === ')') && t[i + 2]?.kind !== 'number') i += 2;
  return i;
}

/** Distinct left/right sides in written order, when there are two: "R/L" -> [right, left]. */
function columnsOf(sides: readonly Laterality[]): Laterality[] | undefined {
  const lr = sides.filter((s) => s !== 'bilateral');
  if (lr.length !== 2 || lr[0] === lr[1] || sides.length !== 2) return undefined;
  return lr;
}

/** The label at the start of row tokens [first, end). */
export function readLabel(doc: Doc, lex: CompiledLexicon, first: number, end: number): RowLabel {
  const t = doc.tokens;
  const start = skipBullets(doc, first, end);
  const limit = Math.min(end, start + LABEL_MAX);
  // Only a colon within reach ends a label; most rows have none, and then the words before it are not read.
  let colon = false;
  for (let k = start; k < limit && !colon; k++) colon = t[k]!.norm === ':';
  if (!colon) return unlabelled(doc, lex, first, start, end);
  const sites: AnatomySiteDef[] = [];
  const sides: Laterality[] = [];
  let foreign = false;
  let i = start;
  while (i < limit) {
    if (t[i]!.norm === ':') {
      const columns = columnsOf(sides);
      // "Reflexes: ..." or a sentence that runs into the next item's label: nothing to carry.
      if (foreign) return { end: first, sites: [], foreign };
      return {
        end: i + 1,
        sites,
        ...(!columns && sides.length > 0 ? { side: sides.includes('bilateral') ? 'bilateral' : sides[0]! } : {}),
        ...(columns ? { columns } : {}),
        foreign,
      };
    }
    const site = lex.sites.matchAt(t, i, end);
    const side = lex.laterality.matchAt(t, i, end);
    if (site && (!side || site.last >= side.last)) {
      const def = site.payloads[0]!;
      sites.push(def);
      if (def.laterality) sides.push(def.laterality);
      i = site.last + 1;
    } else if (side) {
      sides.push(side.payloads[0]!);
      i = side.last + 1;
    } else {
      const cue = lex.strengthCues.matchAt(t, i, end);
      if (cue) i = cue.last + 1;
      else {
        if (t[i]!.kind === 'number' || !LABEL_FILLERS.has(t[i]!.norm)) foreign = true;
        i++;
      }
    }
  }
  return unlabelled(doc, lex, first, start, end);
}

/**
 * No ':': a row that starts with a limb or side ("L hip flex 4/5, knee ext 4/5", "RUE 3/5 ...")
 * carries that side to the row's grades; the tokens stay in the row.
 */
function unlabelled(doc: Doc, lex: CompiledLexicon, first: number, start: number, end: number): RowLabel {
  const lead = leadingSide(doc, lex, start, end);
  return { end: first, sites: [], ...(lead ? { side: lead } : {}), foreign: false };
}

function leadingSide(doc: Doc, lex: CompiledLexicon, start: number, end: number): Laterality | undefined {
  const side = lex.laterality.matchAt(doc.tokens, start, end);
  if (side) return side.payloads[0]!;
  const site = lex.sites.matchAt(doc.tokens, start, end);
  return site?.payloads[0]!.laterality;
}

/** A row that only names columns: "R  L", "Strength   Right   Left", "MMT (R | L)". */
function headerColumns(doc: Doc, lex: CompiledLexicon, first: number, end: number): Laterality[] | undefined {
  const t = doc.tokens;
  const sides: Laterality[] = [];
  let i = skipBullets(doc, first, end);
  while (i < end) {
    const side = lex.laterality.matchAt(t, i, end);
    if (side) {
      sides.push(side.payloads[0]!);
      i = side.last + 1;
      continue;
    }
    const cue = lex.strengthCues.matchAt(t, i, end);
    if (cue) {
      i = cue.last + 1;
      continue;
    }
    if (t[i]!.norm !== ':' && !LABEL_FILLERS.has(t[i]!.norm)) return undefined;
    i++;
  }
  return columnsOf(sides);
}

/**
 * Row token ranges: sentences, split again where a line starts that does not continue the one
 * before, and joined again where the sentence splitter took an abbreviation's period for a full stop
 * on the same line ("hip abd. 3+/5").
 */
function rowRanges(doc: Doc): [number, number][] {
  const ranges: [number, number][] = [];
  const t = doc.tokens;
  let from = -1;
  let prevEnd = -1;
  for (const s of doc.sentences) {
    if (doc.headerToken[s.firstToken]) {
      if (from >= 0) ranges.push([from, prevEnd]);
      from = -1;
      continue;
    }
    const joins = from >= 0 && prevEnd === s.firstToken && t[s.firstToken]!.newlinesBefore === 0 && t[s.firstToken]!.kind === 'number' && t[prevEnd - 1]!.norm === '.';
    if (!joins) {
      if (from >= 0) ranges.push([from, prevEnd]);
      from = s.firstToken;
    }
    for (let i = s.firstToken + 1; i < s.endToken; i++) {
      if (t[i]!.newlinesBefore > 0 && !CONTINUES.has(t[i - 1]!.norm)) {
        ranges.push([from, i]);
        from = i;
      }
    }
    prevEnd = s.endToken;
  }
  if (from >= 0) ranges.push([from, prevEnd]);
  return ranges;
}

const hasAny = (doc: Doc, from: number, to: number, words: ReadonlySet<string>) => {
  for (let i = from; i < to; i++) if (words.has(doc.tokens[i]!.norm)) return true;
  return false;
};

/** A row with a digit followed by "/5" or "of 5" ("4/5", "4 of 5"), not a date ("4/5/2024"). */
function hasSlashFive(doc: Doc, from: number, to: number): boolean {
  const t = doc.tokens;
  for (let i = from; i + 2 < to; i++) {
    if (t[i]!.kind === 'number' && t[i]!.norm.length === 1 && (t[i + 1]!.norm === '/' || t[i + 2]!.norm === '/')) {
      const five = t[i + 1]!.norm === '/' ? i + 2 : i + 3;
      if (five < to && t[five]!.norm === '5' && t[five + 1]?.norm !== '/') return true;
    }
  }
  return false;
}

/** Tokens a table title may have. */
const TITLE_MAX = 8;

const statesStrength = (lex: CompiledLexicon, doc: Doc, from: number, to: number) =>
  lex.normalStrength.someIn(doc.tokens, from, to) || lex.reducedStrength.someIn(doc.tokens, from, to);

const hasNumber = (doc: Doc, from: number, to: number) => {
  for (let i = from; i < to; i++) if (doc.tokens[i]!.kind === 'number') return true;
  return false;
};

const namesSite = (doc: Doc, lex: CompiledLexicon, from: number, to: number) => lex.sites.someIn(doc.tokens, from, to);

export function strengthRows(doc: Doc, lex: CompiledLexicon): StrengthRow[] {
  const rows: StrengthRow[] = [];
  let block: { section: number; columns?: Laterality[] } | null = null;
  for (const [first, end] of rowRanges(doc)) {
    const section = doc.sentences[doc.sentenceOfToken[first]!]!.sectionIndex;
    if (block && (block.section !== section || doc.tokens[first]!.newlinesBefore >= 2)) block = null;
    const label = readLabel(doc, lex, first, end);
    if (label.foreign) block = null;
    const cue = lex.strengthCues.someIn(doc.tokens, first, end);
    // A row about another exam: bare numbers in it are not grades ("DTRs 2+", "pulses 2+", "ROM 0-120").
    const otherScale = hasAny(doc, first, end, valueLexicon(lex).otherScaleRows);
    const graded = hasSlashFive(doc, first, end);
    const header = headerColumns(doc, lex, first, end);
    // A table's title is short and grades nothing: "MMT:", "Today's MMT", "Strength (R/L):".
    const title = cue && end - first <= TITLE_MAX && !hasNumber(doc, first, end) && !statesStrength(lex, doc, first, end);
    if (header || title) {
      // "MMT:", "Strength (R/L):", "R   L": the rows below are the table. The row itself may
      // still state strength in words ("Strength intact.").
      block = { section, ...(header ? { columns: header } : label.columns ? { columns: label.columns } : {}) };
    }
    const columns = label.columns ?? block?.columns;
    const named = cue || block !== null || columns !== undefined;
    const strength = !otherScale && (named || label.sites.length > 0 || (graded && namesSite(doc, lex, first, end)));
    rows.push({ firstToken: first, endToken: end, label, ...(columns ? { columns } : {}), cue: named, strength });
  }
  return rows;
}
