/**
 * What the options page reads and writes. The component depends on this interface so tests can
 * hand it a store with administrator-managed sites; the extension uses `extensionStore`.
 */
import {
  exportSettingsFile,
  getManagedSites,
  getSettings,
  importSettingsFile,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../settings/index.ts';

export interface OptionsStore {
  getSettings(): Promise<Settings>;
  getManagedSites(): Promise<string[]>;
  updateSettings(change: (current: Settings) => Settings): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void): () => void;
}

export const extensionStore: OptionsStore = { getSettings, getManagedSites, updateSettings, watchSettings };

export { exportSettingsFile, importSettingsFile };
