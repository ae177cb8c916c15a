import type { Span } from '../../engine/types.ts';
import type { CodeSection } from '../popup/encounter-view.ts';
import { ChecklistItem } from './ChecklistItem.tsx';
import { codeSourceLabel } from './code-source.ts';
import { CODE_STATUS } from './code-status.ts';
import { ProblemList } from './ProblemItem.tsx';

interface Props {
  section: CodeSection;
  id: string;
  /** The user added this code (in the popup): it can be removed. */
  removable: boolean;
  onReveal: (span: Span) => void;
  onRemove: (code: string) => void;
}

/** One chosen code: what it is and where it came from, its evidence checklist, then its other problems. */
export function CodeSectionPanel({ section, id, removable, onReveal, onRemove }: Props) {
  const { code, status, checklist, problems } = section;
  const headingId = `${id}-heading`;
  const { start, end } = code;
  return (
    <section id={id} class={`code-section status-${status}`} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        <span class="code-id">{code.code}</span> <span class="code-title">{code.title ?? (code.known ? '' : 'Unknown code')}</span>
      </h3>
      <p class="code-meta">
        <span class={`tag tag-${CODE_STATUS[status].tag}`}>{CODE_STATUS[status].label}</span>
        {code.billable === false && status !== 'invalid' ? <span class="tag tag-warning">not billable</span> : null}
        <span class="muted">{codeSourceLabel(code.source)}</span>
        {start !== undefined && end !== undefined ? (
          <button type="button" class="link" aria-label={`Show ${code.code} in the note`} onClick={() => onReveal({ start, end })}>
            show
          </button>
        ) : null}
        {removable ? (
          <button type="button" class="link" aria-label={`Remove ${code.code}`} onClick={() => onRemove(code.code)}>
            remove
          </button>
        ) : null}
        {checklist ? (
          <span class="checklist-count">
            {checklist.met} of {checklist.rows.length} documented
          </span>
        ) : null}
      </p>
      {checklist && checklist.rows.length > 0 ? (
        <ul class="checklist" aria-label={`What ${code.code} needs in the note`}>
          {checklist.rows.map((row) => (
            <ChecklistItem key={row.requirement} row={row} onReveal={onReveal} />
          ))}
        </ul>
      ) : null}
      <ProblemList problems={problems} label={`Other problems with ${code.code}`} onReveal={onReveal} />
      {status === 'supported' && !checklist ? <p class="all-clear">Nothing flagged for this code.</p> : null}
    </section>
  );
}
