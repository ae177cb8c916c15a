/**
 * The one line a hover card shows under a diagnostic: what to do about it. The engine's
 * documentation hint leads with the instruction and follows with an example sentence ("Describe
 * what the weakness limits, e.g. "Needs ..."); the card keeps the instruction, the popup keeps all.
 */
import type { Diagnostic } from '../engine/types.ts';

/** Longer than this and it is no longer one line in a 360 px card. */
export const MAX_FIX_LENGTH = 180;

function firstInstruction(hint: string): string {
  const cuts = [hint.indexOf(', e.g.'), hint.indexOf(' e.g. '), hint.indexOf('. ')].filter((i) => i > 0);
  const cut = cuts.length > 0 ? Math.min(...cuts) : hint.length;
  const line = hint.slice(0, cut).trim().replace(/[,:;]$/, '');
  return line.endsWith('.') || line.endsWith('?') ? line : `${line}.`;
}

function clip(line: string): string {
  return line.length <= MAX_FIX_LENGTH ? line : `${line.slice(0, MAX_FIX_LENGTH - 1).trimEnd()}…`;
}

export function oneLineFix(d: Pick<Diagnostic, 'documentationHint' | 'suggestedCodes'>): string | null {
  if (d.documentationHint && d.documentationHint.trim() !== '') return clip(firstInstruction(d.documentationHint.trim()));
  const [first, ...others] = d.suggestedCodes;
  if (!first) return null;
  const more = others.length > 0 ? ` (or ${others.map((c) => c.code).join(', ')})` : '';
  return clip(`Consider ${first.code}${first.title ? ` (${first.title})` : ''}${more}.`);
}
