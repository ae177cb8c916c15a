/**
 * Workup and treatment-plan items (labs, imaging, EMG/NCS, referrals, therapy) with their status:
 * the nearest status cue in the sentence ("ordered", "pending", "will consider", "showed"), else the
 * section (plan: ordered; labs/imaging data: resulted), else planned. Generic words and bare department
 * names ("labs", "neurology") count only with a cue or in the plan, so a title such as "Neurology
 * clinic" is not a referral. A lab followed by its value ("TSH 8.2", "CK: 1,200") is a lab result,
 * which the lab parser reports instead ("PT 15.9" is a prothrombin time); a therapy followed by a
 * number keeps it ("Therapeutic exercise 97110"). A specialty that names the note itself is no
 * referral either: a title line ("NEUROLOGY CONSULTATION") or a note type that contains it
 * ("Physical Therapy Re-evaluation"), unless a status cue or the plan makes it an order. A generic
 * word labelling a line ("Labs (today):") is no order either.
 */
import type { AnyCandidate, Doc, DocSentence, Extractor } from '../../document.ts';
import type { CompiledLexicon } from '../../lexicon.ts';
import type { WorkupAttributes, WorkupCategory } from '../../types.ts';
import type { TermMatch } from './term-scanner.ts';
import type { TermEntry } from '../../../lexicon/types.ts';
import { cuesNear, sectionRoleAt, sentenceAt, termCandidate } from './context-window.ts';
import { extractElectrodiagnostic } from './electrodiagnostic.ts';
import { scannerFor } from './scanners.ts';

// Words allowed between an analyte and its value: "CK: 1200", "TSH was 8.2", "B12 level of 150".
const VALUE_LEAD = new Set([':', '=', '-', 'of', 'is', 'was', 'were', 'level', 'levels', 'at', '(']);

// Words after a number that make it a visit frequency or a session length, not a value: "PT 3 times
// a week", "PT 2x/week", "PT 90 min/day" (a prothrombin time is in seconds: "PT 14 sec" stays a value).
const FREQUENCY = new Set(['x', 'times', 'visits', 'sessions', 'per', '/', 'min', 'mins', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'days', 'wks', 'weeks']);

function followedByValue(doc: Doc, last: number, category: WorkupCategory): boolean {
  const end = sentenceAt(doc, last).endToken;
  for (let i = last + 1; i < end && i <= last + 3; i++) {
    const t = doc.tokens[i]!;
    if (t.kind === 'number') return category === 'lab' || !FREQUENCY.has(doc.tokens[i + 1]?.norm ?? '');
    if (!VALUE_LEAD.has(t.norm)) return false;
  }
  return false;
}

/** Longest parenthetical read after a generic word that labels a line ("Labs (drawn 10/2 at 0600):"). */
const LABEL_PAREN = 8;

/**
 * A generic word used as a line's label rather than an order: "Labs (today):", "Labs (10/2)" alone
 * on its line: a header the sectionizer does not take because of the parenthesis.
 */
function isLabel(doc: Doc, last: number): boolean {
  const end = sentenceAt(doc, last).endToken;
  let i = last + 1;
  if (doc.tokens[i]?.norm === '(') {
    const limit = Math.min(end, i + LABEL_PAREN);
    while (i < limit && doc.tokens[i]!.norm !== ')') i++;
    if (doc.tokens[i]?.norm !== ')') return false;
    i++;
  } else if (doc.tokens[i]?.norm !== ':') {
    return false;
  }
  const next = doc.tokens[i];
  return !next || next.norm === ':' || next.newlinesBefore > 0;
}

/** Longest title line, in tokens ("Outpatient Neurology Clinic Note - Follow-up Visit"). */
const TITLE_TOKENS = 10;
// Words that make a short line the name of a document: "Neurology Progress Note", "NEUROLOGY CONSULTATION".
const DOCUMENT_WORDS = new Set(['note', 'consult', 'consultation', 'clinic', 'visit', 'evaluation', 'reevaluation', 'follow',
  'followup', 'progress', 'report', 'summary', 'letter']);

