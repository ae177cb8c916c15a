/**
 * A pack's anchors (lexicon/packs/<pack>/ `anchors`: an evidence id): the mentions a diagnostic
 * about a chosen code quotes when its rule names no indicators of its own, and where it points when
 * the code is not written in the note. The weakness pack anchors on weakness and fatigue mentions,
 * the electrolyte pack on sodium and potassium values: the core knows no condition.
 */
import { isAffirmed, type EvidenceResult } from '../../evidence/index.ts';
import type { RuleInput } from '../../rule-input.ts';
import type { EvidenceRef, Span } from '../../types.ts';
import type { RuleContext } from './define-rule.ts';

function anchorsOf(input: RuleInput, pack: string, evidence: (id: string) => EvidenceResult): EvidenceRef[] {
  const id = input.lexicon.data.packs.find((p) => p.id === pack)?.anchors;
  return id === undefined ? [] : evidence(id).evidence;
}

/** The running rule's pack anchors, as quoted evidence. */
export function anchorRefs(ctx: RuleContext): EvidenceRef[] {
  return anchorsOf(ctx, ctx.meta.pack, ctx.evidence);
}

/**
 * The running rule's pack anchors in text order, for a custom rule that quotes them beside its own
 * evidence. `anchorRefs` keeps the order of the pack's evidence definition (an `anyOf` lists its
 * parts one after the other: the weakness pack's weakness mentions, then its fatigue mentions);
 * a diagnostic's evidence reads as the note does.
 */
export function anchorRefsInTextOrder(ctx: RuleContext): EvidenceRef[] {
  return [...anchorRefs(ctx)].sort((a, b) => a.start - b.start || a.end - b.end || (a.findingId ?? -1) - (b.findingId ?? -1));
}

/** The first affirmed anchor of a pack, where a diagnostic about an unwritten code points. */
export function anchorSpan(input: RuleInput, pack: string, evidence: (id: string) => EvidenceResult): Span | null {
  const ref = [...anchorsOf(input, pack, evidence)].sort((a, b) => a.start - b.start).find((r) => r.findingId === null || isAffirmed(input.findings[r.findingId]!));
  return ref ? { start: ref.start, end: ref.end } : null;
}
