/**
 * Treatments (lexicon/findings/treatment.yaml): the term gives the class; its clause gives the amount,
 * the status, the purpose and whether a replacement is only a maintenance-fluid additive. Status: the
 * term's own ("transfused": given), else the nearest status cue in the clause ("declines PRBC":
 * declined, "cont tube feeds": continued), else the section (plan and assessment: ordered; medication
 * list: continued; instructions: planned; elsewhere: given, as in "received 2 L NS in the ED").
 *
 * Drug holds are class drug-held: a hold cue and a drug of `treatment.drugs` a few words apart, in
 * either order ("hold lisinopril", "lisinopril held", "stop atorvastatin", "home losartan on hold").
 * Negation, history, family and conditionals ("no transfusion", "transfused in 2019", "transfuse if
 * Hgb < 7") are the assertion stage's to read.
 */
import { writtenIcd10cmCodeAt } from '../../../codes/icd10cm.ts';
import type { AnyCandidate, Doc, Extractor } from '../../document.ts';
import type { TreatmentAttributes, TreatmentStatus } from '../../types.ts';
import type { TermEntry } from '../../../lexicon/types.ts';
import { sectionRoleAt, termCandidate } from './context-window.ts';
import { scannerFor } from './scanners.ts';
import type { TermMatch } from './term-scanner.ts';
import { amountNear, clauseAround, type Amount, isMaintenanceAdditive, purposeAfter, statusNear, statusWithin, treatmentCues, type TreatmentCues } from './treatment-cues.ts';

function sectionStatus(doc: Doc, token: number): TreatmentStatus {
  const role = sectionRoleAt(doc, token);
  if (role === 'plan' || role === 'assessment') return 'ordered';
  if (role === 'medications') return 'continued';
  if (role === 'instructions') return 'planned';
  return 'given';
}

/** "HD 3", "HD #2", "HD3": a hospital day. */
function beforeNumber(doc: Doc, last: number): boolean {
  const next = doc.tokens[last + 1];
  if (!next) return false;
  return next.kind === 'number' || (next.norm === '#' && doc.tokens[last + 2]?.kind === 'number');
}

/** One mention: consecutive terms of one class with only an amount between ("transfuse 2 units PRBC", "tube feeds Jevity"). */
interface Mention {
  match: TermMatch<TermEntry>;
  /** Status a term itself states ("transfused", "replete K"). */
  own: TreatmentStatus | null;
  /** Amount written between the terms. */
  inner: Amount | null;
}

function mentionsOf(doc: Doc, cues: TreatmentCues, matches: readonly TermMatch<TermEntry>[]): Mention[] {
  const out: Mention[] = [];
  for (const m of matches) {
    const prev = out[out.length - 1];
    if (prev && prev.match.payload.attributes.class === m.payload.attributes.class && doc.sentenceOfToken[prev.match.first] === doc.sentenceOfToken[m.first]) {
      const gap = m.first - prev.match.last - 1;
      const inner = gap > 0 ? amountNear(doc, cues, prev.match.last + 1, prev.match.last, prev.match.last + 1, m.first) : null;
      if (gap === 0 || (inner && inner.last === m.first - 1 - (doc.tokens[m.first - 1]?.norm === 'of' ? 1 : 0))) {
        prev.match = { first: prev.match.first, last: m.last, payload: prev.match.payload };
        prev.own ??= statusWithin(doc, cues, m.first, m.last);
        prev.inner ??= inner;
        continue;
      }
    }
    out.push({ match: m, own: statusWithin(doc, cues, m.first, m.last), inner: null });
  }
  return out;
}

function treatmentOf(doc: Doc, cues: TreatmentCues, mention: Mention, fluids: readonly TermMatch<TermEntry>[]): AnyCandidate | null {
  const m = mention.match;
  const a = m.payload.attributes;
  if (a.notBeforeNumber === true && beforeNumber(doc, m.last)) return null;
  const cls = String(a.class);
  const [from, to] = clauseAround(doc, m.first, m.last);
  const amount = mention.inner ?? amountNear(doc, cues, m.first, m.last, from, to);
  // Status cues are read around the mention with its amount ("Iron sucrose 200 mg IV x5 ordered").
  const end = amount && amount.last > m.last ? amount.last : m.last;
  const status = mention.own ?? statusNear(doc, cues, m.first, end, from, to) ?? sectionStatus(doc, m.first);
  const after = Math.max(m.last, amount && amount.first > m.last ? amount.last : m.last) + 1;
  const purpose = purposeAfter(doc, cues, after, to);
  const attributes: TreatmentAttributes = { class: cls, status };
  if (amount) {
    attributes.units = amount.units;
    if (amount.unit) attributes.unit = amount.unit;
    attributes.dose = doc.text.slice(doc.tokens[amount.first]!.start, doc.tokens[amount.last]!.end);
  }
  if (purpose) attributes.purpose = purpose;
  if (cues.additives.has(cls) && isMaintenanceAdditive(doc, cues, m, fluids, from, to)) attributes.maintenance = true;
  // The span covers a leading amount ("2 units PRBC") so the assertion reads the whole mention.
  const first = amount && amount.last < m.first ? amount.first : m.first;
  return termCandidate(doc, 'treatment', first, m.last, attributes);
}

