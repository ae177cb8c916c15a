import { useState } from 'preact/hooks';
import { CODE_EXAMPLES } from '../../lexicon/generated/code-examples.ts';
import { parseCodeInput } from '../code-shape.ts';

interface Props {
  /** Field id this form belongs to: keeps element ids unique when a page has several fields. */
  idPrefix: string;
  existing: readonly string[];
  onAdd: (code: string) => void;
}

/**
 * Adds a code chosen outside the note. The shape is checked here; the engine re-lints with the code
 * and the code list then shows its official title (or "Unknown code").
 */
export function AddCodeForm({ idPrefix, existing, onAdd }: Props) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = `${idPrefix}-add-code`;
  const errorId = `${inputId}-error`;

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = parseCodeInput(value);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    if (existing.includes(parsed.code)) {
      setError(`${parsed.code} is already chosen.`);
      return;
    }
    setError(null);
    setValue('');
    onAdd(parsed.code);
  };

  return (
    <form class="add-code" onSubmit={submit} noValidate>
      <label for={inputId}>Add a code</label>
      <input
        id={inputId}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellcheck={false}
        placeholder={CODE_EXAMPLES[0]}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(event) => setValue(event.currentTarget.value)}
      />
      <button type="submit">Add</button>
      {error ? (
        <p id={errorId} class="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
