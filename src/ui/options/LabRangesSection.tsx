import { useState } from 'preact/hooks';
import type { LabRangeOverride } from '../../engine/types.ts';

/** An analyte the lexicon knows, offered as a suggestion. */
export interface AnalyteInfo {
  id: string;
  label: string;
  unit?: string;
  /** The lexicon's reference range, shown so the user sees what an override replaces. */
  refLow?: number;
  refHigh?: number;
}

export function describeBuiltInRange(analyte: AnalyteInfo | undefined): string | null {
  if (!analyte || (analyte.refLow === undefined && analyte.refHigh === undefined)) return null;
  const range = `${analyte.refLow ?? '…'}–${analyte.refHigh ?? '…'}`;
  return `built-in ${range}${analyte.unit ? ` ${analyte.unit}` : ''}`;
}

interface Props {
  analytes: readonly AnalyteInfo[];
  overrides: Readonly<Record<string, LabRangeOverride>>;
  onSet: (analyte: string, range: LabRangeOverride) => void;
  onRemove: (analyte: string) => void;
}

export type ParsedRange = { ok: true; analyte: string; range: LabRangeOverride } | { ok: false; error: string };

/** Validates the add form: an analyte id and at least one finite bound, low below high. */
export function parseRangeInput(analyteInput: string, lowInput: string, highInput: string): ParsedRange {
  const analyte = analyteInput.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]*$/.test(analyte)) {
    return { ok: false, error: 'Choose an analyte id (letters, digits and dashes), for example potassium.' };
  }
  const low = parseBound(lowInput);
  const high = parseBound(highInput);
  if (low === 'invalid' || high === 'invalid') return { ok: false, error: 'Bounds must be numbers.' };
  if (low === undefined && high === undefined) return { ok: false, error: 'Give a low bound, a high bound, or both.' };
  if (low !== undefined && high !== undefined && low >= high) {
    return { ok: false, error: 'The low bound must be below the high bound.' };
  }
  const range: LabRangeOverride = {};
  if (low !== undefined) range.low = low;
  if (high !== undefined) range.high = high;
  return { ok: true, analyte, range };
}

function parseBound(input: string): number | undefined | 'invalid' {
  const trimmed = input.trim().replace(/,/g, '');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : 'invalid';
}

export function LabRangesSection({ analytes, overrides, onSet, onRemove }: Props) {
  const [analyte, setAnalyte] = useState('');
  const [low, setLow] = useState('');
  const [high, setHigh] = useState('');
  const [error, setError] = useState<string | null>(null);
  const infoOf = (id: string) => analytes.find((a) => a.id === id);
  const labelOf = (id: string) => infoOf(id)?.label ?? id;
  const entries = Object.entries(overrides);

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = parseRangeInput(analyte, low, high);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    setAnalyte('');
    setLow('');
    setHigh('');
    onSet(parsed.analyte, parsed.range);
  };

  return (
    <section class="card" aria-labelledby="labs-heading">
      <h2 id="labs-heading">Lab reference ranges</h2>
      <p class="muted">
        Used when a note gives a lab value without its own range. A range written in the note always wins.
      </p>
      {entries.length === 0 ? (
        <p>No overrides: the built-in ranges apply.</p>
      ) : (
        <table class="lab-ranges">
          <thead>
            <tr>
              <th scope="col">Analyte</th>
              <th scope="col">Low</th>
              <th scope="col">High</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map(([id, range]) => (
              <tr key={id}>
                <td>
                  {labelOf(id)} {describeBuiltInRange(infoOf(id)) ? <span class="muted">({describeBuiltInRange(infoOf(id))})</span> : null}
                </td>
                <td>{range.low ?? '—'}</td>
                <td>{range.high ?? '—'}</td>
                <td>
                  <button type="button" class="link" aria-label={`Remove the ${labelOf(id)} range`} onClick={() => onRemove(id)}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="inline-form" onSubmit={submit} noValidate>
        <label for="lab-analyte">Analyte</label>
        <input
          id="lab-analyte"
          type="text"
          list="lab-analytes"
          autoComplete="off"
          placeholder="potassium"
          value={analyte}
          onInput={(event) => setAnalyte(event.currentTarget.value)}
        />
        <datalist id="lab-analytes">
          {analytes.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
              {describeBuiltInRange(a) ? ` (${describeBuiltInRange(a)})` : ''}
            </option>
          ))}
        </datalist>
        <label for="lab-low">Low</label>
        <input id="lab-low" type="text" inputMode="decimal" value={low} onInput={(event) => setLow(event.currentTarget.value)} />
        <label for="lab-high">High</label>
        <input id="lab-high" type="text" inputMode="decimal" value={high} onInput={(event) => setHigh(event.currentTarget.value)} />
        <button type="submit">Set range</button>
        {error ? (
          <p class="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}
