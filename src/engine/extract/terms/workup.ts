/**
 * Workup and treatment-plan items (labs, imaging, EMG/NCS, referrals, therapy) with their status:
 * the nearest status cue in the sentence ("ordered", "pending", "will consider", "showed"), else the
 * section (plan: ordered; labs/imaging data: resulted), else planned. Generic words and bare department
 * names ("labs", "neurology") count only with a cue or in the plan, so a title such as "Neurology
 * clinic" is not a referral. An item followed by its value ("TSH 8.2", "CK: 1,200") is a lab result,
 * which the lab parser reports instead.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { WorkupAttributes, WorkupCategory } from '../../types.ts';
import { cuesNear, sectionRoleAt, sentenceAt, termCandidate } from './context-window.ts';
import { extractElectrodiagnostic } from './electrodiagnostic.ts';
import { scannerFor } from './scanners.ts';

// Words allowed between an analyte and its value: "CK: 1200", "TSH was 8.2", "B12 level of 150".
const VALUE_LEAD = new Set([':', '=', '-', 'of', 'is', 'was', 'were', 'level', 'levels', 'at', '(']);

function followedByValue(doc: Doc, last: number): boolean {
  const end = sentenceAt(doc, last).endToken;
  for (let i = last + 1; i < end && i <= last + 3; i++) {
    const t = doc.tokens[i]!;
    if (t.kind === 'number') return true;
    if (!VALUE_LEAD.has(t.norm)) return false;
  }
  return false;
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
    if (followedByValue(doc, m.last)) continue;
    // The schema restricts the attributes of workup entries (item: text; category: the five categories).
    const { item, category, needsCue } = m.payload.attributes as { item: string; category: WorkupCategory; needsCue?: boolean };
    const cue = cuesNear(doc, lexicon.workupCues, m.first, m.last)[0];
    if (!cue && needsCue && sectionRoleAt(doc, m.first) !== 'plan') continue;
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
