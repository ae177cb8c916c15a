/**
 * Condition packs as the engine knows them: each rule declares its pack (`RuleMeta.pack`, absent =
 * the weakness pack), and `LintOptions.packs` switches whole packs off. Today the packs are read
 * from the rule registry; when packs become folders of data (lexicon/packs/<pack>/), `knownPacks`
 * and `packInfo` read their ids, titles and descriptions from there, and every front end (options
 * page, settings, config file, managed storage, CLI) follows without change.
 */
import type { RuleMeta } from './support/define-rule.ts';
import { rules } from './index.ts';

/** The pack of a rule that declares none: the weakness and fatigue family the rules began with. */
export const DEFAULT_PACK = 'weakness';

export function packOf(meta: Pick<RuleMeta, 'pack'>): string {
  return meta.pack ?? DEFAULT_PACK;
}

/** The ids of the packs the rule registry has, in the registry's order. */
export function knownPacks(): string[] {
  return [...new Set(rules.map((rule) => packOf(rule.meta)))];
}

export interface PackInfo {
  id: string;
  /** What the options page calls the pack; the id until the pack's data gives a title. */
  title: string;
  /** One line on what the pack checks; empty until the pack's data gives one. */
  description: string;
}

/** Every known pack with its title and description, for the options page and usage texts. */
export function packInfo(): PackInfo[] {
  return knownPacks().map((id) => ({ id, title: id, description: '' }));
}

/** True unless `packs` switches the pack off (a pack not listed is on). */
export function isPackEnabled(pack: string, packs: Readonly<Record<string, boolean>> | undefined): boolean {
  return packs?.[pack] !== false;
}
