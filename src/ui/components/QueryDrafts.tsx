import type { QueryDraft } from '../popup/encounter-view.ts';

interface Props {
  drafts: QueryDraft[];
  /** Element id prefix of the field, for the heading's id. */
  idPrefix: string;
  onCopy: (query: string) => void;
}

/**
 * Compliant provider query drafts, last: one line each (what it asks about, and a copy button), the
 * draft's text folded away until opened.
 */
export function QueryDrafts({ drafts, idPrefix, onCopy }: Props) {
  if (drafts.length === 0) return null;
  const headingId = `${idPrefix}-queries`;
  return (
    <section class="queries" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Query drafts <span class="muted">({drafts.length})</span>
      </h3>
      <ul>
        {drafts.map((draft, index) => (
          <li key={`${draft.diagnostic.ruleId}:${draft.diagnostic.code ?? ''}:${index}`} class="query">
            <details>
              <summary>{draft.label}</summary>
              <pre class="query-text">{draft.query}</pre>
            </details>
            <button type="button" aria-label={`Copy query draft: ${draft.label}`} onClick={() => onCopy(draft.query)}>
              Copy
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