/** Tokens allowed between a hold cue and its drug: "hold home lisinopril", "lisinopril is being held". */
const HOLD_GAP = 3;
const HOLD_FILLERS = new Set(['home', 'his', 'her', 'the', 'their', 'patient', "patient's", 'all', 'any', 'is', 'was', 'were',
  'are', 'been', 'being', 'has', 'have', 'had', 'currently', 'now', 'temporarily', 'off', 'po', 'iv', '/', 'and', 'or', 'daily']);

function holdNear(doc: Doc, cues: TreatmentCues, first: number, last: number, from: number, to: number): [number, number] | null {
  // Before the drug: "hold (home) lisinopril", "d/c metformin": the nearest cue followed only by fillers.
  let best: number | null = null;
  for (const m of cues.holds.findAll(doc.tokens, Math.max(from, first - HOLD_GAP - 4), first)) {
    let only = true;
    for (let i = m.last + 1; i < first && only; i++) only = HOLD_FILLERS.has(doc.tokens[i]!.norm) && i - m.last <= HOLD_GAP;
    if (only) best = m.first;
  }
  if (best !== null) return [best, last];
  // After the drug: "lisinopril held", "lisinopril is on hold".
  for (let i = last + 1, n = 0; i < to && n <= HOLD_GAP; i++, n++) {
    const m = cues.holds.matchAt(doc.tokens, i, to);
    if (m) return [first, m.last];
    if (!HOLD_FILLERS.has(doc.tokens[i]!.norm)) break;
  }
  return null;
}

function drugHolds(doc: Doc, cues: TreatmentCues): AnyCandidate[] {
  const out: AnyCandidate[] = [];
  for (const m of cues.drugs.scanDoc(doc)) {
    const [from, to] = clauseAround(doc, m.first, m.last);
    const span = holdNear(doc, cues, m.first, m.last, from, to);
    if (!span) continue;
    const purpose = purposeAfter(doc, cues, span[1] + 1, to);
    const attributes: TreatmentAttributes = { class: 'drug-held', drug: m.payload, status: 'held' };
    if (purpose) attributes.purpose = purpose;
    out.push(termCandidate(doc, 'treatment', span[0], span[1], attributes));
  }
  return out;
}

/**
 * The match is the head of a written ICD-10-CM code: a drug abbreviation that is also a category (50%
 * dextrose) written with a glued "." and a subcategory after it is the code, not the drug.
 */
function headsWrittenCode(doc: Doc, m: TermMatch<TermEntry>): boolean {
  return m.first === m.last && writtenIcd10cmCodeAt(doc.tokens, m.first)?.form === 'dotted';
}

export const extractTreatment: Extractor = (doc, lexicon) => {
  const cues = treatmentCues(lexicon);
  if (!cues) return [];
  const matches = scannerFor(lexicon, 'treatment').scanDoc(doc).filter((m) => !headsWrittenCode(doc, m));
  // IV fluids by sentence: an additive is joined only to a fluid of its own clause.
  const fluidsBySentence = new Map<number, TermMatch<TermEntry>[]>();
  for (const m of matches) {
    if (m.payload.attributes.class !== 'iv-fluids' && m.payload.attributes.class !== 'free-water') continue;
    const s = doc.sentenceOfToken[m.first]!;
    const list = fluidsBySentence.get(s);
    if (list) list.push(m);
    else fluidsBySentence.set(s, [m]);
  }
  const out: AnyCandidate[] = [];
  for (const mention of mentionsOf(doc, cues, matches)) {
    const c = treatmentOf(doc, cues, mention, fluidsBySentence.get(doc.sentenceOfToken[mention.match.first]!) ?? []);
    if (c) out.push(c);
  }
  return [...out, ...drugHolds(doc, cues)];
};
