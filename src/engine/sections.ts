/**
 * Section stage: finds headers from the lexicon at the start of a line ("HPI:", "ASSESSMENT AND
 * PLAN", "## Plan", "1. Assessment:", "S:") and markdown-bold headers anywhere ("**Labs**: ..."),
 * in any case. A header without a colon must stand alone on its line, so prose such as
 * "Assessment of gait was limited" is not a header; one-letter SOAP headers need their colon. A
 * qualifier before the colon that carries the section over from an earlier note ("Exam (copied from
 * prior):", "ROS (from last visit):") makes the section historical.
 */
import type { SectionDef } from '../lexicon/types.ts';
import type { CompiledLexicon } from './lexicon.ts';
import type { Token } from '../text/tokens.ts';
import type { Section } from './types.ts';
import { findDates, isBeforeEncounter, noteEncounterDate } from './assertion/dates.ts';

export interface SectionSplit {
  sections: Section[];
  defs: (SectionDef | null)[];
  /** Section index of each token. */
  sectionOfToken: Int32Array;
  headerToken: Uint8Array;
}

const LEADING_MARKUP = new Set(['#', '*', '_', '-', '•', '·', '>', '=', '[']);
const TRAILING_MARKUP = new Set(['*', '_', '#', ']']);
const COLONS = new Set([':', '\uff1a']);

interface HeaderHit {
  def: SectionDef;
  /** First token of the header (markup included) and first token after it (colon included). */
  first: number;
  after: number;
}

function lineEnd(tokens: readonly Token[], from: number): number {
  let i = from + 1;
  while (i < tokens.length && tokens[i]!.newlinesBefore === 0) i++;
  return i;
}

/** A header at a line start: optional markup or numbering, the phrase, optional markup, colon or end of line. */
function headerAtLineStart(tokens: readonly Token[], start: number, end: number, lex: CompiledLexicon): HeaderHit | null {
  let i = start;
  while (i < end && LEADING_MARKUP.has(tokens[i]!.norm)) i++;
  // Numbering: "1." "2)" "IV." "A." only when followed by more tokens.
  const t = tokens[i];
  if (t && i + 2 < end && (t.kind === 'number' || /^[ivx]{1,4}$/.test(t.norm)) && (tokens[i + 1]!.norm === '.' || tokens[i + 1]!.norm === ')')) {
    i += 2;
  }
  const match = lex.sectionHeaders.matchAt(tokens, i, end);
  if (!match) return null;
  let j = match.last + 1;
  while (j < end && TRAILING_MARKUP.has(tokens[j]!.norm)) j++;
  let def = match.payloads[0]!;
  // "Copied from 11/28 note:": the header's own words run on to its colon.
  if (def.labelReach !== undefined && j < end && !COLONS.has(tokens[j]!.norm)) {
    let k = j;
    while (k < end && k - j < def.labelReach && !COLONS.has(tokens[k]!.norm)) k++;
    if (k < end && COLONS.has(tokens[k]!.norm)) j = k;
  }
  // "Exam (copied from prior):": a qualifier between the header and its colon.
  const qualifier = tokens[j]?.norm === '(' ? parenthetical(tokens, j, end, lex) : null;
  if (qualifier) {
    if (qualifier.earlier) def = { ...def, defaults: { ...def.defaults, historical: true } };
    j = qualifier.after;
    if (!(j < end && COLONS.has(tokens[j]!.norm))) return null;
  }
  // A block carried from a note of this encounter or stay is current ("Copied from 12/05 note:" on 12/05).
  if ((def.carriedOver === true || qualifier?.earlier === true) && datesThisEncounter(tokens, match.last + 1, j, lex)) {
    def = { ...def, defaults: { ...def.defaults, historical: false } };
  }
  const single = match.first === match.last && tokens[match.first]!.norm.length === 1;
  if (j < end && COLONS.has(tokens[j]!.norm)) return { def, first: start, after: j + 1 };
  if (j < end && tokens[j]!.norm === '-' && tokens[j + 1]?.spaceBefore && !single) return { def, first: start, after: j + 1 };
  if (j === end && !single) return { def, first: start, after: j };
  return null;
}

/** Words of a header's qualifier that say the section was carried over from an earlier note. */
const EARLIER_WORDS = new Set(['copied', 'carried', 'prior', 'previous', 'previously', 'old', 'last', 'forward']);
const MAX_QUALIFIER = 8;

/**
 * A "( ... )" at `open` closing on the same line within a few words, and whether it dates the section earlier:
 * its words say so, or it names a date before the encounter ("Interval history (from 11/28):" on 12/05).
 */
