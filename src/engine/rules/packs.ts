/**
 * Condition packs as the engine knows them: each rule declares its pack (`RuleMeta.pack`, absent =
 * the weakness pack), and `LintOptions.packs` switches whole packs off. The pack ids are those of
 * the rule registry; titles and descriptions come from the packs' data (lexicon/packs/<pack>/), so
 * every front end (options page, settings, config file, managed storage, CLI) follows a new pack
 * without change.
 */
import type { RuleMeta } from './support/define-rule.ts';
import { rulesOf } from './registry.ts';
import { defaultLexicon, type CompiledLexicon } from '../lexicon.ts';

/** The pack of a rule that declares none: the weakness and fatigue family the rules began with. */
export const DEFAULT_PACK = 'weakness';

export function packOf(meta: Pick<RuleMeta, 'pack'>): string {
  return meta.pack ?? DEFAULT_PACK;
}

/** The ids of the packs the rule registry of a lexicon (the bundled one by default) has, in the registry's order. */
export function knownPacks(lexicon: CompiledLexicon = defaultLexicon()): string[] {
  return [...new Set(rulesOf(lexicon).map((rule) => packOf(rule.meta)))];
}

export interface PackInfo {
  id: string;
  /** What the options page calls the pack: its data's title, else its id. */
  title: string;
  /** What the pack checks, from its data; empty when it gives none. */
  description: string;
}

/** Every known pack with its title and description (from its data; the id when it has none), for the options page. */
export function packInfo(): PackInfo[] {
  const data = new Map(defaultLexicon().data.packs.map((pack) => [pack.id, pack]));
  return knownPacks().map((id) => ({ id, title: data.get(id)?.title || id, description: data.get(id)?.description ?? '' }));
}

/** True unless `packs` switches the pack off (a pack not listed is on). */
export function isPackEnabled(pack: string, packs: Readonly<Record<string, boolean>> | undefined): boolean {
  return packs?.[pack] !== false;
}
