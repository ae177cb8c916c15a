// Placeholder: the rule registry lands with the rules work (issue 3).
import type { RuleInput } from '../rule-input.ts';
import type { Diagnostic } from '../types.ts';

export function runRules(_input: RuleInput): Diagnostic[] {
  return [];
}
