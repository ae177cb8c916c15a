import { useState } from 'preact/hooks';
import { SITE_PROFILE_KEYS, validateSiteProfile, type SiteProfile } from '../../config/site-profiles.ts';
import { parseOriginInput } from '../origin.ts';

interface Props {
  /** The user's profiles by origin. */
  profiles: Readonly<Record<string, SiteProfile>>;
  /** The administrator's profiles (managed storage): shown, not editable, and they win. */
  managedProfiles: Readonly<Record<string, SiteProfile>>;
  onSave: (origin: string, profile: SiteProfile) => void;
  onRemove: (origin: string) => void;
}

const FIELD_TEXT: Record<keyof SiteProfile, { label: string; help: string; placeholder: string }> = {
  noteFields: {
    label: 'Note fields',
    help: 'Lint only these fields (or fields inside these elements). Empty: every visible field.',
    placeholder: '#progress-note\n.addendum textarea',
  },
  ignoreFields: {
    label: 'Fields to ignore',
    help: 'Never lint these (search boxes, templates, chat).',
    placeholder: '#search\n.template-picker',
  },
  diagnosisCodes: {
    label: 'Diagnosis codes on the page',
    help: 'Where the page lists the encounter’s codes (a table cell, a chip). They apply to every note as “on the page”.',
    placeholder: '#diagnoses td.code\n.dx-chip',
  },
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

function ProfileSummary({ profile }: { profile: SiteProfile }) {
  return (
    <dl class="profile">
      {SITE_PROFILE_KEYS.filter((key) => profile[key].length > 0).map((key) => (
        <div key={key}>
          <dt>{FIELD_TEXT[key].label}</dt>
          <dd>
            {profile[key].map((selector) => (
              <code key={selector}>{selector}</code>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Site profiles: for an EHR origin, which fields are notes and where the page lists the diagnosis codes. */
export function SiteProfilesSection({ profiles, managedProfiles, onSave, onRemove }: Props) {
  const [origin, setOrigin] = useState('');
  const [texts, setTexts] = useState<Record<keyof SiteProfile, string>>({ noteFields: '', ignoreFields: '', diagnosisCodes: '' });
  const [errors, setErrors] = useState<string[]>([]);

  const edit = (from: string) => {
    const profile = profiles[from]!;
    setOrigin(from);
    setTexts({ noteFields: profile.noteFields.join('\n'), ignoreFields: profile.ignoreFields.join('\n'), diagnosisCodes: profile.diagnosisCodes.join('\n') });
    setErrors([]);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = parseOriginInput(origin);
    if (!parsed.ok) return setErrors([parsed.error]);
    if (managedProfiles[parsed.origin]) return setErrors([`${parsed.origin} has a profile set by your administrator.`]);
    const raw = Object.fromEntries(SITE_PROFILE_KEYS.map((key) => [key, lines(texts[key])]));
    const problems: string[] = [];
    const profile = validateSiteProfile(parsed.origin, raw, problems);
    if (SITE_PROFILE_KEYS.every((key) => profile[key].length === 0)) problems.push('Give at least one selector.');
    if (problems.length > 0) return setErrors(problems);
    setErrors([]);
    setOrigin('');
    setTexts({ noteFields: '', ignoreFields: '', diagnosisCodes: '' });
    onSave(parsed.origin, profile);
  };

  const managed = Object.entries(managedProfiles);
  const own = Object.entries(profiles).filter(([o]) => !managedProfiles[o]);
  return (
    <section class="card" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">Site profiles</h2>
      <p class="muted">
        For an EHR, say which fields hold the notes and where the page lists the encounter’s diagnosis codes. CSS
        selectors, one per line. A profile does not enable a site.
      </p>
      {managed.length === 0 && own.length === 0 ? <p>No site profiles.</p> : null}
      <ul class="profile-list">
        {managed.map(([o, profile]) => (
          <li key={`managed:${o}`}>
            <span class="origin">{o}</span> <span class="tag">set by your administrator</span>
            <ProfileSummary profile={profile} />
          </li>
        ))}
        {own.map(([o, profile]) => (
          <li key={o}>
            <span class="origin">{o}</span>{' '}
            <button type="button" class="link" aria-label={`Edit the profile of ${o}`} onClick={() => edit(o)}>
              Edit
            </button>{' '}
            <button type="button" class="link" aria-label={`Remove the profile of ${o}`} onClick={() => onRemove(o)}>
              Remove
            </button>
            <ProfileSummary profile={profile} />
          </li>
        ))}
      </ul>
      <form class="profile-form" onSubmit={submit} noValidate aria-label="Site profile">
        <label for="profile-origin">Site</label>
        <input
          id="profile-origin"
          type="text"
          placeholder="https://ehr.example.org"
          autoComplete="off"
          value={origin}
          onInput={(event) => setOrigin(event.currentTarget.value)}
        />
        {SITE_PROFILE_KEYS.map((key) => (
          <div key={key} class="profile-field">
            <label for={`profile-${key}`}>{FIELD_TEXT[key].label}</label>
            <textarea
              id={`profile-${key}`}
              rows={2}
              placeholder={FIELD_TEXT[key].placeholder}
              aria-describedby={`profile-${key}-help`}
              value={texts[key]}
              onInput={(event) => setTexts({ ...texts, [key]: event.currentTarget.value })}
            />
            <p id={`profile-${key}-help`} class="muted">
              {FIELD_TEXT[key].help}
            </p>
          </div>
        ))}
        <button type="submit">Save profile</button>
        {errors.length > 0 ? (
          <ul class="field-error" role="alert">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        ) : null}
      </form>
    </section>
  );
}
