interface Props {
  /** The evidence view is on (the `evidenceView` setting). */
  checked: boolean;
  /** A change is being saved: the switch waits. */
  busy?: boolean;
  /** Turn the evidence view on or off (the caller saves the setting). */
  onChange: (on: boolean) => void;
}

/**
 * The evidence view switch: when on, the page marks the findings note-lint recognised (strength
 * grades, labs, workup, durations) so a provider sees what it understood and a CDI specialist can
 * check it. Off by default; a setting, so it holds on every enabled site.
 */
export function EvidenceToggle({ checked, busy = false, onChange }: Props) {
  return (
    <div class="toggle evidence-toggle">
      <input
        type="checkbox"
        role="switch"
        id="evidence-view-toggle"
        checked={checked}
        disabled={busy}
        aria-checked={checked}
        aria-describedby="evidence-view-toggle-help"
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for="evidence-view-toggle">Show what note-lint recognised</label>
      <p id="evidence-view-toggle-help" class="muted">
        Marks strength grades, labs, workup and durations in the note with a light dotted underline.
      </p>
    </div>
  );
}
