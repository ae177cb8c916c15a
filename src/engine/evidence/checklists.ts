/**
 * Evidence checklists: for each chosen code whose lexicon entry lists requirements, one item per
 * requirement with whether the note meets it (the same predicates the lacking-evidence rules use).
 */
import { noteEvidence } from './index.ts';
import type { RuleInput } from '../rule-input.ts';
import type { CodeChecklist } from '../types.ts';

export function buildChecklists(input: RuleInput): CodeChecklist[] {
  const checklists: CodeChecklist[] = [];
  const evidenceOf = noteEvidence(input);
  for (const chosen of input.codes) {
    const def = input.lexicon.codes.get(chosen.code);
    if (!def || def.requires.length === 0) continue;
    checklists.push({
      code: chosen.code,
      title: def.title,
      items: def.requires.map((req) => {
        const { met, evidence } = evidenceOf(req.evidence);
        return { requirement: req.evidence, label: req.label, met, evidence, hint: req.hint };
      }),
    });
  }
  return checklists;
}
