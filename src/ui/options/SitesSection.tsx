import { useState } from 'preact/hooks';
import { parseOriginInput } from '../origin.ts';

interface Props {
  /** Origins the user enabled. */
  sites: readonly string[];
  /** Origins an administrator enabled through managed storage: shown, not editable. */
  managedSites: readonly string[];
  onAdd: (origin: string) => void;
  onRemove: (origin: string) => void;
}

export function SitesSection({ sites, managedSites, onAdd, onRemove }: Props) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = parseOriginInput(value);
    if (!parsed.ok) return setError(parsed.error);
    if (sites.includes(parsed.origin) || managedSites.includes(parsed.origin)) {
      return setError(`${parsed.origin} is already enabled.`);
    }
    setError(null);
    setValue('');
    onAdd(parsed.origin);
  };

  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Enabled sites</h2>
      <p class="muted">
        note-lint reads nothing on a site until it is enabled here or with “Enable on this site” in the popup.
      </p>
      {sites.length === 0 && managedSites.length === 0 ? <p>No sites enabled.</p> : null}
      <ul class="site-list">
        {managedSites.map((origin) => (
          <li key={`managed:${origin}`}>
            <span class="origin">{origin}</span> <span class="tag">set by your administrator</span>
          </li>
        ))}
        {sites.map((origin) => (
          <li key={origin}>
            <span class="origin">{origin}</span>{' '}
            <button type="button" class="link" aria-label={`Remove ${origin}`} onClick={() => onRemove(origin)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={submit} noValidate>
        <label for="add-site">Add a site</label>
        <input
          id="add-site"
          type="text"
          placeholder="https://ehr.example.org"
          autoComplete="off"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'add-site-error' : undefined}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit">Add</button>
        {error ? (
          <p id="add-site-error" class="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}
