/**
 * Joins each cause-link finding to the symptom and the diagnosis it relates, within its sentence:
 * "weakness due to hypokalemia" (symptom before, diagnosis after) first, then the reverse
 * "hypokalemia causing weakness"; failing both, whichever side is found ("due to anemia, she is
 * weak"). A symptom written as its code ("M62.81 secondary to inflammatory myopathy") links the code
 * finding when no weakness or fatigue phrase is there. Runs after assertion, so ids are final.
 */
import type { Doc } from '../document.ts';
import type { Finding, FindingOf } from '../types.ts';

const isSymptom = (f: Finding) => f.type === 'weakness' || f.type === 'fatigue';

/** Findings of one sentence, sorted by start. */
type Row = Finding[];

/** Last finding ending at or before `offset`. */
function lastBefore(row: Row, offset: number): Finding | null {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) if (row[i]!.end <= offset) return row[i]!;
  return null;
}

/** First finding starting at or after `offset`. */
function firstAfter(row: Row, offset: number): Finding | null {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return row[lo] ?? null;
}

export function linkCauses(_doc: Doc, findings: Finding[]): void {
  const symptoms = new Map<number, Row>();
  const diagnoses = new Map<number, Row>();
  const codes = new Map<number, Row>();
  const links: FindingOf<'cause-link'>[] = [];
  for (const f of findings) {
    const rows = isSymptom(f) ? symptoms : f.type === 'diagnosis' ? diagnoses : f.type === 'icd10-code' ? codes : null;
    if (rows) {
      const row = rows.get(f.sentence);
      if (row) row.push(f);
      else rows.set(f.sentence, [f]);
    }
    if (f.type === 'cause-link') links.push(f);
  }
  for (const row of [...symptoms.values(), ...diagnoses.values(), ...codes.values()]) row.sort((a, b) => a.start - b.start || a.id - b.id);

  for (const link of links) {
    const s = symptoms.get(link.sentence) ?? [];
    const d = diagnoses.get(link.sentence) ?? [];
    const symptomBefore = lastBefore(s, link.start);
    const diagnosisAfter = firstAfter(d, link.end);
    const diagnosisBefore = lastBefore(d, link.start);
    const symptomAfter = firstAfter(s, link.end);
    let symptom: Finding | null;
    let diagnosis: Finding | null;
    if (symptomBefore && diagnosisAfter) [symptom, diagnosis] = [symptomBefore, diagnosisAfter];
    else if (diagnosisBefore && symptomAfter) [symptom, diagnosis] = [symptomAfter, diagnosisBefore];
    else [symptom, diagnosis] = [symptomBefore ?? symptomAfter, diagnosisAfter ?? diagnosisBefore];
    if (!symptom && diagnosis && diagnosis.start >= link.end) symptom = lastBefore(codes.get(link.sentence) ?? [], link.start);
    link.attributes = { symptomId: symptom?.id ?? null, diagnosisId: diagnosis?.id ?? null };
  }
}
