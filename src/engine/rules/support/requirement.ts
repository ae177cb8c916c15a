/** Shared by the lacking-evidence rules: a chosen code's requirement (lexicon/codes) that the note does not meet. */
import type { CodeRequirementDef } from '../../../lexicon/types.ts';
import type { ChosenCode, EvidenceRef } from '../../types.ts';
import type { RuleContext } from './define-rule.ts';

export function requirementOf(ctx: RuleContext, code: string, evidenceId: string): CodeRequirementDef | undefined {
  return ctx.lexicon.codes.get(code)?.requires.find((r) => r.evidence === evidenceId);
}

/** The chosen code's own mention, as evidence ("M62.81" in Assessment); never a query indicator. */
export function codeRef(ctx: RuleContext, code: ChosenCode): EvidenceRef[] {
  if (code.start === undefined || code.end === undefined) return [];
  const finding = ctx.findings.find((f) => f.type === 'icd10-code' && f.start === code.start && f.end === code.end);
  return [{ start: code.start, end: code.end, findingId: finding?.id ?? null, type: 'icd10-code', text: ctx.text.slice(code.start, code.end) }];
}

/** The requirement's hint, or a fallback naming its label. */
export function hintFor(ctx: RuleContext, code: string, evidenceId: string, fallback: string): string {
  return requirementOf(ctx, code, evidenceId)?.hint ?? fallback;
}
