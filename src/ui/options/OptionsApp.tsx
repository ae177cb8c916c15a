import { useEffect, useState } from 'preact/hooks';
import type { SeverityOrOff } from '../../engine/types.ts';
import type { Settings } from '../../settings/index.ts';
import { CareSettingSection } from './CareSettingSection.tsx';
import { ImportExportSection } from './ImportExportSection.tsx';
import { LabRangesSection, type AnalyteInfo } from './LabRangesSection.tsx';
import { exportSettingsFile, importSettingsFile, type OptionsStore } from './options-store.ts';
import { RulesSection, type RuleInfo } from './RulesSection.tsx';
import { PacksSection, type PackOption } from './PacksSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import { PageDisplaySection } from './PageDisplaySection.tsx';
import { SiteProfilesSection } from './SiteProfilesSection.tsx';
import type { SiteProfile } from '../../settings/index.ts';

interface Props {
  store: OptionsStore;
  rules: readonly RuleInfo[];
  analytes: readonly AnalyteInfo[];
  packs: readonly PackOption[];
}

type Loaded = { settings: Settings; managedSites: string[]; managedProfiles: Record<string, SiteProfile>; managedPacks: Record<string, boolean> };

export function OptionsApp({ store, rules, analytes, packs }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([store.getSettings(), store.getManagedSites(), store.getManagedSiteProfiles(), store.getManagedPacks()]).then(
      ([settings, managedSites, managedProfiles, managedPacks]) => {
        if (live) setLoaded({ settings, managedSites, managedProfiles, managedPacks });
      },
    );
    // Another options tab or the popup ("Enable on this site") may change settings meanwhile.
    const unwatch = store.watchSettings((settings) => setLoaded((current) => current && { ...current, settings }));
    return () => {
      live = false;
      unwatch();
    };
  }, [store]);

  if (!loaded) {
    return (
      <main class="options" aria-busy="true">
        <h1>note-lint options</h1>
        <p class="muted">Loading settings…</p>
      </main>
    );
  }
  const { settings, managedSites, managedProfiles, managedPacks } = loaded;

  const update = (change: (current: Settings) => Settings) => {
    store.updateSettings(change).then(
      (next) => {
        setSaveError(null);
        setLoaded((current) => current && { ...current, settings: next });
      },
      (error: unknown) => setSaveError(`Settings were not saved: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  const setRuleLevel = (ruleId: string, level: SeverityOrOff | 'default') =>
    update((s) => {
      const next = { ...s.rules };
      if (level === 'default') delete next[ruleId];
      else next[ruleId] = level;
      return { ...s, rules: next };
    });

  const importText = async (text: string, fileName: string): Promise<string[]> => {
    const imported = importSettingsFile(text, await store.getSettings(), fileName);
    if (!imported.ok) return imported.errors;
    try {
      const next = await store.updateSettings(() => imported.settings);
      setLoaded((current) => current && { ...current, settings: next });
      return [];
    } catch (error) {
      return [`Settings were not saved: ${error instanceof Error ? error.message : String(error)}`];
    }
  };

  return (
    <main class="options">
      <h1>note-lint options</h1>
      <p class="muted">Settings stay in this browser profile. Notes and findings are never stored.</p>
      {saveError ? (
        <p class="field-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <SitesSection
        sites={settings.enabledSites}
        managedSites={managedSites}
        onAdd={(origin) => update((s) => ({ ...s, enabledSites: [...s.enabledSites, origin] }))}
        onRemove={(origin) => update((s) => ({ ...s, enabledSites: s.enabledSites.filter((o) => o !== origin) }))}
      />
      <SiteProfilesSection
        profiles={settings.siteProfiles}
        managedProfiles={managedProfiles}
        onSave={(origin, profile) => update((s) => ({ ...s, siteProfiles: { ...s.siteProfiles, [origin]: profile } }))}
        onRemove={(origin) =>
          update((s) => {
            const next = { ...s.siteProfiles };
            delete next[origin];
            return { ...s, siteProfiles: next };
          })
        }
      />
      <PageDisplaySection
        pageDisplay={settings.pageDisplay}
        evidenceView={settings.evidenceView}
        onPageDisplay={(pageDisplay) => update((s) => ({ ...s, pageDisplay }))}
        onEvidenceView={(evidenceView) => update((s) => ({ ...s, evidenceView }))}
      />
      <CareSettingSection setting={settings.setting} onChange={(setting) => update((s) => ({ ...s, setting }))} />
      <PacksSection
        packs={packs}
        switches={settings.packs}
        managed={managedPacks}
        onChange={(packId, enabled) =>
          update((s) => {
            const next = { ...s.packs };
            // On is the default: only a pack that is off is written down.
            if (enabled) delete next[packId];
            else next[packId] = false;
            return { ...s, packs: next };
          })
        }
      />
      <RulesSection rules={rules} levels={settings.rules} onChange={setRuleLevel} />
      <LabRangesSection
        analytes={analytes}
        overrides={settings.labRanges}
        onSet={(analyte, range) => update((s) => ({ ...s, labRanges: { ...s.labRanges, [analyte]: range } }))}
        onRemove={(analyte) =>
          update((s) => {
            const next = { ...s.labRanges };
            delete next[analyte];
            return { ...s, labRanges: next };
          })
        }
      />
      <ImportExportSection exportText={() => exportSettingsFile(settings)} importText={importText} />
    </main>
  );
}
