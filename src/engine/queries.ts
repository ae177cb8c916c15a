/**
 * Provider query drafts that follow the ACDIS/AHIMA "Guidelines for Achieving a Compliant Query
 * Practice": the draft quotes the clinical indicators with where they appear in the record, asks an
 * open clinical question without naming the expected answer, and never mentions payment, DRGs,
 * reimbursement or quality scores. Multiple choice lists only clinically supported options plus
 * "Other (please specify)" and "Clinically undetermined"; yes/no is only for confirming a condition
 * or a cause-and-effect link that the record already documents.
 */
import type { RuleInput } from './rule-input.ts';
import type { EvidenceRef } from './types.ts';

export const OTHER_OPTION = 'Other (please specify)';
export const UNDETERMINED_OPTION = 'Clinically undetermined';

/** Words a compliant query never contains (tests check every draft against them). */
export const NON_COMPLIANT_QUERY_WORDS: readonly RegExp[] = [
  /\bpayments?\b/i,
  /\bpay(s|ing|er|ers)?\b/i,
  /\breimburse\w*/i,
  /\bDRGs?\b/,
  /\bMS-DRG\b/i,
  /\bbilling\b|\bbill(ed|able)?\b/i,
  /\brevenue\b/i,
  /\bquality (score|measure|rating)s?\b/i,
  /\bdenials?\b|\bdenied\b/i,
  /\bcase mix\b/i,
];

export interface Indicator {
  text: string;
  /** Where it appears: the section's display name. */
  where: string;
}

/** The section display name for an offset (sections tile the note in order: binary search). */
export function sectionNameAt(input: RuleInput, offset: number): string {
  const sections = input.doc.sections;
  let lo = 0;
  let hi = sections.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sections[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const section = sections[lo];
  if (!section || section.id === 'preamble') return 'note, before any section header';
  return input.lexicon.sections.get(section.id)?.name ?? (section.title || section.id);
}

/**
 * A query quotes enough indicators for the provider to judge, not every repetition: a pasted
 * note may repeat a finding hundreds of times.
 */
export const MAX_QUERY_INDICATORS = 8;

/** Quoted indicators, one per distinct text and place, in note order. */
export function indicatorsFrom(input: RuleInput, evidence: readonly EvidenceRef[]): Indicator[] {
  const seen = new Set<string>();
  const out: Indicator[] = [];
  for (const e of [...evidence].sort((a, b) => a.start - b.start)) {
    if (out.length >= MAX_QUERY_INDICATORS) break;
    const text = input.text.slice(e.start, e.end).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const where = sectionNameAt(input, e.start);
    const key = `${text.toLowerCase()}|${where}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text, where });
  }
  return out;
}

function indicatorBlock(indicators: readonly Indicator[]): string[] {
  if (indicators.length === 0) return ['Clinical indicators: none documented beyond the diagnosis listed in this record.'];
  return ['Clinical indicators in this record:', ...indicators.map((i) => `- "${i.text}" (${i.where})`)];
}

export interface MultipleChoiceQuery {
  indicators: readonly Indicator[];
  question: string;
  /** Clinically supported options only; the two escape options are added here. */
  options: readonly string[];
}

export function multipleChoiceQuery(q: MultipleChoiceQuery): string {
  const options = [...q.options.filter((o) => o !== OTHER_OPTION && o !== UNDETERMINED_OPTION), OTHER_OPTION, UNDETERMINED_OPTION];
  return [
    ...indicatorBlock(q.indicators),
    '',
    `Question: ${q.question}`,
    ...options.map((o) => `[ ] ${o}`),
    '',
    'Please document your response in the record.',
  ].join('\n');
}

export interface YesNoQuery {
  indicators: readonly Indicator[];
  /** Confirms a condition or a cause-and-effect link the record already documents. */
  question: string;
}

export function yesNoQuery(q: YesNoQuery): string {
  return [
    ...indicatorBlock(q.indicators),
    '',
    `Question: ${q.question}`,
    '[ ] Yes',
    '[ ] No',
    `[ ] ${OTHER_OPTION}`,
    `[ ] ${UNDETERMINED_OPTION}`,
    '',
    'Please document your response in the record.',
  ].join('\n');
}

/** Problems that make a draft non-compliant (empty when compliant). */
export function queryProblems(query: string): string[] {
  const problems = NON_COMPLIANT_QUERY_WORDS.filter((re) => re.test(query)).map((re) => `mentions ${re.source}`);
  if (/\[ \]/.test(query)) {
    if (!query.includes(`[ ] ${OTHER_OPTION}`)) problems.push(`lacks "${OTHER_OPTION}"`);
    if (!query.includes(`[ ] ${UNDETERMINED_OPTION}`)) problems.push(`lacks "${UNDETERMINED_OPTION}"`);
  }
  if (!/Clinical indicators/.test(query)) problems.push('quotes no clinical indicators');
  return problems;
}
