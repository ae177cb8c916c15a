/**
 * Finding tests that attribute conditions cannot express, named from pack selectors (`test: [...]`).
 * Each is structural (how a finding is written), never a clinical list: the clinical facts stay in
 * the packs' data.
 */
import type { FindingTestId } from '../../lexicon/engine-ids.ts';
import type { RuleInput } from '../rule-input.ts';
import type { Finding } from '../types.ts';
import { isReducedGrade } from './index.ts';
import { authorRoleAt } from './authors.ts';
import { firstIndexReaching } from '../sorted.ts';
import { NoteMemo } from '../note-memo.ts';

/**
 * What the tests read of the note's findings, indexed once per findings array: the tests run for each of
 * thousands of findings, and a walk of every finding per test grew with the square of the note.
 */
interface FindingIndex {
  length: number;
  /** The findings of each sentence, in findings order. */
  bySentence: Map<number, Finding[]>;
  /** Diagnosis starts in ascending order, and the furthest end of a diagnosis starting at or before each. */
  diagnosisStarts: number[];
  furthestEnd: number[];
}

const indexes = new NoteMemo<readonly Finding[], FindingIndex>('finding index');

function indexOf(findings: readonly Finding[]): FindingIndex {
  let index = indexes.get(findings);
  // An array that grew since (findings still being gathered) is read afresh.
  if (index && index.length === findings.length) return index;
  const bySentence = new Map<number, Finding[]>();
  for (const f of findings) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  const diagnoses = findings.filter((d) => d.type === 'diagnosis').sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const d of diagnoses) furthestEnd.push(Math.max(d.end, furthestEnd[furthestEnd.length - 1] ?? -Infinity));
  index = { length: findings.length, bySentence, diagnosisStarts: diagnoses.map((d) => d.start), furthestEnd };
  indexes.set(findings, index);
  return index;
}

function findingsInSentence(findings: readonly Finding[], sentence: number): readonly Finding[] {
  return indexOf(findings).bySentence.get(sentence) ?? [];
}

/** Whether a diagnosis spans `f` (starts at or before it and ends at or after it). */
function insideDiagnosis(findings: readonly Finding[], f: Finding): boolean {
  const { diagnosisStarts, furthestEnd } = indexOf(findings);
  const last = firstIndexReaching(diagnosisStarts, (start) => start > f.start) - 1;
  return last >= 0 && furthestEnd[last]! >= f.end;
}

/** Punctuation that may wrap or follow a written code between a diagnosis and its cause link. */
const CODE_WRAPPING = /^[\s,:()[\]\-\u2013]*$/;

/** Whether [from, to) holds nothing but written codes and the punctuation around them (or nothing at all). */
function onlyCodesBetween(text: string, codes: readonly Finding[], from: number, to: number): boolean {
  let gap = '';
  let at = from;
  for (const c of codes.filter((x) => x.start >= from && x.end <= to).sort((a, b) => a.start - b.start)) {
    gap += text.slice(at, c.start);
    at = c.end;
  }
  gap += text.slice(at, to);
  return gap.trim() === '' || (at > from && CODE_WRAPPING.test(gap));
}

export const FINDING_TESTS: Readonly<Record<FindingTestId, (f: Finding, input: RuleInput) => boolean>> = {
  /** A strength grade below 5/5 (5-/5 included) or a gradeless "decreased strength". */
  'reduced-grade': (f) => f.type === 'strength-grade' && isReducedGrade(f.attributes),
  /** A strength grade that names its muscle groups, region or side. */
  'graded-site': (f) => f.type === 'strength-grade' && (f.attributes.sites.length > 0 || f.attributes.laterality !== undefined),
  /** A lab with a result: a number or a qualitative statement ("CK elevated"), not just an order. */
  'has-result': (f) => f.type === 'lab' && (f.attributes.value !== null || f.attributes.qualitative === true),
  /**
   * A diagnosis the note attributes to a medication in its own sentence: "<dx> due to <drug>" (a cause
   * link between them) or "<drug>-induced <dx>".
   */
  'attributed-to-medication': (f, input) => {
    if (f.type !== 'diagnosis') return false;
    const inSentence = findingsInSentence(input.findings, f.sentence);
    const medications = inSentence.filter((x) => x.type === 'medication' && !x.assertion.negated);
    // The diagnosis's own written code may stand between it and the link: "Hypokalemia (E87.6), due to HCTZ".
    const codes = inSentence.filter((x) => x.type === 'icd10-code');
    const links = inSentence.filter((x) => x.type === 'cause-link' && x.start >= f.end && onlyCodesBetween(input.text, codes, f.end, x.start));
    if (medications.some((m) => links.some((l) => m.start >= l.end && input.text.slice(l.end, m.start).trim() === ''))) return true;
    return medications.some((m) => m.end <= f.start && /^[-\s]induced\s+$/i.test(input.text.slice(m.end, f.start)));
  },
  /** A function the patient does not do independently: a limit, stated ("needs help") or by level (assist, total). */
  'not-independent': (f) => f.type === 'function' && f.attributes.level !== 'independent',
  /** Not part of a diagnosis's own name: "critical illness" inside "critical illness myopathy". */
  'outside-diagnosis': (f, input) => !insideDiagnosis(input.findings, f),
  /** Written where the provider is the author (Guideline I.B.14: a diagnosis only from the provider, not a dietitian's section). */
  'provider-authored': (f, input) => authorRoleAt({ findings: input.findings, sections: input.doc.sections }, f.start) === 'provider',
  /**
   * Denied only in that it went away: a resolution word (lexicon resolvedCues: "resolved", "recovered")
   * follows it in its clause, and nothing there says it did not ("not resolved"). A resolved cause is
   * still the documented cause ("muscle weakness, deconditioning from bed rest - resolved with PT"); a
   * denial with another thing resolved later in the sentence ("not deconditioning, cough resolved") is not.
   */
  resolved: (f, input) => {
    const s = input.doc.sentences[f.sentence];
    if (!f.assertion.negated || !s) return false;
    const tokens = input.doc.tokens;
    const said = input.lexicon.resolvedCues
      .findAll(tokens, s.firstToken, s.endToken)
      .filter((m) => tokens[m.first]!.start >= f.end && !/[,;]/.test(input.text.slice(f.end, tokens[m.first]!.start)))
      .flatMap((m) => m.payloads);
    return said.includes(true) && !said.includes(false);
  },
  /** Written where a dietitian is the author (an indicator for a query, never a codable diagnosis). */
  'dietitian-authored': (f, input) => authorRoleAt({ findings: input.findings, sections: input.doc.sections }, f.start) === 'dietitian',
};
