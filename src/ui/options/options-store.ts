/**
 * What the options page reads and writes. The component depends on this interface so tests can
 * hand it a store with administrator-managed sites; the extension uses `extensionStore`.
 */
import {
  exportSettingsFile,
  getManagedPacks,
  getManagedSiteProfiles,
  getManagedSites,
  getSettings,
  importSettingsFile,
  updateSettings,
  watchSettings,
  type Settings,
  type SiteProfile,
} from '../../settings/index.ts';

export interface OptionsStore {
  getSettings(): Promise<Settings>;
  getManagedSites(): Promise<string[]>;
  getManagedSiteProfiles(): Promise<Record<string, SiteProfile>>;
  /** Condition packs the administrator switched on or off. */
  getManagedPacks(): Promise<Record<string, boolean>>;
  updateSettings(change: (current: Settings) => Settings): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
}

export const extensionStore: OptionsStore = { getSettings, getManagedSites, getManagedSiteProfiles, getManagedPacks, updateSettings, watchSettings };

export { exportSettingsFile, importSettingsFile };