/**
 * The sentence is a title: a short line of its own, without a full stop, before the first section
 * header, naming a document. (Not "the first line": a title stays a title below a greeting.)
 */
function isTitleLine(doc: Doc, s: DocSentence): boolean {
  if (s.endToken - s.firstToken > TITLE_TOKENS || doc.sectionDefs[s.sectionIndex]) return false;
  const first = doc.tokens[s.firstToken]!;
  const next = doc.tokens[s.endToken];
  if ((s.firstToken > 0 && first.newlinesBefore === 0) || (next && next.newlinesBefore === 0)) return false;
  const words = doc.tokens.slice(s.firstToken, s.endToken);
  return words[words.length - 1]!.norm !== '.' && words.some((t) => DOCUMENT_WORDS.has(t.norm));
}

/** Tokens around a specialty searched for a note type containing it ("Physical Therapy Re-evaluation"). */
const NOTE_TYPE_REACH = 6;
// A title that asks for the service is a referral document, not a note of that specialty.
const REFERRAL_WORDS = new Set(['referral', 'refer', 'referred']);

/** A referral or therapy that names the note rather than orders something (see the header comment). */
function namesTheNote(doc: Doc, lexicon: CompiledLexicon, m: TermMatch<TermEntry>): boolean {
  const role = sectionRoleAt(doc, m.first);
  if (role === 'plan' || role === 'assessment') return false;
  const s = sentenceAt(doc, m.first);
  if (isTitleLine(doc, s)) return !doc.tokens.slice(s.firstToken, s.endToken).some((t) => REFERRAL_WORDS.has(t.norm));
  // Setting phrases are a few tokens long: look only around the match, so long sentences stay linear.
  const from = Math.max(s.firstToken, m.first - NOTE_TYPE_REACH);
  const to = Math.min(s.endToken, m.last + 1 + NOTE_TYPE_REACH);
  return scannerFor(lexicon, 'setting')
    .scan(doc.text, doc.tokens, from, to)
    .some((v) => v.first <= m.first && v.last >= m.last && v.last - v.first > m.last - m.first);
}

/** Status from the section when no cue word is near. */
function sectionStatus(doc: Doc, first: number): WorkupAttributes['status'] {
  const role = sectionRoleAt(doc, first);
  if (role === 'plan') return 'ordered';
  if (role === 'data') return 'resulted';
  return 'planned';
}

/** Whether one of `spans` (sorted by start, not nested in each other) covers [start, end). */
function coveredBy(spans: readonly AnyCandidate[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const last = spans[lo - 1];
  return !!last && last.end >= end;
}

export const extractWorkup: Extractor = (doc, lexicon, options) => {
  const out: AnyCandidate[] = [];
  let results: AnyCandidate[] | null = null;
  for (const m of scannerFor(lexicon, 'workup').scanDoc(doc)) {
    // The schema restricts the attributes of workup entries (item: text; category: the five categories).
    const { item, category, needsCue } = m.payload.attributes as { item: string; category: WorkupCategory; needsCue?: boolean };
    if (category !== 'therapy' && followedByValue(doc, m.last, category)) continue;
    const cue = cuesNear(doc, lexicon.workupCues, m.first, m.last)[0];
    if (needsCue && (isLabel(doc, m.last) || (!cue && sectionRoleAt(doc, m.first) !== 'plan'))) continue;
    if (!cue && (category === 'referral' || category === 'therapy') && namesTheNote(doc, lexicon, m)) continue;
    let status = cue ? cue.payload : sectionStatus(doc, m.first);
    if (category === 'electrodiagnostic' && status !== 'resulted') {
      // "EMG: myopathic motor units" has no status word, but its result is in the note.
      results ??= extractElectrodiagnostic(doc, lexicon, options).sort((a, b) => a.start - b.start);
      if (coveredBy(results, doc.tokens[m.first]!.start, doc.tokens[m.last]!.end)) status = 'resulted';
    }
    out.push(termCandidate(doc, 'workup', m.first, m.last, { item, category, status }));
  }
  return out;
};
