/**
 * What the options page reads and writes. The component depends on this interface so tests can
 * hand it a store with administrator-managed sites; the extension uses `extensionStore`.
 */
import {
  exportSettingsFile,
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
  updateSettings(change: (current: Settings) => Settings): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
}

export const extensionStore: OptionsStore = { getSettings, getManagedSites, getManagedSiteProfiles, updateSettings, watchSettings };

export { exportSettingsFile, importSettingsFile };
