import type { QueryDraft } from '../popup/encounter-view.ts';

interface Props {
  drafts: QueryDraft[];
  onCopy: (query: string) => void;
}

/** Compliant provider query drafts, folded away until wanted, each with its copy button. */
export function QueryDrafts({ drafts, onCopy }: Props) {
  if (drafts.length === 0) return null;
  return (
    <details class="queries">
      <summary>
        Query drafts <span class="muted">({drafts.length})</span>
      </summary>
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
    </details>
  );
}
