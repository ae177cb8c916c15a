import { useState } from 'preact/hooks';

interface Props {
  /** The settings file's text (note-lint.config.json format). */
  exportText: () => string;
  /** Applies an imported file; resolves to the problems found (empty when it was applied). */
  importText: (text: string, fileName: string) => Promise<string[]>;
}

export const SETTINGS_FILE_NAME = 'note-lint.config.json';

export function ImportExportSection({ exportText, importText }: Props) {
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportText()], { type: 'application/json' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = SETTINGS_FILE_NAME;
    anchor.click();
    // The click starts the download synchronously; the object URL is not needed afterwards.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setStatus(`Exported ${SETTINGS_FILE_NAME}.`);
  };

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const problems = await importText(await file.text(), file.name);
    setErrors(problems);
    setStatus(problems.length === 0 ? `Imported ${file.name}.` : '');
  };

  return (
    <section class="card" aria-labelledby="file-heading">
      <h2 id="file-heading">Settings file</h2>
      <p class="muted">The same format as the command line's {SETTINGS_FILE_NAME}.</p>
      <p class="actions">
        <button type="button" onClick={download}>
          Export settings
        </button>
        {/* The native file input stays focusable (visually hidden); its label is the visible button. */}
        <input
          id="import-settings"
          class="visually-hidden-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void upload(event.currentTarget)}
        />
        <label class="button" for="import-settings">
          Import settings…
        </label>
      </p>
      <p class="status" role="status">
        {status}
      </p>
      {errors.length > 0 ? (
        <div class="field-error" role="alert">
          <p>The file was not imported:</p>
          <ul>
            {errors.map((error, index) => (
              <li key={index}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