function parenthetical(tokens: readonly Token[], open: number, end: number, lex: CompiledLexicon): { after: number; earlier: boolean } | null {
  let earlier = false;
  for (let k = open + 1; k < Math.min(end, open + MAX_QUALIFIER + 2); k++) {
    const norm = tokens[k]!.norm;
    if (norm === ')') return { after: k + 1, earlier: earlier || datesEarlier(tokens, open + 1, k, lex) };
    if (EARLIER_WORDS.has(norm)) earlier = true;
  }
  return null;
}

/** Words before a date that make it when the section's period began, not the note it came from ("since 12/04"). */
const ONSET_WORDS = new Set(['since', 'starting', 'beginning', 'through', 'until']);

/**
 * Whether tokens[from, to) name a date before the encounter's that is not an onset (with no encounter
 * date: a date the section is "from").
 */
function datesEarlier(tokens: readonly Token[], from: number, to: number, lex: CompiledLexicon): boolean {
  const encounter = noteEncounterDate(tokens, lex.data.context.encounterDates.maxStayDays);
  return findDates(tokens, from, to).some((d) => {
    const before = tokens[d.first - 1]?.norm ?? '';
    return !ONSET_WORDS.has(before) && (encounter ? isBeforeEncounter(d, encounter) : before === 'from');
  });
}

/** Whether tokens[from, to) name a date and none before the encounter's (with an encounter date known). */
function datesThisEncounter(tokens: readonly Token[], from: number, to: number, lex: CompiledLexicon): boolean {
  const encounter = noteEncounterDate(tokens, lex.data.context.encounterDates.maxStayDays);
  const dates = findDates(tokens, from, to);
  return encounter !== null && dates.length > 0 && !dates.some((d) => isBeforeEncounter(d, encounter));
}

/** "**Labs**:" inside a line, as in notes pasted from markdown templates. */
function boldHeaderAt(tokens: readonly Token[], i: number, end: number, lex: CompiledLexicon): HeaderHit | null {
  if (tokens[i]!.norm !== '*' || tokens[i + 1]?.norm !== '*' || tokens[i + 1]!.spaceBefore) return null;
  const match = lex.sectionHeaders.matchAt(tokens, i + 2, end);
  if (!match) return null;
  let j = match.last + 1;
  if (tokens[j]?.norm !== '*' || tokens[j + 1]?.norm !== '*') return null;
  j += 2;
  if (j < end && COLONS.has(tokens[j]!.norm)) j++;
  return { def: match.payloads[0]!, first: i, after: j };
}

export function splitSections(text: string, tokens: readonly Token[], lex: CompiledLexicon): SectionSplit {
  const hits: HeaderHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const end = lineEnd(tokens, i);
    const atStart = headerAtLineStart(tokens, i, end, lex);
    let k = i;
    if (atStart) {
      hits.push(atStart);
      k = atStart.after;
    }
    for (; k < end - 1; k++) {
      const bold = boldHeaderAt(tokens, k, end, lex);
      if (bold) {
        hits.push(bold);
        k = bold.after - 1;
      }
    }
    i = end;
  }

  const sections: Section[] = [];
  const defs: (SectionDef | null)[] = [];
  const sectionOfToken = new Int32Array(tokens.length);
  const headerToken = new Uint8Array(tokens.length);
  const firstHeaderStart = hits.length > 0 ? tokens[hits[0]!.first]!.start : text.length;
  if (hits.length === 0 || firstHeaderStart > 0) {
    sections.push({ id: 'preamble', title: '', start: 0, end: firstHeaderStart, headerStart: 0, headerEnd: 0 });
    defs.push(null);
  }
  hits.forEach((hit, n) => {
    const headerStart = tokens[hit.first]!.start;
    const headerEnd = tokens[hit.after - 1]!.end;
    const next = hits[n + 1];
    const end = next ? tokens[next.first]!.start : text.length;
    const titleTokens = tokens.slice(hit.first, hit.after).filter((t) => t.kind !== 'punct');
    const title = titleTokens.length > 0 ? text.slice(titleTokens[0]!.start, titleTokens[titleTokens.length - 1]!.end) : hit.def.name;
    sections.push({ id: hit.def.id, title, start: headerStart, end, headerStart, headerEnd });
    defs.push(hit.def);
    for (let t = hit.first; t < hit.after; t++) headerToken[t] = 1;
  });
  let s = 0;
  for (let t = 0; t < tokens.length; t++) {
    while (s + 1 < sections.length && tokens[t]!.start >= sections[s + 1]!.start) s++;
    sectionOfToken[t] = s;
  }
  return { sections, defs, sectionOfToken, headerToken };
}
