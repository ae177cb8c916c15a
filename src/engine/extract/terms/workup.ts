/**
 * Workup and treatment-plan items (labs, imaging, EMG/NCS, referrals, therapy) with their status:
 * the nearest status cue in the sentence ("ordered", "pending", "will consider", "showed"), else the
 * section (plan: ordered; labs/imaging data: resulted), else planned. An item followed by its value
 * ("TSH 8.2", "CK: 1,200") is a lab result, which the lab parser reports instead.
 */
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { PhraseMatcher } from '../../matcher.ts';
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

export function workupStatus(doc: Doc, first: number, last: number, cues: PhraseMatcher<WorkupAttributes['status']>): WorkupAttributes['status'] {
  const cue = cuesNear(doc, cues, first, last)[0];
  if (cue) return cue.payload;
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
    // The schema restricts both attributes of workup entries (item: text; category: the five categories).
    const { item, category } = m.payload.attributes as { item: string; category: WorkupCategory };
    let status = workupStatus(doc, m.first, m.last, lexicon.workupCues);
    if (category === 'electrodiagnostic' && status !== 'resulted') {
      // "EMG: myopathic motor units" has no status word, but its result is in the note.
      results ??= extractElectrodiagnostic(doc, lexicon, options).sort((a, b) => a.start - b.start);
      if (coveredBy(results, doc.tokens[m.first]!.start, doc.tokens[m.last]!.end)) status = 'resulted';
    }
    out.push(termCandidate(doc, 'workup', m.first, m.last, { item, category, status }));
  }
  return out;
};
