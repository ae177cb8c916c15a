/**
 * Condition packs as the engine knows them: every rule belongs to the pack whose data defines it
 * (`RuleMeta.pack`), and `LintOptions.packs` switches whole packs off. Ids, titles and descriptions
 * come from the packs' data (lexicon/packs/<pack>/), so every front end (options page, settings,
 * config file, managed storage, CLI) follows a new pack without change.
 */
import { defaultLexicon, type CompiledLexicon } from '../lexicon.ts';

/** The ids of a lexicon's packs (the bundled one by default), in the registry's order. */
export function knownPacks(lexicon: CompiledLexicon = defaultLexicon()): string[] {
  return lexicon.data.packs.map((pack) => pack.id);
}

export interface PackInfo {
  id: string;
  /** What the options page calls the pack (its data's title). */
  title: string;
  /** What the pack checks, from its data. */
  description: string;
}

/** Every known pack with its title and description, for the options page. */
export function packInfo(lexicon: CompiledLexicon = defaultLexicon()): PackInfo[] {
  return lexicon.data.packs.map((pack) => ({ id: pack.id, title: pack.title, description: pack.description }));
}

/** True unless `packs` switches the pack off (a pack not listed is on). */
export function isPackEnabled(pack: string, packs: Readonly<Record<string, boolean>> | undefined): boolean {
  return packs?.[pack] !== false;
}
