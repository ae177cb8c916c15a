interface Props {
  /** The tab's origin ("https://ehr.example.org"). */
  origin: string;
  /** note-lint runs on this origin (enabled by the user or the administrator). */
  enabled: boolean;
  /** Enabled by the administrator (managed storage): the user cannot disable it here. */
  managed: boolean;
  /** A change is being saved: the button waits. */
  busy?: boolean;
  onEnable: (origin: string) => void;
  onDisable: (origin: string) => void;
}

/**
 * "Enable on this site" / "Disable on this site": the origin is the unit note-lint is switched on
 * for. Disabling takes the marks off the page at once and stops reading it.
 */
export function SiteToggle({ origin, enabled, managed, busy = false, onEnable, onDisable }: Props) {
  if (enabled && managed) {
    return (
      <p class="site-toggle muted">
        Enabled on <span class="origin">{origin}</span> by your administrator.
      </p>
    );
  }
  return (
    <p class="site-toggle">
      {enabled ? (
        <button type="button" disabled={busy} aria-describedby="site-toggle-origin" onClick={() => onDisable(origin)}>
          Disable on this site
        </button>
      ) : (
        <button type="button" class="primary" disabled={busy} aria-describedby="site-toggle-origin" onClick={() => onEnable(origin)}>
          Enable on this site
        </button>
      )}{' '}
      <span id="site-toggle-origin" class="origin muted">
        {origin}
      </span>
    </p>
  );
}
