/**
 * Whether a code a rule wants to suggest would itself conflict (Excludes1, either direction) with a
 * chosen code or with the code of a confirmed diagnosis in the note: R54 is never advised next to a
 * chosen or documented sarcopenia (M62.84), M62.81 never next to a drug-induced myopathy.
 */
import { diagnosisCodes, findingsOf, isConfirmedInSetting } from '../../evidence/index.ts';
import { excludes1Ref, refCovers } from './codes.ts';
import type { RuleContext } from './define-rule.ts';

/** True when the two codes may not be reported together (a "code first" note pairing them overrides). */
export function excludes(ctx: RuleContext, a: string, b: string): boolean {
  const aDef = ctx.lexicon.codes.get(a);
  const bDef = ctx.lexicon.codes.get(b);
  if (aDef?.codeFirst.some((r) => refCovers(r.code, b)) || bDef?.codeFirst.some((r) => refCovers(r.code, a))) return false;
  return excludes1Ref(aDef, b) !== null || excludes1Ref(bDef, a) !== null;
}

/** The chosen or documented code that `code` would conflict with, if any, besides the code it replaces. */
export function conflictFor(ctx: RuleContext, code: string, replacing: string): string | null {
  const documented = findingsOf(ctx.findings, 'diagnosis')
    .filter((f) => isConfirmedInSetting(f, ctx.options))
    .flatMap((f) => diagnosisCodes(ctx, f).map((c) => c.replace(/\.?-$/, '')));
  return [...ctx.codes.map((c) => c.code), ...documented].find((other) => other !== code && other !== replacing && excludes(ctx, code, other)) ?? null;
}
