import type { Span } from '../../engine/types.ts';
import type { ChecklistRow } from '../popup/encounter-view.ts';
import { EvidenceQuote } from './EvidenceQuote.tsx';
import { RuleLink } from './RuleLink.tsx';

interface Props {
  row: ChecklistRow;
  onReveal: (span: Span) => void;
}

/** One requirement of a code: met with the note's words, or missing with what to write. */
export function ChecklistItem({ row, onReveal }: Props) {
  const severity = row.diagnostic?.severity;
  return (
    <li
      class={`item ${row.met ? 'met' : 'missing'}${severity ? ` severity-${severity}` : ''}`}
      data-requirement={row.requirement}
      data-rule={row.diagnostic?.ruleId}
    >
      <span class="mark" aria-hidden="true">
        {row.met ? '✓' : '✗'}
      </span>
      <span class="visually-hidden">{row.met ? 'Documented: ' : 'Missing: '}</span>
      <span class="item-label">{row.label}</span>
      {severity ? <span class={`tag tag-${severity} tag-small`}>{severity}</span> : null}
      {row.quotes.length > 0 ? (
        <span class="evidence">
          {row.quotes.map((quote) => (
            <EvidenceQuote key={`${quote.start}-${quote.end}`} evidence={quote} onReveal={onReveal} />
          ))}
        </span>
      ) : null}
      {row.hint || row.diagnostic ? (
        <span class="item-detail">
          {row.hint ? <span class="hint">{row.hint}</span> : null}
          {row.diagnostic ? (
            <>
              {row.hint ? ' ' : null}
              {row.sources.length > 0 ? <span class="sources">{row.sources.join('; ')} · </span> : null}
              <RuleLink ruleId={row.diagnostic.ruleId} />
            </>
          ) : null}
        </span>
      ) : null}
    </li>
  );
}
