/**
 * Export and import of a settings file. The file is note-lint.config.json, the same format the CLI
 * reads (validated by src/config), so one file configures both (the CLI ignores what only the page
 * uses: pageDisplay, evidenceView, siteProfiles). Enabled sites are not part of it:
 * they belong to the browser profile (and to the administrator's policy), not to lint behaviour.
 */
import { CONFIG_VERSION, validateConfig, type NoteLintConfig } from '../config/index.ts';
import type { Settings } from './settings.ts';

export function settingsToConfig(settings: Settings): NoteLintConfig {
  return {
    version: CONFIG_VERSION,
    setting: settings.setting,
    rules: { ...settings.rules },
    labRanges: { ...settings.labRanges },
    packs: { ...settings.packs },
    pageDisplay: settings.pageDisplay,
    evidenceView: settings.evidenceView,
    siteProfiles: structuredClone(settings.siteProfiles),
  };
}

/** Pretty JSON text of the settings file, ready to download. */
export function exportSettingsFile(settings: Settings): string {
  return `${JSON.stringify(settingsToConfig(settings), null, 2)}\n`;
}

export type SettingsImport = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/**
 * Applies a settings file to the current settings: every key the file gives replaces the current
 * value; keys it omits and the enabled sites are kept. Any error rejects the whole file; each error
 * names the field, and the file when `fileName` is given ("settings.json: rules.foo: unknown rule id").
 */
export function importSettingsFile(text: string, current: Settings, fileName?: string): SettingsImport {
  const named = (line: string) => (fileName ? `${fileName}: ${line}` : line);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [named(`not JSON: ${(error as Error).message}`)] };
  }
  const validation = validateConfig(parsed, fileName ? { file: fileName } : {});
  if (!validation.ok) return { ok: false, errors: validation.errors };
  const { config } = validation;
  return {
    ok: true,
    settings: {
      enabledSites: [...current.enabledSites],
      setting: config.setting ?? current.setting,
      rules: config.rules ? { ...config.rules } : { ...current.rules },
      labRanges: config.labRanges ? { ...config.labRanges } : { ...current.labRanges },
      packs: config.packs ? { ...config.packs } : { ...current.packs },
      pageDisplay: config.pageDisplay ?? current.pageDisplay,
      evidenceView: config.evidenceView ?? current.evidenceView,
      siteProfiles: structuredClone(config.siteProfiles ?? current.siteProfiles),
    },
  };
}
