/**
 * Settings -> engine options. Stored settings may come from another version of note-lint: a rule
 * it retired, a pack it no longer has or an analyte it renamed is dropped here, because the engine itself refuses unknown
 * ids (a typo in a config file must not silently lint with defaults). Background only: it imports
 * the rule registry and the lexicon, which stay out of the content script.
 */
import { defaultLexicon } from '../engine/lexicon.ts';
import type { LintOptions } from '../engine/types.ts';
import { isKnownRuleId } from '../config/rule-ids.ts';
import { knownPacks } from '../engine/rules/packs.ts';
import type { Settings } from './settings.ts';

/**
 * The engine's options from the user's settings and the administrator's pack switches, which win
 * over the user's for the packs they name.
 */
export function toLintOptions(settings: Settings, managedPacks: Readonly<Record<string, boolean>> = {}): LintOptions {
  const analytes = defaultLexicon().analytes;
  const packs = knownPacks();
  return {
    setting: settings.setting,
    rules: Object.fromEntries(Object.entries(settings.rules).filter(([id]) => isKnownRuleId(id))),
    labRanges: Object.fromEntries(
      Object.entries(settings.labRanges)
        .filter(([analyte]) => analytes.has(analyte))
        .map(([k, v]) => [k, { ...v }]),
    ),
    packs: Object.fromEntries(Object.entries({ ...settings.packs, ...managedPacks }).filter(([id]) => packs.includes(id))),
  };
}
