// Placeholder: evidence checklists land with the rules work (issue 3).
import type { RuleInput } from './rule-input.ts';
import type { CodeChecklist } from './types.ts';

export function buildChecklists(_input: RuleInput): CodeChecklist[] {
  return [];
}
