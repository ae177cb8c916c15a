import type { Span } from '../../engine/types.ts';
import type { ProblemRow } from '../popup/encounter-view.ts';
import { EvidenceQuote } from './EvidenceQuote.tsx';
import { RuleLink } from './RuleLink.tsx';

interface Props {
  problem: ProblemRow;
  onReveal: (span: Span) => void;
}

/** One flag that is not an evidence-checklist item: what is wrong, why, what to do, where it comes from. */
export function ProblemItem({ problem, onReveal }: Props) {
  const { diagnostic, quotes, hint, suggestions, sources } = problem;
  return (
    <li class={`problem severity-${diagnostic.severity}`} data-rule={diagnostic.ruleId}>
      <p class="problem-head">
        <span class={`tag tag-${diagnostic.severity}`}>{diagnostic.severity}</span>{' '}
        <span class="message">{diagnostic.message}</span>
      </p>
      {quotes.length > 0 ? (
        <p class="quotes">
          <span class="muted">The note says </span>
          {quotes.map((quote) => (
            <EvidenceQuote key={`${quote.start}-${quote.end}`} evidence={quote} onReveal={onReveal} />
          ))}
        </p>
      ) : null}
      {hint ? <p class="hint">{hint}</p> : null}
      {suggestions.length > 0 ? (
        <ul class="suggested" aria-label="Codes to consider">
          {suggestions.map((suggestion) => (
            <li key={suggestion.code}>
              Consider <span class="code-id">{suggestion.code}</span> {suggestion.title}
              {suggestion.reason ? <span class="muted">: {suggestion.reason}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p class="problem-meta">
        {sources.length > 0 ? <span class="sources">{sources.join('; ')} · </span> : null}
        <RuleLink ruleId={diagnostic.ruleId} />
        {diagnostic.end > diagnostic.start ? (
          <>
            {' · '}
            <button
              type="button"
              class="link"
              aria-label={`Show in note: ${diagnostic.message}`}
              onClick={() => onReveal({ start: diagnostic.start, end: diagnostic.end })}
            >
              show in note
            </button>
          </>
        ) : null}
      </p>
    </li>
  );
}

interface ListProps {
  problems: ProblemRow[];
  label: string;
  onReveal: (span: Span) => void;
}

export function ProblemList({ problems, label, onReveal }: ListProps) {
  if (problems.length === 0) return null;
  return (
    <ul class="problems" aria-label={label}>
      {problems.map((problem, index) => (
        <ProblemItem key={`${problem.diagnostic.ruleId}:${problem.diagnostic.start}:${index}`} problem={problem} onReveal={onReveal} />
      ))}
    </ul>
  );
}
