/**
 * Code labels: in "Weakness (R53.1)" or "rule out critical illness myopathy (G72.81)" the words
 * before the code are the provider's name for it, not a separate observation. The code shares the
 * assertion of the phrase it labels (a ruled-out diagnosis makes its code uncertain), and rules can
 * tell a label from a complaint the patient reported.
 */
import type { Assertion, Finding } from './types.ts';

/** Only spaces, an opening bracket, a colon or a dash may stand between a label and its code. */
const BETWEEN_LABEL_AND_CODE = /^[\s([:\u2013\u2014-]*$/;
const LABELLED_TYPES = new Set(['weakness', 'fatigue', 'diagnosis']);

/** The finding a code directly follows in its sentence, when that finding names it. */
function labelOf(text: string, code: Finding, bySentence: Finding[]): Finding | null {
  let best: Finding | null = null;
  for (const f of bySentence) {
    if (!LABELLED_TYPES.has(f.type) || f.end > code.start) continue;
    if (!best || f.end > best.end) best = f;
  }
  if (!best || code.start - best.end > 12) return null;
  return BETWEEN_LABEL_AND_CODE.test(text.slice(best.end, code.start)) ? best : null;
}

function groupBySentence(findings: readonly Finding[]): Map<number, Finding[]> {
  const groups = new Map<number, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.sentence);
    if (group) group.push(f);
    else groups.set(f.sentence, [f]);
  }
  return groups;
}

/** Finding ids of weakness, fatigue and diagnosis phrases that label a code written right after them. */
export function codeLabelIds(text: string, findings: readonly Finding[]): Set<number> {
  const ids = new Set<number>();
  for (const group of groupBySentence(findings).values()) {
    for (const f of group) {
      if (f.type !== 'icd10-code') continue;
      const label = labelOf(text, f, group);
      if (label) ids.add(label.id);
    }
  }
  return ids;
}

/** A code inherits the negation, uncertainty, history, hypothesis or family of its label. */
export function inheritLabelAssertions(text: string, findings: Finding[]): void {
  for (const group of groupBySentence(findings).values()) {
    for (const f of group) {
      if (f.type !== 'icd10-code') continue;
      const label = labelOf(text, f, group);
      if (!label) continue;
      for (const key of Object.keys(f.assertion) as (keyof Assertion)[]) {
        if (label.assertion[key]) f.assertion[key] = true;
      }
    }
  }
}
