import type { ChosenCode, CodeSource, Span } from '../../engine/types.ts';

const SOURCE_LABEL: Record<CodeSource, string> = {
  note: 'in the note',
  option: 'added by you',
  fhir: 'from the record',
  page: 'on the page',
  session: 'added by you',
};

interface Props {
  codes: ChosenCode[];
  onReveal: (span: Span) => void;
  /** Remove a code the user added in the popup. */
  onRemove: (code: string) => void;
}

export function CodeList({ codes, onReveal, onRemove }: Props) {
  if (codes.length === 0) return <p class="muted">No codes chosen yet. Add one below.</p>;
  return (
    <ul class="codes">
      {codes.map((code) => (
        <li key={`${code.code}:${code.source}:${code.start ?? ''}`} class="code">
          <span class="code-id">{code.code}</span>{' '}
          <span class="code-title">{code.title ?? (code.known ? '' : 'Unknown code')}</span>{' '}
          {code.billable === false ? <span class="tag tag-warning">not billable</span> : null}{' '}
          <span class="muted">{SOURCE_LABEL[code.source]}</span>{' '}
          {code.source === 'note' && code.start !== undefined && code.end !== undefined ? (
            <button
              type="button"
              class="link"
              aria-label={`Show ${code.code} in the note`}
              onClick={() => onReveal({ start: code.start!, end: code.end! })}
            >
              Show
            </button>
          ) : null}
          {code.source === 'session' ? (
            <button type="button" class="link" aria-label={`Remove ${code.code}`} onClick={() => onRemove(code.code)}>
              Remove
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
