/**
 * Code labels: in "Weakness (R53.1)" or "rule out critical illness myopathy (G72.81)" the words
 * before the code are the provider's name for it, not a separate observation. The code shares the
 * assertion of the phrase it labels (a ruled-out diagnosis makes its code uncertain), and rules can
 * tell a label from a complaint the patient reported.
 */
import type { CompiledLexicon } from '../lexicon.ts';
import type { Assertion, Finding } from '../types.ts';
import { NoteMemo } from '../note-memo.ts';

/** Only spaces, an opening bracket, a colon or a dash may stand between a label and its code. */
const BETWEEN_LABEL_AND_CODE = /^[\s([:\u2013\u2014-]*$/;

/** How many findings before a code are searched for its label: a label sits right before its code. */
const LABEL_LOOKBACK = 8;

/**
 * The finding a code directly follows in its sentence, when that finding names it. `group` is the
 * sentence's findings in start order and `at` the code's index in it; the search looks back a few
 * findings only, so a sentence listing thousands of codes stays linear.
 */
function labelOf(text: string, lexicon: CompiledLexicon, group: readonly Finding[], at: number): Finding | null {
  const labelTypes: readonly string[] = lexicon.data.coding.codeLabelTypes;
  const code = group[at]!;
  let best: Finding | null = null;
  for (let i = at - 1; i >= 0 && i >= at - LABEL_LOOKBACK; i--) {
    const f = group[i]!;
    if (!labelTypes.includes(f.type) || f.end > code.start) continue;
    if (!best || f.end > best.end) best = f;
  }
  if (!best || code.start - best.end > 12) return null;
  return BETWEEN_LABEL_AND_CODE.test(text.slice(best.end, code.start)) ? best : null;
}

/** Findings by sentence, each group in start order (the order lint() builds findings in). */
function groupBySentence(findings: readonly Finding[]): Map<number, Finding[]> {
  const groups = new Map<number, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.sentence);
    if (group) group.push(f);
    else groups.set(f.sentence, [f]);
  }
  return groups;
}

/** One note's code labels, found once: chosen codes, rules, query checks and assertion inheritance all ask. */
const labelsOfNote = new NoteMemo<readonly Finding[], { lexicon: CompiledLexicon; byCode: Map<number, Finding>; ids: Set<number> }>('code labels');

function noteLabels(text: string, findings: readonly Finding[], lexicon: CompiledLexicon): { byCode: Map<number, Finding>; ids: Set<number> } {
  const known = labelsOfNote.get(findings);
  // Labels depend on the findings' types and places only, not on their assertions: the answer holds
  // before and after inheritLabelAssertions.
  if (known && known.lexicon === lexicon) return known;
  const byCode = new Map<number, Finding>();
  for (const group of groupBySentence(findings).values()) {
    group.forEach((f, at) => {
      if (f.type !== 'icd10-code') return;
      const label = labelOf(text, lexicon, group, at);
      if (label) byCode.set(f.id, label);
    });
  }
  const found = { lexicon, byCode, ids: new Set([...byCode.values()].map((l) => l.id)) };
  labelsOfNote.set(findings, found);
  return found;
}

/** The phrase labelling each code (coding.yaml `codeLabelTypes`), by the code finding's id ("Hypothyroidism" in "Hypothyroidism E03.9"). */
export function labelsByCode(text: string, findings: readonly Finding[], lexicon: CompiledLexicon): ReadonlyMap<number, Finding> {
  return noteLabels(text, findings, lexicon).byCode;
}

/** Finding ids of phrases (coding.yaml `codeLabelTypes`) that label a code written right after them. */
export function codeLabelIds(text: string, findings: readonly Finding[], lexicon: CompiledLexicon): ReadonlySet<number> {
  return noteLabels(text, findings, lexicon).ids;
}

/** A code inherits the negation, uncertainty, history, hypothesis or family of its label. */
export function inheritLabelAssertions(text: string, findings: Finding[], lexicon: CompiledLexicon): void {
  const { byCode } = noteLabels(text, findings, lexicon);
  for (const f of findings) {
    const label = f.type === 'icd10-code' ? byCode.get(f.id) : undefined;
    if (!label) continue;
    for (const key of Object.keys(f.assertion) as (keyof Assertion)[]) {
      if (label.assertion[key]) f.assertion[key] = true;
    }
  }
}
