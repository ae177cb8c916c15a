import type { Diagnostic, Span } from '../../engine/types.ts';
import { countLabel, groupBySeverity } from '../severity.ts';
import { EvidenceQuote } from './EvidenceQuote.tsx';

interface Props {
  diagnostics: Diagnostic[];
  onReveal: (span: Span) => void;
  onCopyQuery: (query: string) => void;
}

export function DiagnosticList({ diagnostics, onReveal, onCopyQuery }: Props) {
  if (diagnostics.length === 0) {
    return <p class="all-clear">No problems found in this note.</p>;
  }
  return (
    <section class="diagnostics" aria-label="Diagnostics">
      {groupBySeverity(diagnostics).map((group) => (
        <section key={group.severity} class={`severity-group severity-${group.severity}`}>
          <h3>{capitalise(countLabel(group.severity, group.diagnostics.length))}</h3>
          <ul>
            {group.diagnostics.map((diagnostic, index) => (
              <li key={`${diagnostic.ruleId}:${diagnostic.code ?? ''}:${diagnostic.start}:${index}`}>
                <DiagnosticItem diagnostic={diagnostic} onReveal={onReveal} onCopyQuery={onCopyQuery} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

interface ItemProps {
  diagnostic: Diagnostic;
  onReveal: (span: Span) => void;
  onCopyQuery: (query: string) => void;
}

export function DiagnosticItem({ diagnostic, onReveal, onCopyQuery }: ItemProps) {
  const { query } = diagnostic;
  return (
    <article class={`diagnostic severity-${diagnostic.severity}`}>
      <p class="diagnostic-head">
        <span class={`tag tag-${diagnostic.severity}`}>{diagnostic.severity}</span>{' '}
        {diagnostic.code ? <span class="code-id">{diagnostic.code}</span> : null}{' '}
        <span class="message">{diagnostic.message}</span>
      </p>
      {diagnostic.evidence.length > 0 ? (
        <div class="reasons">
          <span class="muted">Because the note says: </span>
          {diagnostic.evidence.map((evidence) => (
            <EvidenceQuote key={`${evidence.start}-${evidence.end}`} evidence={evidence} onReveal={onReveal} />
          ))}
        </div>
      ) : null}
      {diagnostic.documentationHint ? <p class="hint">Add to the note: {diagnostic.documentationHint}</p> : null}
      {diagnostic.suggestedCodes.length > 0 ? (
        <div class="suggested">
          <span class="muted">Consider: </span>
          <ul>
            {diagnostic.suggestedCodes.map((suggestion) => (
              <li key={suggestion.code}>
                <span class="code-id">{suggestion.code}</span> {suggestion.title}
                {suggestion.reason ? <span class="muted"> — {suggestion.reason}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="diagnostic-meta">
        <span class="rule-id" title="Rule id">
          {diagnostic.ruleId}
        </span>
        {diagnostic.sources.length > 0 ? <span class="sources"> · Sources: {diagnostic.sources.join('; ')}</span> : null}
      </p>
      <p class="actions">
        {diagnostic.end > diagnostic.start ? (
          <button
            type="button"
            aria-label={`Show in note: ${diagnostic.message}`}
            onClick={() => onReveal({ start: diagnostic.start, end: diagnostic.end })}
          >
            Show in note
          </button>
        ) : null}
        {query ? (
          <button type="button" aria-label={`Copy query draft: ${diagnostic.message}`} onClick={() => onCopyQuery(query)}>
            Copy query draft
          </button>
        ) : null}
      </p>
    </article>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
